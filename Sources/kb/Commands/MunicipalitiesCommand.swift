import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb municipalities import FILE.csv`: updates the registry from a newer CBS list.
struct MunicipalitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "municipalities",
        subcommands: [MunicipalitiesImportCommand.self], aliases: ["gemeenten"])
}

struct MunicipalitiesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", aliases: ["importeer"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var file: String

    @Flag(name: .long)
    var dryRun = false

    func run() throws {
        let knowledgeBase = dryRun ? try database.openForReading(allowingMissing: true) : try database.openForWriting()
        Terminal.say(try knowledgeBase.importMunicipalityList(at: file, dryRun: dryRun).summary(Interface.catalog))
    }
}
