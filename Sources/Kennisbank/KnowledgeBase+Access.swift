import GRDB

extension KnowledgeBase {
    /// Runs `work` in a read transaction; SQLite errors become ``KennisbankError``s.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(work)
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `work` in one immediate write transaction: all of it is stored, or nothing.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try transaction(rollingBack: false, work)
    }

    /// Runs `work` in one immediate write transaction, committed — or rolled back when `rollingBack`.
    ///
    /// The writer lines up in the ``WriteEntrance`` first and leaves it as soon as SQLite has
    /// given it the write lock (`BEGIN IMMEDIATE` succeeded), so that the next can line up:
    /// writers get the lock in turn, however long and often each holds it.
    func transaction<T>(rollingBack: Bool, _ work: (Database) throws -> T) throws -> T {
        do {
            let pass = try entrance?.enter(waiting: Self.busyTimeout)
            defer { pass?.leave() }
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    pass?.leave()
                    result = try work(db)
                    return rollingBack ? .rollback : .commit
                }
                guard let result else { preconditionFailure("the transaction ran without a result") }
                return result
            }
        } catch {
            throw mapped(error)
        }
    }

    /// A SQLite error as a ``KennisbankError``; ours pass through.
    func mapped(_ error: any Error) -> any Error {
        if error is KennisbankError { return error }
        guard let databaseError = error as? DatabaseError else { return error }
        // SQLite's own name for a database in memory.
        let where_ = path ?? ":memory:"
        switch databaseError.resultCode {
        case .SQLITE_CONSTRAINT:
            return KennisbankError.ruleBroken
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return KennisbankError.cannotOpen(path: where_, problem: .busy)
        default:
            return KnowledgeBase.openError(databaseError, path: where_)
        }
    }
}
