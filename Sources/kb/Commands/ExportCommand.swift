import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb export [--format F] [--output PATH] [--kind K]... [--municipality M]... [--topic X]...`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", aliases: ["exporteer"])

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .long)
    var format: String?

    @Option(name: [.short, .long])
    var output: String?

    @Option(name: .long)
    var kind: [String] = []

    @Option(name: .long)
    var municipality: [String] = []

    @Option(name: .long)
    var topic: [String] = []

    // Its help text is the catalog key help.export.excel, as issue 13 renders it.
    @Flag(name: .long)
    var excel = false

    // Issue 16: JSON and JSON Lines embed the attachments' bytes (base64); Markdown always carries them.
    @Flag(name: .customLong("with-attachments"))
    var withAttachments = false

    /// `--without-personal-data`: leave the entries' contact persons out (help: `help.export.without-personal-data`).
    @Flag(name: .customLong("without-personal-data"))
    var withoutPersonalData = false

    @OptionGroup var progress: ProgressOptions

    /// Checks the options; a mistake is one line on standard error, like every kb error.
    func check() throws {
        if let format, ExchangeFormat(userText: format) == nil {
            throw CommandLineError.unknownFormat(format)
        }
        for text in kind where EntryKind(userText: text) == nil {
            throw CommandLineError.unknownKind(text)
        }
        if chosenFormat == .markdown, output == nil {
            throw CommandLineError.markdownNeedsOutputFolder
        }
        if chosenFormat == .xlsx, output == nil {
            throw CommandLineError.xlsxNeedsOutputFile
        }
        if excel, chosenFormat != .csv {
            throw CommandLineError.excelOnlyForCSV
        }
        if withAttachments, ![.json, .jsonl, .markdown].contains(chosenFormat) {
            throw ValidationError(Interface.catalog.text("attachments.export.notForFormat"))
        }
    }

    /// The format asked for, or the one --output says (its extension; a folder or a .zip is
    /// Markdown), or JSON Lines.
    var chosenFormat: ExchangeFormat {
        if let format { return ExchangeFormat(userText: format) ?? .jsonl }
        guard let output else { return .jsonl }
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        {
            return .markdown
        }
        return ExchangeFormat(fileName: output) ?? .jsonl
    }

    func run() throws {
        try check()
        let knowledgeBase = try database.openForReading()
        let filter = try EntrySelection(
            kinds: kind.compactMap(EntryKind.init(userText:)), municipalities: municipality, topics: topic
        )
        .resolve(in: knowledgeBase, former: MunicipalityReference.report)
        let format = chosenFormat
        guard let output else {
            let display = progress.display()
            try knowledgeBase.export(
                format, filter: filter, to: .handle(FileHandle.standardOutput), excel: excel,
                withAttachments: withAttachments, progress: display.report, withoutPersonalData: withoutPersonalData)
            display.finish()
            return
        }
        let display = progress.display()
        // Markdown goes to a folder, or into a zip when the output's name ends in .zip (a name
        // that ends in a slash is a folder).
        let isZip = !output.hasSuffix("/") && (output as NSString).pathExtension.lowercased() == "zip"
        let report = try knowledgeBase.export(
            format, filter: filter, to: format == .markdown && !isZip ? .folder(output) : .file(output), excel: excel,
            withAttachments: withAttachments, progress: display.report, withoutPersonalData: withoutPersonalData)
        display.finish()
        let catalog = Interface.catalog
        let entries = catalog.text("command.export.entries", count: report.entries)
        let counts =
            report.municipalities > 0
            ? catalog.text("command.export.withMunicipalities", count: report.municipalities, ["entries": entries])
            : entries
        Terminal.note(
            catalog.text("command.export.done", ["counts": counts, "path": output, "format": format.rawValue]))
    }
}
