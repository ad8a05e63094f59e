import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb rm REF`: moves an entry to the trash, after confirmation on a terminal.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", aliases: ["verwijder", "remove"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var reference: String

    @Flag(name: [.long, .short])
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
                        [
                            "id": entry.id.description, "title": entry.title,
                            "kind": catalog.name(of: entry.kind),
                        ]),
                    newline: false)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard Self.isYes(answer) else { return nil }
            }
            return try knowledgeBase.moveToTrash(entry.id, by: author.resolve())
        }
        guard let removed else { return Terminal.note(catalog.text("history.remove.nothing")) }
        Terminal.note(catalog.text("history.remove.done", ["id": removed.id.description, "title": removed.title]))
    }

    /// Whether `answer` says yes, in either language (`y`, `yes`, `j`, `ja`).
    static func isYes(_ answer: String) -> Bool {
        Language.allCases.contains { language in
            Catalog(language).text("command.rm.yes").split(separator: ",").map(String.init).contains(answer)
        }
    }
}
