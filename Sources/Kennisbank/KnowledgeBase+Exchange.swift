import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Import

    /// Imports the records of `sources` — JSON Lines, JSON, Markdown notes, CSV or Excel
    /// workbooks — in one transaction: all of them are stored, or, when any record is bad,
    /// nothing (unless `skipInvalid`).
    ///
    /// A record whose UUID is new is added; one whose UUID is known is updated to the file's
    /// version when its content differs and skipped when it is the same, so importing a file
    /// twice adds nothing the second time. A record without a UUID gets one derived from its
    /// kind, municipality and title. A former municipality's name resolves to the municipality
    /// that now covers it, and the report lists it. `addresses` may name obstacles anywhere in the import or
    /// already stored. Municipality records (`"kind": "municipality"`) add municipalities the
    /// knowledge base does not know. With `dryRun`, everything is checked and counted and
    /// nothing is stored.
    ///
    /// Nothing is overwritten silently: a record older than its stored entry (by `updated_at`), a
    /// record without a UUID that says something else than the stored entry of the same kind,
    /// municipality and title, a record of an entry in the trash, and a new record that nearly
    /// repeats a stored entry are not applied but listed in ``ImportReport/skippedRecords``
    /// with file and line — unless `options` allow them. Every entry added or updated gets a
    /// version in its history. New topics close to existing ones (a typo, a plural) are all
    /// reported at once in ``KennisbankError/similarTopics(_:)``, and nothing is imported, unless
    /// `options` allow similar topics.
    ///
    /// An error names the file, the line (JSON Lines, JSON) or spreadsheet row (CSV, .xlsx) and
    /// the field. Where a bad record was read whole (a spreadsheet row, a note), the import goes
    /// on checking the others, and every bad record is reported at once
    /// (``KennisbankError/importFailedRecords(_:total:)`` when there are several). With
    /// `options.skipInvalid`, the bad records are left out and listed in ``ImportReport/invalid``,
    /// and the rest is imported.
    ///
    /// Before it starts, an import that is not a dry run checks the free disk beside the knowledge
    /// base: the file grows and the transaction's write-ahead log holds every page until the commit,
    /// about eight bytes for every byte of input at the peak. When the folder has less, it throws
    /// ``KennisbankError/cannotImport(source:problem:)`` with
    /// ``KennisbankError/ImportFileProblem/notEnoughSpace(needed:available:folder:)`` and stores
    /// nothing.
    ///
    /// `progress`, when given, hears of every record (``WorkProgress/Phase/importing``, with an
    /// estimate of the total when the sources are files) and of the commit.
    @discardableResult
    public func importRecords(
        from sources: [ImportSource], dryRun: Bool = false, options: ImportOptions = ImportOptions(),
        progress: ProgressReporter? = nil
    ) throws -> ImportReport {
        if !dryRun, let path, let inputBytes = ImportSpace.inputBytes(of: sources) {
            try ImportSpace.check(
                inputBytes: inputBytes, databasePath: path,
                source: sources.map(\.name).joined(separator: ", "))
        }
        var total: Int?
        if progress != nil {
            let estimates = sources.map { $0.estimatedRecords() }
            total = estimates.contains(nil) ? nil : estimates.reduce(0) { $0 + ($1 ?? 0) }
        }
        let report = try writeOrRollBack(rollBack: dryRun) { db in
            try ImportPageCache.during(db) {
                try importRecords(
                    from: sources, options: options, dryRun: dryRun, total: total, progress: progress, in: db)
            }
        }
        progress?(WorkProgress(.committing, done: 1, total: 1))
        return report
    }

    /// The import of ``importRecords(from:dryRun:options:progress:)`` inside its transaction.
    private func importRecords(
        from sources: [ImportSource], options: ImportOptions, dryRun: Bool, total: Int?, progress: ProgressReporter?,
        in db: Database
    ) throws -> ImportReport {
        let skipInvalid = options.skipInvalid
        let lastTopicID = try ImportTopicCheck.lastTopicID(in: db)
        let session = try ImportSession(db: db, now: Date(), options: options)
        var problems = ImportProblemList()
        var notes: [ImportNote] = []
        var done = 0
        progress?(WorkProgress(.importing, done: 0, total: total))
        for source in sources {
            let reader = try source.reader()
            while true {
                let record: ImportRecord
                do {
                    guard let next = try reader.next() else { break }
                    record = next
                } catch KennisbankError.importFailed(let problem) {
                    problems.append(problem)
                    // A mistake the reader cannot read past ends the import with all found so far.
                    if !reader.canContinue { try problems.throwIfAny() }
                    continue
                }
                do {
                    if skipInvalid {
                        try db.inSavepoint {
                            try session.apply(record)
                            try session.keepNoteLinks(of: record)
                            return .commit
                        }
                    } else if problems.isEmpty {
                        try session.apply(record)
                        try session.keepNoteLinks(of: record)
                    } else {
                        // Nothing will be stored: check the record, and undo what it did.
                        try db.inSavepoint {
                            try session.apply(record)
                            return .rollback
                        }
                    }
                } catch KennisbankError.importFailed(let problem) {
                    problems.append(problem)
                }
                done += 1
                progress?(WorkProgress(.importing, done: done, total: total.map { max($0, done) }))
            }
            notes += reader.notes
        }
        if !skipInvalid { try problems.throwIfAny() }
        if !options.allowSimilarTopics { try ImportTopicCheck.refuseClose(madeAfter: lastTopicID, in: db) }
        let linked = try session.linkNotes()
        if linked > 0 { notes.append(.wikilinksLinked(count: linked)) }
        if session.attachmentsImported > 0 {
            notes.append(.attachmentsImported(count: session.attachmentsImported))
        }
        if session.attachmentsNotIncluded > 0 {
            notes.append(.attachmentsNotIncluded(count: session.attachmentsNotIncluded))
        }
        var report = try session.finish(dryRun: dryRun, sources: sources.map(\.name))
        report.formerMunicipalities = session.formerMunicipalities
        report.notes = notes
        report.invalid = problems.listed
        progress?(WorkProgress(.committing, done: 0, total: 1))
        return report
    }

    /// The sample network bundled in this binary, as JSON Lines: the obstacles, questions and
    /// conditions for success of the network meeting of 21 May 2015, and practice examples,
    /// obstacles and tips of five fictional municipalities (marked as samples).
    public static var sampleData: String {
        guard let text = EmbeddedFiles.contents["Data/sample.jsonl"] else {
            preconditionFailure("The embedded sample data is missing: the build is broken.")
        }
        return text
    }

    /// Loads what is missing of the sample network (see ``sampleData``): a sample entry that is
    /// stored (even as edited since) or in the trash stays as it is, so loading it again changes
    /// nothing. Its topics are taken as they are, also where they resemble the knowledge base's own.
    /// The network's meeting of 21 May 2015 is added too (once), with the entries whose source is
    /// that meeting linked to it.
    @discardableResult
    public func loadSample(dryRun: Bool = false, by author: Author? = nil) throws -> ImportReport {
        let report = try importRecords(
            from: [.text(Self.sampleData, name: "sample.jsonl", format: .jsonl)], dryRun: dryRun,
            options: ImportOptions(allowDuplicate: true, onlyAdd: true, allowSimilarTopics: true, author: author))
        // The meeting of 21 May 2015, with the sample entries that came out of it.
        if !dryRun { try write { try MeetingStore.addSampleMeeting(author: author, in: $0) } }
        return report
    }

    // MARK: Export

    /// Writes the entries `filter` selects (all by default), by id, in `format` to `output`;
    /// the municipalities they need that the CBS registry does not hold come first, so that
    /// importing the export into a new knowledge base gives the same content, field for field.
    ///
    /// Markdown goes to a ``ExportOutput/folder(_:)`` (one note per entry, written into a hidden
    /// folder first and moved into place when complete), or to a ``ExportOutput/file(_:)`` whose
    /// name ends in `.zip`: the same notes, under the same names, in a zip (written beside it first,
    /// then moved into place). The other formats go to a file or a handle.
    ///
    /// An export never writes over the knowledge base's own database (however its path is
    /// written: links, `./`, hard links), the files SQLite keeps beside it, or any other SQLite
    /// database; see `ExportTarget`.
    ///
    /// With `excel`, CSV is written the way Excel in a Dutch locale opens it correctly: a UTF-8
    /// byte order mark, `;` between fields, CRLF line ends (the header keeps its English field
    /// names). ``ExchangeFormat/xlsx`` writes an Excel workbook whose first sheet holds the CSV
    /// columns, the date as a date cell.
    ///
    /// Attachments travel too: the Markdown export writes each entry's attached files into a
    /// folder beside its note, named after it (`0007-dorpshuis.attachments/`); JSON and JSON
    /// Lines name them in `attachments` (`name`, `type`, `size`, `sha256`), and with
    /// `withAttachments` embed their bytes (`content`, base64). CSV and workbooks leave them out.
    /// With `withoutPersonalData`, the entries' contact persons are left out.
    @discardableResult
    public func export(
        _ format: ExchangeFormat, filter: EntryFilter = EntryFilter(), to output: ExportOutput, excel: Bool = false,
        withAttachments: Bool = false, progress: ProgressReporter? = nil, withoutPersonalData: Bool = false
    ) throws -> ExportReport {
        let personal = PersonalData(included: !withoutPersonalData)
        let target = ExportTarget(database: path)
        switch (format, output) {
        case (.markdown, .folder(let folder)):
            try target.check(folder)
            return try exportToFolder(folder, filter: filter, progress: progress, personal: personal)
        case (.markdown, .file(let file)) where Self.isZipName(file):
            try target.check(file)
            return try exportToZip(file, filter: filter, progress: progress, personal: personal)
        case (.markdown, _):
            throw KennisbankError.cannotExport(.markdownNeedsFolder)
        case (_, .folder):
            throw KennisbankError.cannotExport(.folderOnlyForMarkdown(format))
        case (_, .handle(let handle)):
            try target.check(handle)
            return try export(
                filter, format: format, embedding: withAttachments, progress: progress, personal: personal
            ) { _ in
                try Self.writer(format, ExportSink(handle: handle, path: nil), excel: excel)
            }
        case (_, .file(let file)):
            try target.check(file)
            return try exportToFile(
                file, format: format, filter: filter, excel: excel, embedding: withAttachments, progress: progress,
                personal: personal)
        }
    }

    /// Whether an export file named `path` is a zip (Markdown notes): its extension is `.zip`.
    static func isZipName(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == "zip"
    }

    /// The export in `format` (not Markdown) as text; `excel` as for
    /// ``export(_:filter:to:excel:withAttachments:progress:withoutPersonalData:)``.
    public func exportText(
        _ format: ExchangeFormat, filter: EntryFilter = EntryFilter(), excel: Bool = false,
        withoutPersonalData: Bool = false
    ) throws -> String {
        guard format != .markdown else {
            throw KennisbankError.cannotExport(.markdownNeedsFolder)
        }
        return String(
            decoding: try exportBytes(format, filter: filter, excel: excel, withoutPersonalData: withoutPersonalData),
            as: UTF8.self)
    }

    /// The export in `format` as bytes: a workbook for ``ExchangeFormat/xlsx``, a zip of the
    /// Markdown notes (as the folder export names them) with their attached files for
    /// ``ExchangeFormat/markdown``.
    ///
    /// The zip is built in memory: with `zipByteLimit`, one whose notes and attached files come
    /// to more bytes than that is refused before it is built
    /// (``KennisbankError/ExportProblem/tooLargeToDownload(bytes:limit:)``), as is one that kb
    /// import would refuse (``KennisbankError/ExportProblem/tooManyFilesForZip(notes:attachments:limit:)``,
    /// ``KennisbankError/ExportProblem/attachmentsTooLargeForZip(bytes:limit:)``).
    public func exportBytes(
        _ format: ExchangeFormat, filter: EntryFilter = EntryFilter(), excel: Bool = false,
        withAttachments: Bool = false, withoutPersonalData: Bool = false, zipByteLimit: Int? = nil
    ) throws -> [UInt8] {
        let personal = PersonalData(included: !withoutPersonalData)
        if format == .markdown {
            var writer: ZipExportWriter?
            _ = try export(filter, format: format, personal: personal) { db in
                try ZipExportWriter.checkSize(filter, in: db, byteLimit: zipByteLimit)
                let made = try ZipExportWriter(largestID: try ExportQuery.largestID(in: db))
                writer = made
                return made
            }
            return [UInt8](writer?.data ?? Data())
        }
        let sink = ExportSink()
        _ = try export(filter, format: format, embedding: withAttachments, personal: personal) { _ in
            try Self.writer(format, sink, excel: excel)
        }
        return sink.collected
    }

    private static func writer(_ format: ExchangeFormat, _ sink: ExportSink, excel: Bool) throws -> any ExportWriter {
        switch format {
        case .jsonl: return JSONLinesExportWriter(sink: sink)
        case .json: return JSONArrayExportWriter(sink: sink)
        case .csv: return try CSVExportWriter(sink: sink, excel: excel)
        case .xlsx: return XlsxExportWriter(sink: sink)
        case .markdown: preconditionFailure("Markdown is written by MarkdownExportWriter or ZipExportWriter")
        }
    }

    /// Writes the export with the writer `makeWriter` makes, in one read transaction.
    private func export(
        _ filter: EntryFilter, format: ExchangeFormat, embedding: Bool = false, progress: ProgressReporter? = nil,
        personal: PersonalData,
        with makeWriter: (Database) throws -> any ExportWriter
    ) throws -> ExportReport {
        try read { db in
            let total = progress == nil ? nil : try ExportQuery.entryCount(filter, in: db)
            progress?(WorkProgress(.exporting, done: 0, total: total))
            let writer = try makeWriter(db)
            let municipalities = try ExportQuery.municipalities(filter, in: db)
            for municipality in municipalities {
                try writer.write(municipality)
            }
            var entries = 0
            // Markdown carries the files, JSON names them (and embeds them when asked), the others leave them out.
            let carries = try [.markdown, .json, .jsonl].contains(format) && ExportQuery.hasAttachments(in: db)
            let contents = format == .markdown || embedding
            try ExportQuery.forEachEntry(filter, in: db) { entry in
                let entry = personal.applied(to: entry)
                if carries {
                    try writer.write(
                        entry, attachments: try ExportQuery.attachments(of: entry.id, contents: contents, in: db))
                } else {
                    try writer.write(entry)
                }
                entries += 1
                progress?(WorkProgress(.exporting, done: entries, total: total.map { max($0, entries) }))
            }
            try writer.finish()
            return ExportReport(entries: entries, municipalities: municipalities.count, format: format)
        }
    }

    /// Writes beside `path` first and moves the file into place when complete.
    private func exportToFile(
        _ path: String, format: ExchangeFormat, filter: EntryFilter, excel: Bool, embedding: Bool,
        progress: ProgressReporter?, personal: PersonalData
    ) throws -> ExportReport {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw KennisbankError.cannotExport(.targetIsFolder(path: path, format: format))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).partial")
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw KennisbankError.cannotExport(.cannotCreateFile(path: path))
        }
        do {
            let report = try export(
                filter, format: format, embedding: embedding, progress: progress, personal: personal
            ) { _ in
                try Self.writer(format, ExportSink(handle: handle, path: path), excel: excel)
            }
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw KennisbankError.cannotExport(.cannotReplace(path: path))
            }
            return report
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes the Markdown notes into a zip beside `path` first (ZIPFoundation creates it) and
    /// moves it into place when complete.
    private func exportToZip(
        _ path: String, filter: EntryFilter, progress: ProgressReporter?, personal: PersonalData
    ) throws -> ExportReport {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw KennisbankError.cannotExport(.targetIsFolder(path: path, format: .markdown))
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).partial")
        do {
            let report = try export(filter, format: .markdown, progress: progress, personal: personal) { db in
                try ZipExportWriter.checkSize(filter, in: db)
                return try ZipExportWriter(file: temporary, path: path, largestID: try ExportQuery.largestID(in: db))
            }
            guard rename(temporary, path) == 0 else {
                throw KennisbankError.cannotExport(.cannotReplace(path: path))
            }
            return report
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes one note per entry into a hidden folder beside (or inside) `folder`, and moves
    /// them into place when all are written; on any error, nothing is left behind.
    private func exportToFolder(
        _ folder: String, filter: EntryFilter, progress: ProgressReporter?, personal: PersonalData
    ) throws -> ExportReport {
        var writer: MarkdownExportWriter?
        do {
            return try export(filter, format: .markdown, progress: progress, personal: personal) { db in
                let made = try MarkdownExportWriter(folder: folder, largestID: try ExportQuery.largestID(in: db))
                writer = made
                return made
            }
        } catch {
            writer?.discard()
            throw error
        }
    }

    // MARK: Municipality registry

    /// Updates the municipality registry from a newer CBS list (a CSV file with the columns
    /// `GemeentecodeGM`, `Gemeentenaam` and `Provincienaam`, like `gemeenten-2024.csv`): new codes
    /// are added, renamed municipalities keep their old name as an alias, and municipalities
    /// the list no longer holds are kept and reported. One transaction.
    ///
    /// A list of reorganisations (the columns `old_code`, `old_name`, `new_code`, `new_name`,
    /// `effective_date`, like the bundled `gemeenten-herindelingen-1990-2023.csv`) is recognised
    /// by its header: its former municipalities are added, so that their names resolve to the
    /// municipalities that now cover them.
    @discardableResult
    public func importMunicipalityList(at path: String, dryRun: Bool = false) throws -> MunicipalityListReport {
        func failure(_ problem: KennisbankError.MunicipalityListProblem) -> KennisbankError {
            .municipalityListFailed(source: path, problem: problem)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw failure(.notAFile)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let limit = 10 << 20
        guard size <= limit else { throw failure(.tooLarge(limit: limit)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure(.unreadable) }
        guard let text = ByteInput.text([UInt8](data)) else { throw failure(.notUTF8) }
        return try importMunicipalityList(csv: text, name: path, dryRun: dryRun)
    }

    /// Updates the municipality registry from the CBS list in `csv`; `name` names it in errors.
    @discardableResult
    public func importMunicipalityList(csv: String, name: String, dryRun: Bool = false) throws -> MunicipalityListReport
    {
        let text = csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv
        if ReorganisationList.isReorganisationList(header: try CSVTable(string: text, name: name).header) {
            return try importReorganisations(ReorganisationList(csv: text, name: name), name: name, dryRun: dryRun)
        }
        let rows = try MunicipalityRegistry.parse(csv: text, name: name)
        return try writeOrRollBack(rollBack: dryRun) { db in
            let result = try MunicipalityRegistry(rows: rows, aliases: []).load(into: db)
            let codes = Set(rows.map(\.code))
            let missing = try Row.fetchAll(
                db, sql: "SELECT name, code FROM municipality WHERE attribution = ? AND code IS NOT NULL ORDER BY name",
                arguments: [MunicipalityRegistry.attribution]
            )
            .filter { !codes.contains($0["code"]) }
            .map { $0["name"] as String }
            return MunicipalityListReport(
                added: result.added, renamed: result.renamed, unchanged: result.unchanged, missing: missing,
                dryRun: dryRun)
        }
    }

    /// Adds the reorganisations of `list` that are new; each successor must be a known
    /// municipality, a known former one, or a former one in the list (a chain).
    private func importReorganisations(_ list: ReorganisationList, name: String, dryRun: Bool) throws
        -> MunicipalityListReport
    {
        try writeOrRollBack(rollBack: dryRun) { db in
            let formerInList = Set(list.rows.map(\.code))
            for (index, row) in list.rows.enumerated() where !formerInList.contains(row.successorCode) {
                let known =
                    try MunicipalityStore.holding(code: row.successorCode, in: db) != nil
                    || Bool.fetchOne(
                        db, literal: "SELECT 1 FROM former_municipality WHERE code = \(row.successorCode)") == true
                if !known {
                    throw KennisbankError.municipalityListFailed(
                        source: name,
                        problem: .invalidRow(row: index + 2, .unknownMunicipality(row.successorCode, suggestions: [])))
                }
            }
            let result = try list.load(into: db, attribution: nil)
            return MunicipalityListReport(
                added: result.added, renamed: 0, unchanged: result.unchanged, missing: [], dryRun: dryRun,
                list: .reorganisations)
        }
    }

    // MARK: Transactions

    /// Runs `work` in one immediate write transaction, committed — or rolled back when `rollBack`.
    func writeOrRollBack<T>(rollBack: Bool, _ work: (Database) throws -> T) throws -> T {
        try transaction(rollingBack: rollBack, work)
    }
}
