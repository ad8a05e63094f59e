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

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let location = try DatabaseLocation.resolve(explicit: database.db)
        let migrationStatus: MigrationStatus
        if status {
            migrationStatus = try KnowledgeBase.migrationStatus(at: location.path)
        } else {
            let pending = (try? KnowledgeBase.migrationStatus(at: location.path))?.pending.count ?? 0
            let display = progress.display()
            if pending > 0 { display.report(WorkProgress(.migrating, done: 0, total: pending)) }
            migrationStatus = try database.openForWriting().migrationStatus()
            if pending > 0 { display.report(WorkProgress(.migrating, done: pending, total: pending)) }
            display.finish()
        }
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
