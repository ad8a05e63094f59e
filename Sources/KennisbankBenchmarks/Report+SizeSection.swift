import Foundation

extension Report {
    func sizeSection(_ size: SizeResult) -> [String] {
        let corpus = size.corpus
        var out: [String] = []
        out.append("## \(Formatting.count(corpus.entries)) entries")
        out.append("")
        out.append(
            """
            Corpus: \(Formatting.count(corpus.obstacles)) obstacles, \(Formatting.count(corpus.examples)) practice examples and \
            \(Formatting.count(corpus.tips)) tips of \(corpus.municipalities) municipalities; bodies of \
            \(Formatting.count(corpus.averageBodyCharacters)) characters on average; \(Formatting.megabytes(corpus.bytes)) MB of \
            JSON Lines. Measured in \(Formatting.seconds(size.seconds)) s.
            """)
        out.append("")
        let kb = size.imports[.kennisbank]
        let shell = size.imports[.sqlite3]
        let utils = size.imports[.sqliteUtils]
        func importRow(
            _ name: String, _ value: (ImportFigures) -> Double, _ format: (Double?) -> String, inverse: Bool = false
        ) -> [String] {
            let ours = kb.map(value)
            let theirs = shell.map(value)
            let others = utils.map(value)
            return [
                name, format(ours), format(theirs), format(others),
                inverse ? Formatting.ratio(theirs, ours) : Formatting.ratio(ours, theirs),
                inverse ? Formatting.ratio(others, ours) : Formatting.ratio(ours, others),
            ]
        }
        let megabytes: (Double?) -> String = { $0.map { Formatting.megabytes(Int($0)) } ?? "–" }
        var rows: [[String]] = [
            importRow("import: time, s", { $0.seconds }, Formatting.seconds),
            importRow("import: CPU time (user + system), s", { $0.cpuSeconds }, Formatting.seconds),
            importRow(
                "import: entries per second (ratio: their rate / ours)", { $0.entriesPerSecond }, Formatting.rate,
                inverse: true),
            importRow("import: peak memory, MB", { Double($0.peakResidentBytes) }, megabytes),
            importRow("database size, MB", { Double($0.databaseBytes) }, megabytes),
            importRow("import: peak disk, file + log, MB", { Double($0.peakDiskBytes) }, megabytes),
            importRow(
                "import: peak disk added per byte of input (kb import asks for 8 free)",
                { Double($0.addedDiskPeakBytes) / Double(max(corpus.bytes, 1)) },
                { $0.map { String(format: "%.2f", $0) } ?? "–" }),
        ]
        rows.append([
            "search in-process, p50 / p95 / p99 ms (library; raw FTS5 query)",
            Formatting.percentiles(size.librarySearch), Formatting.percentiles(size.rawSearch), "–",
            Formatting.ratios(size.librarySearch, size.rawSearch), "–",
        ])
        rows.append([
            "search as a process, p50 / p95 / p99 ms",
            Formatting.percentiles(size.processSearch[.kennisbank]),
            Formatting.percentiles(size.processSearch[.sqlite3]),
            Formatting.percentiles(size.processSearch[.sqliteUtils]),
            Formatting.ratios(size.processSearch[.kennisbank], size.processSearch[.sqlite3]),
            Formatting.ratios(size.processSearch[.kennisbank], size.processSearch[.sqliteUtils]),
        ])
        rows.append([
            "compare all municipalities as a process, ms (median)",
            Formatting.ms(size.processCompare[.kennisbank]), Formatting.ms(size.processCompare[.sqlite3]),
            Formatting.ms(size.processCompare[.sqliteUtils]),
            Formatting.ratio(size.processCompare[.kennisbank], size.processCompare[.sqlite3]),
            Formatting.ratio(size.processCompare[.kennisbank], size.processCompare[.sqliteUtils]),
        ])
        rows.append([
            "compare all municipalities in-process (library), ms (median)", Formatting.ms(size.libraryCompare), "–",
            "–", "–", "–",
        ])
        rows.append([
            "start-up (`--version`), ms (median)",
            Formatting.ms(size.startup[.kennisbank]), Formatting.ms(size.startup[.sqlite3]),
            Formatting.ms(size.startup[.sqliteUtils]),
            Formatting.ratio(size.startup[.kennisbank], size.startup[.sqlite3]),
            Formatting.ratio(size.startup[.kennisbank], size.startup[.sqliteUtils]),
        ])
        out.append(
            Formatting.table(
                ["measurement", "Kennisbank", "sqlite3", "sqlite-utils", "ours / sqlite3", "ours / sqlite-utils"], rows,
                alignRight: [1, 2, 3, 4, 5]))
        out.append("")
        out.append(
            """
            `kb compare` made a matrix of \(size.compareColumns) municipalities × \(size.compareRows) topic rows, with a peak \
            memory of \(Formatting.megabytes(size.processComparePeakBytes)) MB.
            """)
        if let breakdown = size.searchBreakdown {
            out.append("")
            out.append(
                """
                Where the library's search time goes: for each step, the mean over the 30 queries of each query's \
                best time in ms over the rounds (noise only adds time; the steps add up). The same FTS5 `rank` query \
                on both indexes, first without, then with `snippet()`, and the library call, one after the other \
                for each query; the match expression on Kennisbank's index is the library's own analysis of the \
                query. A step smaller than the machine's noise can still come out slightly negative.
                """)
            out.append("")
            out.append(
                Formatting.table(
                    ["step", "Kennisbank index (`dutch`)", "plain index (`unicode61`)", "ours / plain"],
                    [
                        [
                            "match, BM25 `rank`, the row with its joins", Formatting.ms(breakdown.oursRank),
                            Formatting.ms(breakdown.rawRank),
                            Formatting.ratio(breakdown.oursRank, breakdown.rawRank),
                        ],
                        [
                            "`snippet()` (re-tokenizes the hits' columns)",
                            Formatting.ms(breakdown.oursFull - breakdown.oursRank),
                            Formatting.ms(breakdown.rawFull - breakdown.rawRank),
                            Formatting.ratio(
                                breakdown.oursFull - breakdown.oursRank, breakdown.rawFull - breakdown.rawRank),
                        ],
                        [
                            "the library around the SQL (query parsing and analysis, topics and links of the hits, `Entry` values)",
                            Formatting.ms(breakdown.library - breakdown.oursFull), "–", "–",
                        ],
                        [
                            "total", Formatting.ms(breakdown.library), Formatting.ms(breakdown.rawFull),
                            Formatting.ratio(breakdown.library, breakdown.rawFull),
                        ],
                    ], alignRight: [1, 2, 3]))
        }
        if !size.queryChecks.isEmpty {
            out.append("")
            out.append(
                "The 30 queries at \(Formatting.count(corpus.entries)) entries: hits in the first 10, and median in-process latency."
            )
            out.append("")
            out.append(
                Formatting.table(
                    [
                        "#", "kb query", "filters", "kind of query", "hits: ours / raw", "library, ms", "raw FTS5, ms",
                        "ratio",
                    ],
                    size.queryChecks.enumerated().map { index, check in
                        [
                            String(index + 1), "`\(check.query.text)`",
                            check.query.filterText.isEmpty ? "–" : check.query.filterText,
                            check.query.category, "\(check.libraryHits) / \(check.rawHits)",
                            Formatting.ms(check.libraryMedian),
                            Formatting.ms(check.rawMedian), Formatting.ratio(check.libraryMedian, check.rawMedian),
                        ]
                    }, alignRight: [0, 4, 5, 6, 7]))
        }
        return out
    }

    /// The searches on hostile entries, as a section.
}
