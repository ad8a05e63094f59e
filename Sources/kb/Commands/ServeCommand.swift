import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb serve` (`kb serveer`): starts `kb-server`, the web site and JSON API, in kb's place.
///
/// The server is a second executable, as git starts `git-<command>`: kb itself starts without
/// the web stack. It is looked for beside kb's own executable, then on `PATH`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", aliases: ["serveer"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var host: String = "127.0.0.1"

    @Option(name: .long)
    var port: Int = 8080

    @Flag(name: .customLong("public-read"))
    var publicRead = false

    @Flag(name: .customLong("behind-proxy"))
    var behindProxy = false

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw CommandLineError.numberOutOfRange(option: "--port", minimum: 0, maximum: 65_535)
        }
    }

    /// The arguments kb-server gets: the same options, spelled out.
    var serverArguments: [String] {
        var arguments = ["--host", host, "--port", String(port)]
        if let db = database.db { arguments += ["--db", db] }
        if publicRead { arguments.append("--public-read") }
        if behindProxy { arguments.append("--behind-proxy") }
        return arguments
    }

    func run() throws {
        let (found, searched) = Self.locateServer()
        guard let server = found else { throw CommandLineError.serverMissing(searched: searched) }
        let arguments = [server] + serverArguments
        var pointers = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        execv(server, &pointers)
        throw CommandLineError.serverNotStarted(path: server, reason: String(cString: strerror(errno)))
    }

    /// `kb-server` beside this kb (its real path, symbolic links followed), else the first on
    /// `PATH`; and the places looked in, for the message when none has it.
    static func locateServer(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (path: String?, searched: [String]) {
        let name = "kb-server"
        var folders: [String] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent().path)
        }
        folders += (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        var seen = Set<String>()
        folders = folders.filter { seen.insert($0).inserted }
        for folder in folders {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return (candidate, folders) }
        }
        return (nil, folders.isEmpty ? [] : [folders[0], "PATH"])
    }
}
