import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb backup PATH`: a consistent copy, also while others write.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", aliases: ["kopie"])

    @OptionGroup var database: DatabaseOptions

    @Argument
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
        Terminal.say(
            Interface.catalog.text("command.backup.done", ["database": knowledgeBase.path ?? "", "path": path]))
    }
}
