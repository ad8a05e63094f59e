import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb history REF`: every version of an entry, numbered per entry, with when, who and what changed.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", aliases: ["geschiedenis"])

    @OptionGroup var database: DatabaseOptions

    @Argument var reference: String

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let id: Entry.ID
        do {
            id = try knowledgeBase.entryID(reference)
        } catch KennisbankError.entryInTrash(let trashed) {
            id = trashed
        }
        let revisions = try knowledgeBase.history(of: id)
        switch output.format {
        case .json:
            try Terminal.printJSON(revisions)
        case .table:
            let catalog = Interface.catalog
            guard !revisions.isEmpty else { return Terminal.note(catalog.text("history.list.none", ["id": "\(id)"])) }
            let table = TextTable(
                headers: ["history.list.revision", "history.list.time", "history.list.author", "history.list.change"]
                    .map { catalog.text($0) },
                rows: revisions.map { revision in
                    [
                        String(revision.number), HumanTime.text(revision.changedAt),
                        revision.author?.name ?? catalog.text("history.list.unknownAuthor"),
                        revision.summary(catalog),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb restore REF [--revision N]`: makes an earlier version of an entry its current one.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", aliases: ["herstel"])

    @OptionGroup var database: DatabaseOptions

    @Argument var reference: String

    @Option(name: .long)
    var revision: Int?

    @OptionGroup var author: AuthorOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForWriting()
        let entry = try knowledgeBase.restore(
            try knowledgeBase.entryID(reference), toRevision: revision, by: author.resolve())
        let latest = try knowledgeBase.history(of: entry.id).last
        switch output.format {
        case .json: try Terminal.printJSON(entry)
        case .table:
            Terminal.say(
                Interface.catalog.text(
                    "history.restore.done",
                    [
                        "id": entry.id.description, "revision": String(latest?.restoredFrom ?? 0),
                        "new": String(latest?.number ?? 0),
                    ]))
        }
    }
}
