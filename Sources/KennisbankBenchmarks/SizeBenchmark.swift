import Foundation
import GRDB
import Kennisbank

/// How many times each measurement repeats.
struct Repetitions {
    /// In-process searches: each of the 30 queries this many times, per engine.
    var inProcess: Int
    /// `kb search` and `sqlite3` processes per query.
    var process: Int
    /// `sqlite-utils` processes per query (each starts Python).
    var python: Int
    /// Comparisons, per tool.
    var compare: Int
    /// Start-ups, per tool.
    var startup: Int

    /// Fewer repetitions as the corpus grows, so that 10k and 100k fit in minutes.
    static func forSize(_ size: Int) -> Repetitions {
        switch size {
        case ..<5_000: return Repetitions(inProcess: 5, process: 2, python: 1, compare: 2, startup: 5)
        case ..<50_000: return Repetitions(inProcess: 20, process: 5, python: 2, compare: 5, startup: 15)
        case ..<500_000: return Repetitions(inProcess: 10, process: 5, python: 2, compare: 5, startup: 15)
        default: return Repetitions(inProcess: 5, process: 3, python: 1, compare: 3, startup: 10)
        }
    }
}

/// Measures one corpus size: import, search, compare and start-up, for Kennisbank and the baselines.
struct SizeBenchmark {
    let paths: BenchmarkPaths
    let python: PythonEnvironment?
    let corpus: CorpusSummary
    let repetitions: Repetitions
    let log: (String) -> Void
    /// The bar of each long step, reported between the timed sections.
    let progress: BenchProgress
    /// Measure on the databases a previous run left, without importing (for profiling).
    var reuseDatabases = false
    /// Measure the imports only (for the memory of large imports).
    var importsOnly = false
    /// Hits per search.
    let limit = 10

    private var folder: String { "\(paths.work)/size-\(corpus.entries)" }
    var kennisbankDatabase: String { "\(folder)/kennisbank.sqlite" }
    var sqliteDatabase: String { "\(folder)/sqlite3.sqlite" }
    var sqliteUtilsDatabase: String { "\(folder)/sqlite-utils.sqlite" }

    func run() throws -> SizeResult {
        let started = monotonicSeconds()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var result = SizeResult(corpus: corpus)
        if reuseDatabases {
            log("reusing the databases of an earlier run: no import figures")
        } else {
            result.imports = try imports()
        }
        if importsOnly {
            result.seconds = monotonicSeconds() - started
            return result
        }
        try inProcessSearch(into: &result)
        try processSearch(into: &result)
        try compare(into: &result)
        try startup(into: &result)
        result.seconds = monotonicSeconds() - started
        return result
    }

    // MARK: - Import

