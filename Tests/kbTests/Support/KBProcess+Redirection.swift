import Foundation

/// What a run of `kb` with redirected streams gave.
struct RedirectedResult {
    /// The exit status, or the signal's number when a signal ended the process.
    var status: Int32
    /// True when a signal ended the process (a crash: SIGILL from a `try!`, SIGSEGV…).
    var wasSignalled: Bool
    /// Standard output when it was captured, else empty.
    var stdout: String
    /// Standard error when it was captured, else empty.
    var stderr: String
}

extension KBProcess {
    /// Runs `kb arguments…` with standard output and error written to the files at `stdoutPath`
    /// and `stderrPath` (such as `/dev/full`) — each captured instead when nil — and standard input
    /// read from `stdinPath` (empty when nil).
    func run(_ arguments: [String], stdoutPath: String?, stderrPath: String?, stdinPath: String? = nil) throws
        -> RedirectedResult
    {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        if let stdoutPath {
            process.standardOutput = try XCTUnwrapHandle(FileHandle(forWritingAtPath: stdoutPath), stdoutPath)
        } else {
            process.standardOutput = output
        }
        if let stderrPath {
            process.standardError = try XCTUnwrapHandle(FileHandle(forWritingAtPath: stderrPath), stderrPath)
        } else {
            process.standardError = error
        }
        if let stdinPath {
            process.standardInput = try XCTUnwrapHandle(FileHandle(forReadingAtPath: stdinPath), stdinPath)
        } else {
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        }
        try process.run()
        let outputData = stdoutPath == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errorData = stderrPath == nil ? error.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return RedirectedResult(
            status: process.terminationStatus,
            wasSignalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}

/// The handle, or an error naming the path that could not be opened.
private func XCTUnwrapHandle(_ handle: FileHandle?, _ path: String) throws -> FileHandle {
    guard let handle else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
    return handle
}
