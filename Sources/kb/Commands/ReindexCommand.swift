import ArgumentParser
import Kennisbank

/// `kb reindex`: rebuilds the full-text index.
struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the full-text index from the entries and check it.")

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let display = progress.display()
        let count = try database.openForWriting().rebuildSearchIndex(progress: display.report)
        display.finish()
        Terminal.say("Reindexed \(count) entries; the index passes its integrity check.")
    }
}
