import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb

/// `kb-server`: the web site and JSON API of a knowledge base. `kb serve` starts it with the
/// same options; it can also be started on its own (a systemd unit, README).
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kb-server")

    @Option(name: .long)
    var db: String?

    @Option(name: .long)
    var host: String = "127.0.0.1"

    @Option(name: .long)
    var port: Int = 8080

    @Flag(name: .customLong("public-read"))
    var publicRead = false

    @Flag(name: .customLong("behind-proxy"))
    var behindProxy = false

    /// The language of what the server says on its console: `KENNISBANK_LANG`, else Dutch.
    static var catalog: Catalog {
        Catalog(ProcessInfo.processInfo.environment["KENNISBANK_LANG"].flatMap(Language.init(code:)) ?? .dutch)
    }

    func run() async throws {
        let catalog = Self.catalog
        let server: WebServer
        let location: DatabaseLocation
        do {
            location = try DatabaseLocation.resolve(explicit: db)
            // Many requests at once: a pool of readers beside the one writer (WAL), opened and
            // migrated as the CLI opens it.
            let knowledgeBase = try KnowledgeBase(
                path: location.path, creation: location.isDefault ? .createWithFolders : .create,
                concurrentReads: true)
            // What /zoeken's facets count by, read before the first search asks for it.
            try knowledgeBase.prepareSearchFacets()
            server = try WebServer(
                knowledgeBase: knowledgeBase,
                configuration: WebConfiguration(
                    host: host, port: port, publicRead: publicRead, behindProxy: behindProxy))
        } catch let error as KennisbankError {
            Self.fail(error.message(catalog))
        } catch let error as FrontEndError {
            Self.fail(error.message(catalog))
        }
        let address = host.contains(":") ? "[\(host)]" : host
        let path = location.path
        try await server.run { port in
            let line = catalog.text("web.console.listening", ["url": "http://\(address):\(port)/", "database": path])
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }

    /// Says `message` on standard error and ends with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(1)
    }
}
