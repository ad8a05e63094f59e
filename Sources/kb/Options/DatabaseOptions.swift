import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// The `--db` option every subcommand takes.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long)
    var db: String?

    /// Opens the knowledge base for changes: creates the file when missing.
    func openForWriting() throws -> KnowledgeBase {
        let knowledgeBase = try DatabaseLocation.resolve(explicit: db).open(forWriting: true)
        Terminal.reportBackup(of: knowledgeBase)
        return knowledgeBase
    }

    /// Runs `change` on the knowledge base opened for changes, and returns its result.
    ///
    /// When the file does not exist yet, `change` first runs on an empty knowledge base in
    /// memory, so that a change that is refused (an empty title, an unknown reference) fails
    /// before a file is created: an error writes nothing.
    func write<T>(_ change: (KnowledgeBase) throws -> T) throws -> T {
        let location = try DatabaseLocation.resolve(explicit: db)
        let folder = (location.path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: location.path),
            location.isDefault || folder.isEmpty || FileManager.default.fileExists(atPath: folder)
        {
            _ = try change(try KnowledgeBase.inMemory())
        }
        return try change(try openForWriting())
    }

    /// Opens the knowledge base to read, creating nothing: a missing file at a path given with
    /// `--db` or `KENNISBANK_DB` is an error (a typo), one at the default location reads as empty.
    /// With `allowingMissing` (a dry run of a change) any missing file reads as empty.
    func openForReading(allowingMissing: Bool = false) throws -> KnowledgeBase {
        let knowledgeBase = try DatabaseLocation.resolve(explicit: db).open(
            forWriting: false, allowingMissing: allowingMissing)
        Terminal.reportBackup(of: knowledgeBase)
        return knowledgeBase
    }
}
