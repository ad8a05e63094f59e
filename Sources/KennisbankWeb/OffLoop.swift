import NIOPosix

/// Runs `work` on the thread pool: SQLite, and a write waiting its turn behind another kb, block.
@discardableResult
func offLoop<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(work)
}
