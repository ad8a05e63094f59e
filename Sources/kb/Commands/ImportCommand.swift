import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb import PATH... [--format F] [--dry-run]`: brings entries in from files, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import entries from JSON Lines, JSON, Markdown notes or CSV: all of them, or nothing.",
        discussion: """
            Every record has the fields of the JSON output of an entry: kind (example, obstacle, tip), \
            title, body, municipality, topics, source, date (YYYY-MM-DD), status (obstacles), addresses \
            (UUIDs of obstacles), uuid, created_at, updated_at. A record {"kind": "municipality", "name": …, \
            "province": …} adds a municipality the CBS registry does not hold; put it before the entries \
            that name it.

            The format comes from each file's extension (.jsonl/.ndjson, .json, .md, .csv) or from \
            --format; a folder is read as Markdown notes (every .md file in it). A note is YAML front \
            matter between two --- lines with the fields, and the body below it. A CSV file has a \
            header row naming the fields; topics and addresses hold several values separated by ;.

            One import is one transaction: a bad record stops it with a message naming the file, line \
            and field, and nothing is stored. An entry with a known UUID is updated when it differs and \
            skipped when it is the same, so importing a file twice adds nothing the second time; an \
            entry without a UUID gets one derived from its kind, municipality and title.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Files or folders to import; - reads standard input (with --format).")
    var paths: [String]

    @Option(name: .long, help: "The input format: jsonl, json, markdown or csv (default: from each file's extension).")
    var format: String?

    @Flag(name: .long, help: "Check everything and report what would be added, updated and skipped; change nothing.")
    var dryRun = false

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        guard !paths.isEmpty else {
            throw CommandLineError.noImportPaths
        }
        var chosen: ExchangeFormat?
        if let format {
            guard let known = ExchangeFormat(userText: format) else {
                throw CommandLineError.unknownFormat(format)
            }
            chosen = known
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw CommandLineError.standardInputTwice
        }
        let sources = try paths.map { path in
            path == "-"
                ? ImportSource.standardInput(format: chosen ?? .jsonl) : try ImportSource.file(path, format: chosen)
        }
        let knowledgeBase = dryRun ? try database.openForReading() : try database.openForWriting()
        let display = progress.display()
        let report = try knowledgeBase.importRecords(from: sources, dryRun: dryRun, progress: display.report)
        display.finish()
        Terminal.say(report.summary(Interface.catalog))
    }
}
