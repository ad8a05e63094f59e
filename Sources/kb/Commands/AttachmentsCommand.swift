import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb attach REF FILE…`: keeps files with an entry, inside the knowledge base's file.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attach", aliases: ["bijvoegen"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var reference: String

    @Argument var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(Interface.catalog.text("attachments.attach.noFiles")) }
    }

    func run() throws {
        let attached = try database.write { knowledgeBase in
            try knowledgeBase.attach(paths: files, to: try knowledgeBase.entryID(reference), by: author.resolve())
        }
        for attachment in attached {
            Terminal.say(
                Interface.catalog.text(
                    "attachments.attach.done",
                    ["name": attachment.name, "size": AttachmentsCommand.size(attachment.size)]))
        }
    }
}

/// `kb detach REF NAME…`: takes files off an entry; `kb attachments restore` brings one back.
struct DetachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "detach", aliases: ["ontkoppel"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var reference: String

    @Argument var names: [String]

    func validate() throws {
        if names.isEmpty { throw ValidationError(Interface.catalog.text("attachments.detach.noNames")) }
    }

    func run() throws {
        let detached = try database.write { knowledgeBase in
            try knowledgeBase.detach(names, from: try knowledgeBase.entryID(reference), by: author.resolve())
        }
        for attachment in detached {
            Terminal.say(
                Interface.catalog.text(
                    "attachments.detach.done", ["name": attachment.name, "ref": reference]))
        }
    }
}

/// `kb attachments [list] REF | extract REF | restore REF NAME`: the files kept with an entry.
struct AttachmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachments",
        subcommands: [
            AttachmentsListCommand.self, AttachmentsExtractCommand.self, AttachmentsRestoreCommand.self,
        ],
        defaultSubcommand: AttachmentsListCommand.self, aliases: ["bijlagen"])

    /// A size in bytes as people read it: `812 B`, `18,2 kB`, `24,9 MB` (units of 1024), with
    /// the catalog's decimal separator.
    static func size(_ bytes: Int) -> String {
        let catalog = Interface.catalog
        if bytes < 1024 { return catalog.text("attachments.size.bytes", ["size": String(bytes)]) }
        func decimal(_ value: Double) -> String { catalog.decimal(value, places: 1) }
        let kilobytes = Double(bytes) / 1024
        if kilobytes < 1024 { return catalog.text("attachments.size.kilobytes", ["size": decimal(kilobytes)]) }
        return catalog.text("attachments.size.megabytes", ["size": decimal(kilobytes / 1024)])
    }
}

/// `kb attachments list REF [--detached]`: name, type, size and SHA-256 of each file.
struct AttachmentsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @Argument var reference: String

    @Flag(name: .long)
    var detached = false

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let list = try knowledgeBase.attachments(of: try knowledgeBase.entryID(reference), detached: detached)
        let catalog = Interface.catalog
        switch output.format {
        case .json: try Terminal.printJSON(list)
        case .table:
            guard !list.isEmpty else {
                return Terminal.note(catalog.text(detached ? "attachments.list.noneDetached" : "attachments.list.none"))
            }
            let table = TextTable(
                headers: [
                    "attachments.list.name", "attachments.list.type", "attachments.list.size",
                    "attachments.list.sha256",
                ]
                .map { catalog.text($0) },
                rows: list.map { [$0.name, $0.mediaType, AttachmentsCommand.size($0.size), $0.sha256] })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb attachments extract REF [--to DIR] [NAME…]`: writes the files into a folder, never over one.
struct AttachmentsExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", aliases: ["uitpakken"])

    @OptionGroup var database: DatabaseOptions

    @Argument var reference: String

    @Argument var names: [String] = []

    @Option(name: .customLong("to"))
    var folder: String = "."

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let id = try knowledgeBase.entryID(reference)
        let written = try knowledgeBase.extractAttachments(of: id, names: names, to: folder)
        guard !written.isEmpty else { return Terminal.note(Interface.catalog.text("attachments.list.none")) }
        for path in written {
            Terminal.say(Interface.catalog.text("attachments.extract.done", ["path": path]))
        }
    }
}

/// `kb attachments restore REF NAME`: attaches again a file `kb detach` took off.
struct AttachmentsRestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", aliases: ["herstel"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var reference: String

    @Argument var name: String

    func run() throws {
        let attachment = try database.write { knowledgeBase in
            try knowledgeBase.reattach(name, to: try knowledgeBase.entryID(reference), by: author.resolve())
        }
        Terminal.say(Interface.catalog.text("attachments.restore.done", ["name": attachment.name]))
    }
}
