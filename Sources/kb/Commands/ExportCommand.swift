import ArgumentParser
import Foundation
import Kennisbank

/// `kb export [--format F] [--output PATH] [--kind K]... [--municipality M]... [--topic X]...`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export entries as JSON Lines, JSON, Markdown notes or CSV, ready to import elsewhere.",
        discussion: """
            Writes every entry (or those --kind, --municipality and --topic select) in id order to \
            standard output, or to --output. Municipalities the CBS registry does not hold (added by \
            hand, samples) come first as {"kind": "municipality", …} records, so that `kb import` of the \
            export into a new knowledge base gives the same content, UUIDs and times included. \
            --output never replaces a SQLite database: not the knowledge base's own file (however the \
            path is written), not the files SQLite keeps beside it, not any other.

            Formats:
              jsonl     one JSON object a line, the fields of `kb show --format json` (the default)
              json      an array of the same objects
              markdown  one note per entry in the folder --output (which must be new or empty): YAML \
            front matter with every field between two --- lines, the body below it; file names are \
            id-kind-title.md, like 0012-obstacle-wantrouwen-van-inwoners.md (the id as wide as the \
            largest, at least four digits, so that the names sort in id order); the folder appears \
            only when every note is written
              csv       RFC 4180, CRLF, a header row: id, uuid, kind, title, body, municipality, \
            municipality_code, province, topics, source, date, status, addresses, created_at, \
            updated_at. topics and addresses hold several values separated by "; " (one a line in \
            the cell when a value holds a ;). A municipality row has kind "municipality", its name in \
            municipality, code in municipality_code and attribution in source. A cell that a \
            spreadsheet would run as a formula (starting with =, +, -, @, a tab or CR) gets a leading \
            ', which `kb import` removes again.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .long,
        help:
            "jsonl, json, markdown or csv (default: from --output — its extension, or markdown for a folder — else jsonl)."
    )
    var format: String?

    @Option(name: [.short, .long], help: "Write to this file (for markdown: this folder) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Only entries of this kind: example, obstacle or tip; repeat for several.")
    var kind: [String] = []

    @Option(name: .long, help: "Only entries of this municipality; repeat for several.")
    var municipality: [String] = []

    @Option(name: .long, help: "Only entries with this topic; repeat for several (any of them).")
    var topic: [String] = []

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
    }

    /// The format asked for, or the one --output says (its extension; a folder is Markdown), or JSON Lines.
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
        .resolve(in: knowledgeBase)
        let format = chosenFormat
        guard let output else {
            let display = progress.display()
            try knowledgeBase.export(
                format, filter: filter, to: .handle(FileHandle.standardOutput), progress: display.report)
            display.finish()
            return
        }
        let display = progress.display()
        let report = try knowledgeBase.export(
            format, filter: filter, to: format == .markdown ? .folder(output) : .file(output), progress: display.report)
        display.finish()
        let extra =
            report.municipalities > 0
            ? " and \(report.municipalities) \(report.municipalities == 1 ? "municipality" : "municipalities")" : ""
        Terminal.note(
            "Exported \(report.entries) \(report.entries == 1 ? "entry" : "entries")\(extra) to \(output) (\(format.rawValue))."
        )
    }
}
