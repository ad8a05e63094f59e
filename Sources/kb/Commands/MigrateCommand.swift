import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb migrate`: applies pending schema migrations, or lists them.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract:
            "Bring the database up to this kb's schema (a backup is made first), or list migrations with --status.")

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Only list applied and pending migrations; change nothing.")
    var status = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        let location = try DatabaseLocation.resolve(explicit: database.db)
        let migrationStatus =
            status
            ? try KnowledgeBase.migrationStatus(at: location.path)
            : try database.openForWriting().migrationStatus()
        switch output.format {
        case .json:
            try Terminal.printJSON(migrationStatus)
        case .table:
            let lines =
                migrationStatus.applied.map { "applied  \($0)" } + migrationStatus.pending.map { "pending  \($0)" }
            if !lines.isEmpty { Terminal.say(lines.joined(separator: "\n")) }
        }
    }
}
