import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb synonyms list|add|remove`: the thesaurus the search uses, built in and the coordinator's own.
struct SynonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonyms",
        subcommands: [SynonymsListCommand.self, SynonymsAddCommand.self, SynonymsRemoveCommand.self],
        defaultSubcommand: SynonymsListCommand.self, aliases: ["synoniemen"])

    /// The words of a group, as one line: `mfa, multifunctionele accommodatie`.
    static func line(_ words: [String]) -> String {
        words.joined(separator: ", ")
    }
}

/// `kb synonyms list`: the groups in force (built in, then added) and the removals.
struct SynonymsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let groups = try database.openForReading().synonyms()
        let catalog = Interface.catalog
        switch output.format {
        case .json: try Terminal.printJSON(groups)
        case .table:
            let table = TextTable(
                headers: ["synonyms.list.words", "synonyms.list.source", "synonyms.list.author", "synonyms.list.time"]
                    .map { catalog.text($0) },
                rows: groups.map { group in
                    [
                        SynonymsCommand.line(group.words), catalog.text("synonyms.source." + group.source.rawValue),
                        group.author ?? catalog.text("synonyms.list.nobody"),
                        group.time.map(HumanTime.text) ?? catalog.text("synonyms.list.nobody"),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb synonyms add WORD WORD…`: makes the words synonyms of each other.
struct SynonymsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["nieuw"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var words: [String]

    func run() throws {
        let group = try database.write { try $0.addSynonyms(words, author: author.resolve()) }
        Terminal.note(Interface.catalog.text("synonyms.add.done", ["words": SynonymsCommand.line(group.words)]))
    }
}

/// `kb synonyms remove WORD…`: takes the words out of every group; adding them again undoes it.
struct SynonymsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", aliases: ["verwijder", "rm"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var words: [String]

    func run() throws {
        let removal = try database.write { try $0.removeSynonyms(words, author: author.resolve()) }
        Terminal.note(Interface.catalog.text("synonyms.remove.done", ["words": SynonymsCommand.line(removal.words)]))
    }
}
