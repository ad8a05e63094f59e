import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb rm REF`: deletes an entry, after confirmation on a terminal.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", aliases: ["verwijder", "remove"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var reference: String

    @Flag(name: [.long, .short])
    var yes = false

    func run() throws {
        // A file that does not exist holds no entry: the lookup fails in memory, before a file is made.
        let removed = try database.write { knowledgeBase -> Entry? in
            let entry = try knowledgeBase.entry(try knowledgeBase.entryID(reference))
            if !yes, Terminal.isInteractiveInput {
                let catalog = Interface.catalog
                Terminal.note(
                    catalog.text(
                        "command.rm.confirm",
                        [
                            "id": entry.id.description, "title": entry.title,
                            "kind": catalog.name(of: entry.kind),
                        ]),
                    newline: false)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard Self.isYes(answer) else { return nil }
            }
            return try knowledgeBase.delete(entry.id)
        }
        guard let removed else { return Terminal.note(Interface.catalog.text("command.rm.nothingRemoved")) }
        Terminal.note(
            Interface.catalog.text("command.rm.removed", ["id": removed.id.description, "title": removed.title]))
    }

    /// Whether `answer` says yes, in either language (`y`, `yes`, `j`, `ja`).
    static func isYes(_ answer: String) -> Bool {
        Language.allCases.contains { language in
            Catalog(language).text("command.rm.yes").split(separator: ",").map(String.init).contains(answer)
        }
    }
}
