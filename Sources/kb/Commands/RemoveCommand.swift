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
        // A file that does not exist holds no entry: the lookup fails in memory, before a file is made.
        let removed = try database.write { knowledgeBase -> Entry? in
            let entry = try knowledgeBase.entry(try knowledgeBase.entryID(reference))
            if !yes, Terminal.isInteractiveInput {
                Terminal.note("Remove #\(entry.id) “\(entry.title)” (\(entry.kind.rawValue))? [y/N] ", newline: false)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard ["y", "yes", "j", "ja"].contains(answer) else { return nil }
            }
            return try knowledgeBase.delete(entry.id)
        }
        guard let removed else { return Terminal.note("Nothing removed.") }
        Terminal.note("Removed #\(removed.id) “\(removed.title)”.")
    }
}
