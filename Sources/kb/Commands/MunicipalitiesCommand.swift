import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb municipalities import FILE.csv`: updates the registry from a newer CBS list.
struct MunicipalitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "municipalities",
        abstract: "Maintain the municipality registry (Bron: CBS).",
        subcommands: [MunicipalitiesImportCommand.self])
}

struct MunicipalitiesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Update the registry from a newer CBS municipality list (CSV).",
        discussion: """
            The list is CBS's "Gemeenten alfabetisch" as CSV, with the columns GemeentecodeGM, \
            Gemeentenaam and Provincienaam (others are ignored), like the bundled gemeenten-2024.csv. \
            New codes are added; a known code under a new name is renamed and its old name keeps \
            working as an alias; municipalities the list no longer holds are kept (entries may refer \
            to them) and listed.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The CBS list, a .csv file.")
    var file: String

    @Flag(name: .long, help: "Report what would change; change nothing.")
    var dryRun = false

    func run() throws {
        let knowledgeBase = dryRun ? try database.openForReading(allowingMissing: true) : try database.openForWriting()
        Terminal.say(try knowledgeBase.importMunicipalityList(at: file, dryRun: dryRun).summary(Interface.catalog))
    }
}
