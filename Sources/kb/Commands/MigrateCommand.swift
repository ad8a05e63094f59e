import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb migrate`: applies pending schema migrations, or lists them.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", aliases: ["migreer"])

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long)
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
                migrationStatus.applied.map { Interface.catalog.text("command.migrate.applied", ["name": $0]) }
                + migrationStatus.pending.map { Interface.catalog.text("command.migrate.pending", ["name": $0]) }
            if !lines.isEmpty { Terminal.say(lines.joined(separator: "\n")) }
        }
    }
}