    private func imports() throws -> [Tool: ImportFigures] {
        var figures: [Tool: ImportFigures] = [:]
        let tools = python == nil ? 2 : 3
        log("import \(Formatting.count(corpus.entries)) entries: kb import")
        try Self.removeDatabase(kennisbankDatabase)
        progress.report(.importing, done: 0, total: tools)
        // --allow-duplicate: the generated corpus holds a few near-duplicates (6 in 100,000) that
        // kb import would leave out; the baselines store every entry, and so must kb to compare.
        // What a new knowledge base holds before the import (the schema and the 342 municipalities):
        // the disk peak counts what the import adds to it.
        let emptyDatabase = "\(paths.work)/empty-kennisbank.sqlite"
        try Self.removeDatabase(emptyDatabase)
        _ = try ChildProcess.runChecked(paths.kb, ["init", "--db", emptyDatabase], what: "kb init")
        let emptyBytes = Self.databaseSize(emptyDatabase)
        try Self.removeDatabase(emptyDatabase)
        let kbDisk = DiskPeakSampler(database: kennisbankDatabase)
        let kb = try ChildProcess.runChecked(
            paths.kb, ["import", corpus.path, "--db", kennisbankDatabase, "--allow-duplicate"], measureMemory: true,
            what: "kb import")
        figures[.kennisbank] = ImportFigures(
            seconds: kb.seconds, cpuSeconds: kb.cpuSeconds, entries: corpus.entries,
            peakResidentBytes: kb.peakResidentBytes,
            databaseBytes: Self.databaseSize(kennisbankDatabase), peakDiskBytes: kbDisk.stop(),
            startingDiskBytes: emptyBytes)
        try expectCount(of: kennisbankDatabase, table: "entry", tool: "kb import")
        progress.report(.importing, done: 1, total: tools)

        log("import \(Formatting.count(corpus.entries)) entries: sqlite3 shell")
        try Self.removeDatabase(sqliteDatabase)
        let shellDisk = DiskPeakSampler(database: sqliteDatabase)
        let shell = try ChildProcess.runChecked(
            paths.sqlite3, ["-bail", sqliteDatabase], input: PlainSchema.importScript(corpus: corpus.path),
            measureMemory: true,
            what: "sqlite3 import")
        figures[.sqlite3] = ImportFigures(
            seconds: shell.seconds, cpuSeconds: shell.cpuSeconds, entries: corpus.entries,
            peakResidentBytes: shell.peakResidentBytes,
            databaseBytes: Self.databaseSize(sqliteDatabase), peakDiskBytes: shellDisk.stop())
        try expectCount(of: sqliteDatabase, table: "entry", tool: "the sqlite3 import")
        progress.report(.importing, done: 2, total: tools)

        if let python {
            log("import \(Formatting.count(corpus.entries)) entries: sqlite-utils insert + enable-fts")
            try Self.removeDatabase(sqliteUtilsDatabase)
            let utilsDisk = DiskPeakSampler(database: sqliteUtilsDatabase)
            let insert = try ChildProcess.runChecked(
                python.sqliteUtils, ["insert", sqliteUtilsDatabase, "entries", corpus.path, "--nl", "--alter"],
                measureMemory: true, what: "sqlite-utils insert")
            let fts = try ChildProcess.runChecked(
                python.sqliteUtils,
                [
                    "enable-fts", sqliteUtilsDatabase, "entries", "title", "body", "topics", "municipality",
                    "--fts5", "--create-triggers", "--tokenize", "unicode61 remove_diacritics 2",
                ],
                measureMemory: true, what: "sqlite-utils enable-fts")
            figures[.sqliteUtils] = ImportFigures(
                seconds: insert.seconds + fts.seconds, cpuSeconds: insert.cpuSeconds + fts.cpuSeconds,
                entries: corpus.entries,
                peakResidentBytes: max(insert.peakResidentBytes, fts.peakResidentBytes),
                databaseBytes: Self.databaseSize(sqliteUtilsDatabase), peakDiskBytes: utilsDisk.stop())
            try expectCount(of: sqliteUtilsDatabase, table: "entries", tool: "the sqlite-utils import")
            progress.report(.importing, done: 3, total: tools)
        }
        progress.finish()
        return figures
    }

