import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb reindex`: rebuilds the full-text index.
struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex", aliases: ["herindexeer"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let display = progress.display()
        let count = try database.openForWriting().rebuildSearchIndex(progress: display.report)
        display.finish()
        Terminal.say(Interface.catalog.text("command.reindex.done", count: count))
    }
}
