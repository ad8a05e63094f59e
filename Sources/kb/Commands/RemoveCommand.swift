import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb rm REF`: moves an entry to the trash, after confirmation on a terminal.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove an entry (asks first on a terminal).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entry: its id, UUID or a UUID prefix.")
    var reference: String

    @Flag(name: [.long, .short], help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var author: AuthorOptions

    func run() throws {
        let catalog = Interface.catalog
        // A file that does not exist holds no entry: the lookup fails in memory, before a file is made.
        let removed = try database.write { knowledgeBase -> Entry? in
            let entry = try knowledgeBase.entry(try knowledgeBase.entryID(reference))
            if !yes, Terminal.isInteractiveInput {
                Terminal.note(
                    catalog.text(
                        "history.remove.ask",
                        ["id": entry.id.description, "title": entry.title, "kind": entry.kind.rawValue]),
                    newline: false)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard ["y", "yes", "j", "ja"].contains(answer) else { return nil }
            }
            return try knowledgeBase.moveToTrash(entry.id, by: author.resolve())
        }
        guard let removed else { return Terminal.note(catalog.text("history.remove.nothing")) }
        Terminal.note(catalog.text("history.remove.done", ["id": removed.id.description, "title": removed.title]))
    }
}
