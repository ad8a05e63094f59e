import ArgumentParser
import Kennisbank

/// The `--db` option every subcommand takes.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $KENNISBANK_DB, else ~/.local/share/kennisbank/kennisbank.sqlite).")
    var db: String?

    /// Opens the knowledge base for changes: creates the file when missing.
    func openForWriting() throws -> KnowledgeBase {
        let knowledgeBase = try DatabaseLocation.resolve(explicit: db).open(forWriting: true)
        Terminal.reportBackup(of: knowledgeBase)
        return knowledgeBase
    }

    /// Opens the knowledge base to read: a missing file reads as an empty knowledge base and is not created.
    func openForReading() throws -> KnowledgeBase {
        let knowledgeBase = try DatabaseLocation.resolve(explicit: db).open(forWriting: false)
        Terminal.reportBackup(of: knowledgeBase)
        return knowledgeBase
    }
}
