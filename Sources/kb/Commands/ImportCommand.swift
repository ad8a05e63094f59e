import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb import PATH... [--format F] [--dry-run]`: brings entries in from files, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", aliases: ["importeer"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var paths: [String]

    @Option(name: .long)
    var format: String?

    @Flag(name: .long)
    var dryRun = false

    @Flag(name: .long)
    var newTopic = false

    @Flag(name: .customLong("update-matching"))
    var updateMatching = false

    @Flag(name: .long)
    var force = false

    @Flag(name: .customLong("allow-duplicate"))
    var allowDuplicate = false

    @OptionGroup var author: AuthorOptions

    @Flag(name: .long)
    var skipInvalid = false

    @Option(name: .long)
    var kind: String?

    @Option(name: .long)
    var municipality: String?

    @Option(name: .long)
    var topic: [String] = []

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
        var defaults: NoteDefaults?
        if kind != nil || municipality != nil || !topic.isEmpty {
            var noteKind: EntryKind?
            if let kind {
                guard let known = EntryKind(userText: kind) else { throw CommandLineError.unknownKind(kind) }
                noteKind = known
            }
            defaults = NoteDefaults(kind: noteKind, municipality: municipality, topics: topic)
        }
        let sources = try paths.map { path in
            path == "-"
                ? ImportSource.standardInput(format: chosen ?? .jsonl)
                : try ImportSource.file(path, format: chosen, noteDefaults: defaults)
        }
        let knowledgeBase = dryRun ? try database.openForReading(allowingMissing: true) : try database.openForWriting()
        let options = ImportOptions(
            updateMatching: updateMatching, force: force, allowDuplicate: allowDuplicate,
            allowSimilarTopics: newTopic, skipInvalid: skipInvalid, author: author.resolve())
        let display = progress.display()
        let report = try knowledgeBase.importRecords(
            from: sources, dryRun: dryRun, options: options, progress: display.report)
        display.finish()
        report.formerMunicipalities.forEach(MunicipalityReference.report)
        Terminal.say(report.summary(Interface.catalog))
        for line in report.skippedLines(Interface.catalog) { Terminal.say(line) }
    }
}
