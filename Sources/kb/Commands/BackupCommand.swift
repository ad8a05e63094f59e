import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb backup PATH`: a consistent copy, also while others write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the knowledge base to a new file, also while others are writing.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The new file to write the copy to.")
    var path: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        guard knowledgeBase.path != nil else {
            throw CommandLineError.nothingToBackUp(path: try DatabaseLocation.resolve(explicit: database.db).path)
        }
        let display = progress.display()
        try knowledgeBase.backup(to: path, progress: display.report)
        display.finish()
        Terminal.say("Backed up \(knowledgeBase.path ?? "the knowledge base") to \(path).")
    }
}
