import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb trash list|restore REF|empty`: the entries `kb rm` removed, kept until the trash is emptied.
struct TrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trash",
        subcommands: [TrashListCommand.self, TrashRestoreCommand.self, TrashEmptyCommand.self],
        defaultSubcommand: TrashListCommand.self, aliases: ["prullenbak"])
}

/// `kb trash list`: what is in the trash, most recently removed first.
struct TrashListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let trashed = try database.openForReading().trash()
        let catalog = Interface.catalog
        switch output.format {
        case .json:
            try Terminal.printJSON(trashed)
        case .table:
            guard !trashed.isEmpty else { return Terminal.note(catalog.text("history.trash.empty")) }
            let table = TextTable(
                headers: [
                    "history.trash.id", "history.trash.kind", "history.trash.municipality", "history.trash.title",
                    "history.trash.removed", "history.trash.by",
                ].map { catalog.text($0) },
                rows: trashed.map { entry in
                    [
                        entry.id.description, catalog.text("error.kind.\(entry.kind.rawValue)"),
                        entry.municipality ?? catalog.text("history.trash.network"), entry.title,
                        HumanTime.text(entry.trashedAt),
                        entry.trashedBy?.name ?? catalog.text("history.list.unknownAuthor"),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb trash restore REF`: brings an entry back with its id, UUID, topics and links.
struct TrashRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", aliases: ["herstel"])

    @OptionGroup var database: DatabaseOptions

    @Argument var reference: String

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForWriting()
        let entry = try knowledgeBase.restoreFromTrash(
            try knowledgeBase.trashedEntryID(reference), by: author.resolve())
        switch output.format {
        case .json: try Terminal.printJSON(entry)
        case .table:
            Terminal.say(
                Interface.catalog.text("history.trash.restored", ["id": entry.id.description, "title": entry.title]))
        }
    }
}

/// `kb trash empty [--older-than DAYS]`: deletes entries in the trash for good (asks first on a terminal).
struct TrashEmptyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "empty", aliases: ["leeg"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("older-than"))
    var olderThan: Int?

    @Flag(name: [.long, .short])
    var yes = false

    func validate() throws {
        if let olderThan, olderThan < 0 {
            throw ValidationError(Interface.catalog.text("history.trash.negativeDays"))
        }
    }

    func run() throws {
        let catalog = Interface.catalog
        let knowledgeBase = try database.openForWriting()
        // Also with no entry in the trash, detached files and files of no entry are deleted.
        let candidates = try knowledgeBase.trashToEmpty(olderThanDays: olderThan)
        guard !candidates.isEmpty else { return Terminal.note(catalog.text("history.trash.nothingToEmpty")) }
        if !yes, Terminal.isInteractiveInput {
            let question =
                candidates.entries > 0
                ? catalog.text("history.trash.ask", count: candidates.entries)
                : catalog.text("trash.askAttachments", count: candidates.attachments)
            Terminal.note(question, newline: false)
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard ["y", "yes", "j", "ja"].contains(answer) else {
                return Terminal.note(catalog.text("history.trash.kept"))
            }
        }
        let deleted = try knowledgeBase.emptyTrashCounting(olderThanDays: olderThan)
        if deleted.entries > 0 || deleted.attachments == 0 {
            Terminal.say(catalog.text("history.trash.emptied", count: deleted.entries))
        }
        if deleted.attachments > 0 {
            Terminal.say(catalog.text("trash.attachmentsDeleted", count: deleted.attachments))
        }
    }
}