    private func expectCount(of database: String, table: String, tool: String) throws {
        let run = try ChildProcess.runChecked(
            paths.sqlite3, [database, "SELECT count(*) FROM \(table)"], output: .capture, what: "counting")
        let count =
            Int(String(decoding: run.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        guard count == corpus.entries else {
            throw BenchmarkError(
                "\(tool) stored \(count) entries, not \(corpus.entries): the figures would not compare like with like.")
        }
    }

    // MARK: - Search in-process

    /// The library's search against the raw FTS5 query on the plain schema, both in this process,
    /// query by query in turn so that both see the same state of the machine.
    private func inProcessSearch(into result: inout SizeResult) throws {
        let queries = BenchmarkQuery.fixedSet
        log("search in-process: library and raw FTS5, \(queries.count) queries × \(repetitions.inProcess)")
        let knowledgeBase = try KnowledgeBase(path: kennisbankDatabase)
        var configuration = Configuration()
        configuration.readonly = true
        let raw = try DatabaseQueue(path: sqliteDatabase, configuration: configuration)
        var libraryTimes: [[Double]] = Array(repeating: [], count: queries.count)
        var rawTimes: [[Double]] = Array(repeating: [], count: queries.count)
        var libraryHits = Array(repeating: 0, count: queries.count)
        var rawHits = Array(repeating: 0, count: queries.count)
        let requests = try queries.map { try $0.request(limit: limit, in: knowledgeBase) }
        // A warm-up round: pages into the cache, the tokenizer and statements set up.
        for (index, query) in queries.enumerated() {
            libraryHits[index] = try knowledgeBase.search(requests[index]).hits.count
            rawHits[index] = try raw.read { db in try rawSearch(query, db).count }
        }
        let searches = repetitions.inProcess * queries.count
        for round in 0..<repetitions.inProcess {
            for (index, query) in queries.enumerated() {
                var start = monotonicSeconds()
                _ = try knowledgeBase.search(requests[index])
                libraryTimes[index].append(monotonicSeconds() - start)
                start = monotonicSeconds()
                _ = try raw.read { db in try rawSearch(query, db) }
                rawTimes[index].append(monotonicSeconds() - start)
                // After both timed sections: a count and a clock read; drawn at most ten times a second.
                progress.report(.searching, done: round * queries.count + index + 1, total: searches)
            }
        }
        progress.finish()
        result.searchBreakdown = try searchBreakdown(queries, knowledgeBase: knowledgeBase, raw: raw)
        result.librarySearch = Percentiles(seconds: libraryTimes.flatMap { $0 })
        result.rawSearch = Percentiles(seconds: rawTimes.flatMap { $0 })
        result.queryChecks = queries.indices.map { index in
            QueryCheck(
                query: queries[index], libraryHits: libraryHits[index], rawHits: rawHits[index],
                libraryMedian: (median(libraryTimes[index]) ?? 0) * 1000,
                rawMedian: (median(rawTimes[index]) ?? 0) * 1000)
        }
    }

    /// Where the library's time goes: the raw query shape with and without `snippet()` on both
    /// indexes (Kennisbank's read with the `dutch` tokenizer registered), against the library call.
    /// The match expression is the library's own analysis of the query.
    ///
    /// The five variants run one after the other for each query, round after round; each figure is
    /// the mean over the queries of each query's best time (noise only adds time), so the steps add up.
    private func searchBreakdown(_ queries: [BenchmarkQuery], knowledgeBase: KnowledgeBase, raw: DatabaseQueue) throws
        -> SearchBreakdown
    {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
        let ours = try DatabaseQueue(path: kennisbankDatabase, configuration: configuration)
        let empty = Array(repeating: [Double](), count: queries.count)
        var times = (rawRank: empty, oursRank: empty, rawFull: empty, oursFull: empty, library: empty)
        let rounds = max(3, repetitions.inProcess / 2)
        let requests = try queries.map { try $0.request(limit: limit, in: knowledgeBase) }
        for round in 0...rounds {
            for (index, query) in queries.enumerated() {
                progress.report(.searching, done: round * queries.count + index, total: (rounds + 1) * queries.count)
                let expression = SearchQuery(query.text).matchExpression(using: .standard)?.combined ?? query.fts
                let oursArguments = StatementArguments([expression] + query.kennisbankConditions().map(\.value))
                let rawArguments = StatementArguments([query.fts] + query.plainConditions(alias: "e").map(\.value))
                func timed(_ db: DatabaseQueue, _ sql: String, _ arguments: StatementArguments) throws -> Double {
                    let start = monotonicSeconds()
                    _ = try db.read { try Row.fetchAll($0, sql: sql, arguments: arguments) }
                    return monotonicSeconds() - start
                }
                let measured = (
                    try timed(raw, PlainSchema.searchSQLWithoutSnippet(query, limit: limit), rawArguments),
                    try timed(
                        ours, PlainSchema.kennisbankSearchSQL(query, limit: limit, snippet: false), oursArguments),
                    try timed(raw, PlainSchema.searchSQL(query, limit: limit), rawArguments),
                    try timed(ours, PlainSchema.kennisbankSearchSQL(query, limit: limit, snippet: true), oursArguments)
                )
                let start = monotonicSeconds()
                _ = try knowledgeBase.search(requests[index])
                let library = monotonicSeconds() - start
                guard round > 0 else { continue }  // the first round warms up
                times.rawRank[index].append(measured.0)
                times.oursRank[index].append(measured.1)
                times.rawFull[index].append(measured.2)
                times.oursFull[index].append(measured.3)
                times.library[index].append(library)
            }
        }
        progress.report(.searching, done: (rounds + 1) * queries.count, total: (rounds + 1) * queries.count)
        progress.finish()
        /// The mean over the queries of each query's best time, in ms.
        func meanOfBest(_ perQuery: [[Double]]) -> Double {
            let best = perQuery.compactMap { $0.min() }
            return best.isEmpty ? 0 : best.reduce(0, +) / Double(best.count) * 1000
        }
        return SearchBreakdown(
            rawRank: meanOfBest(times.rawRank), oursRank: meanOfBest(times.oursRank),
            rawFull: meanOfBest(times.rawFull),
            oursFull: meanOfBest(times.oursFull), library: meanOfBest(times.library))
    }

    /// The raw FTS5 query, prepared and run through GRDB as any SQLite client would, rows fetched.
    private func rawSearch(_ query: BenchmarkQuery, _ db: Database) throws -> [Row] {
        let arguments = StatementArguments([query.fts] + query.plainConditions(alias: "e").map(\.value))
        return try Row.fetchAll(db, sql: PlainSchema.searchSQL(query, limit: limit), arguments: arguments)
    }

    // MARK: - Files

    static func removeDatabase(_ path: String) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// The database's bytes on disk, with any write-ahead log left beside it.
    static func databaseSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}
