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

    func run() throws {
        let knowledgeBase = try database.openForReading()
        guard knowledgeBase.path != nil else {
            throw CommandLineError.nothingToBackUp(path: try DatabaseLocation.resolve(explicit: database.db).path)
        }
        try knowledgeBase.backup(to: path)
        Terminal.say(
            Interface.catalog.text("command.backup.done", ["database": knowledgeBase.path ?? "", "path": path]))
    }
}
