import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A server the benchmark starts, loads and stops: `kb-server` or Datasette, on 127.0.0.1.
final class ServerProcess: @unchecked Sendable {
    /// What it is called in messages.
    let name: String
    /// The port it listens on.
    private(set) var port = 0
    private let process = Process()
    private let lock = NSLock()
    private var output = ""

    /// Starts `executable`; the port is found by `port(in:)` in what it prints, or, when
    /// `fixedPort` is given, by connecting to it. Waits at most `timeout` seconds for it.
    init(
        name: String, executable: String, arguments: [String], environment: [String: String] = [:],
        fixedPort: Int? = nil, timeout: Double = 180, port findPort: @escaping (String) -> Int? = { _ in nil }
    ) throws {
        self.name = name
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.output += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        do {
            try process.run()
        } catch {
            throw BenchmarkError("Cannot start \(name) (\(executable)): \(error)")
        }
        let deadline = monotonicSeconds() + timeout
        while monotonicSeconds() < deadline {
            if let fixedPort {
                if Self.accepts(port: fixedPort) {
                    port = fixedPort
                    return
                }
            } else if let found = findPort(printed) {
                port = found
                return
            }
            guard process.isRunning else {
                throw BenchmarkError("\(name) stopped before it listened: \(printed.suffix(600))")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw BenchmarkError("\(name) did not listen within \(Int(timeout)) s: \(printed.suffix(600))")
    }

    /// Everything it printed so far (standard output and error together).
    var printed: String {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// The base URL, `http://127.0.0.1:PORT`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Stops it (SIGTERM) and waits for it to end.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        stop()
    }

    /// A port on 127.0.0.1 nobody listens on now (the system's pick for port 0).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw BenchmarkError("Cannot open a socket to find a free port.") }
        defer { close(descriptor) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw BenchmarkError("Cannot bind a socket to find a free port.") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts a connection on 127.0.0.1:`port`.
    static func accepts(port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        } == 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
