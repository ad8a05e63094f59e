import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb check`: the integrity checks, in plain words.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", aliases: ["controleer"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let report = try database.openForReading().check()
        switch output.format {
        case .json:
            try Terminal.printJSON(report)
        case .table:
            Terminal.say(report.lines(Interface.catalog).joined(separator: "\n"))
        }
        if !report.isHealthy { throw ExitCode(2) }
    }
}
