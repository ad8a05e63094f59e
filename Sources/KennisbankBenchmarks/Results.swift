/// The tools measured side by side.
enum Tool: String, CaseIterable {
    /// Kennisbank: `kb` or the library.
    case kennisbank = "Kennisbank"
    /// The `sqlite3` shell with the plain schema (in-process: the raw FTS5 query on its database).
    case sqlite3 = "sqlite3"
    /// sqlite-utils from PyPI.
    case sqliteUtils = "sqlite-utils"
}

/// One import: time, speed, memory and the database it made.
struct ImportFigures {
    /// Wall time.
    var seconds: Double
    /// User plus system CPU time.
    var cpuSeconds: Double
    var entries: Int
    var peakResidentBytes: Int
    var databaseBytes: Int
    /// The most the database and its log files held on disk together while the import ran.
    var peakDiskBytes: Int = 0
    /// What a new database of the tool holds before its import starts (kb: the schema and the
    /// municipalities), so that ``addedDiskPeakBytes`` counts the import alone.
    var startingDiskBytes: Int = 0

    /// The disk the import itself took at its peak: what ``peakDiskBytes`` holds beyond the start.
    var addedDiskPeakBytes: Int { max(peakDiskBytes - startingDiskBytes, 0) }

    var entriesPerSecond: Double { seconds > 0 ? Double(entries) / seconds : 0 }
}

/// One query's hits in the first page and median latency, per engine.
struct QueryCheck {
    var query: BenchmarkQuery
    var libraryHits: Int
    var rawHits: Int
    /// The library's median latency for this query, ms.
    var libraryMedian: Double
    /// The raw FTS5 query's median latency, ms.
    var rawMedian: Double
}

/// Where the library's search time goes, as means per query in ms (means add up): the same
/// FTS5 `rank` query without and with `snippet()` on both indexes, and the whole library call.
struct SearchBreakdown {
    /// Match, BM25 through `rank`, the row: on the plain `unicode61` index, and on Kennisbank's.
    var rawRank: Double
    var oursRank: Double
    /// The same with `snippet()`.
    var rawFull: Double
    var oursFull: Double
    /// `KnowledgeBase.search` as a whole.
    var library: Double
}

/// Everything measured at one corpus size.
struct SizeResult {
    var corpus: CorpusSummary
    var imports: [Tool: ImportFigures] = [:]
    /// In-process search: the library, and the raw FTS5 query on the sqlite3 baseline's database.
    var librarySearch: Percentiles?
    var rawSearch: Percentiles?
    var queryChecks: [QueryCheck] = []
    var searchBreakdown: SearchBreakdown?
    /// Search as one process per query: wall time.
    var processSearch: [Tool: Percentiles] = [:]
    /// The comparison of all municipalities in-process (median ms) and its matrix.
    var libraryCompare: Double?
    var compareColumns = 0
    var compareRows = 0
    /// The comparison as a process, per tool (median ms), and `kb compare`'s peak memory.
    var processCompare: [Tool: Double] = [:]
    var processComparePeakBytes = 0
    /// Start-up: `--version` as a process (median ms).
    var startup: [Tool: Double] = [:]
    /// Wall time of the whole size, s.
    var seconds: Double = 0
}

/// The stemmer comparison on one word list.
struct StemmerResult {
    var algorithm: String
    var words: Int
    /// Words per second, best of the runs.
    var swiftWordsPerSecond: Double
    var pyStemmerWordsPerSecond: Double?
    /// How many words both stem alike.
    var agreeing: Int?
}

/// The compare measurement on the network of the 342 municipalities with many obstacles.
struct NetworkResult {
    var corpus: CorpusSummary
    var importFigures: ImportFigures
    var obstacles: Int
    var municipalities: Int
    /// Median and all runs of `KnowledgeBase.compare()`, ms.
    var libraryCompare: Double
    var libraryCompareRuns: [Double]
    /// Median of `kb compare` as a process, ms, and its peak memory.
    var processCompare: Double
    var processComparePeakBytes: Int
    var compareRows: Int
}
