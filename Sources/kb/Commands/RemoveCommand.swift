import ArgumentParser
import Foundation
import Kennisbank

/// `kb rm REF`: deletes an entry, after confirmation on a terminal.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove an entry (asks first on a terminal).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entry: its id, UUID or a UUID prefix.")
    var reference: String

    @Flag(name: [.long, .short], help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let entry = try knowledgeBase.entry(reference)
        if !yes, Terminal.isInteractiveInput {
            Terminal.note("Remove #\(entry.id) “\(entry.title)” (\(entry.kind.rawValue))? [y/N] ", newline: false)
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard ["y", "yes", "j", "ja"].contains(answer) else {
                Terminal.note("Nothing removed.")
                return
            }
        }
        let removed = try database.openForWriting().delete(entry.uuid.uuidString.lowercased())
        Terminal.note("Removed #\(removed.id) “\(removed.title)”.")
    }
}
