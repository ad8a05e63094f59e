import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb reindex`: rebuilds the full-text index.
struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex", aliases: ["herindexeer"])

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let count = try database.openForWriting().rebuildSearchIndex()
        Terminal.say(Interface.catalog.text("command.reindex.done", count: count))
    }
}
