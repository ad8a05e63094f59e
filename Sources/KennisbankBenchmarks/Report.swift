import Foundation

/// One target of the issue, judged on one run.
struct TargetVerdict {
    enum Verdict: String {
        case met = "met"
        case missed = "**missed**"
        case notMeasured = "not measured"
    }

    var target: String
    var measured: String
    var verdict: Verdict
    /// The corpus size it belongs to, if any.
    var size: Int?
}

/// Everything one run measured.
struct BenchmarkRun {
    var machine: MachineInfo
    var seed: UInt64
    var sizes: [SizeResult]
    var stemmers: [StemmerResult]
    var network: NetworkResult?
    var isSmoke: Bool
    var totalSeconds: Double
    var notes: [String]
    /// The searches on hostile entries.
    var hostile: HostileEntryResult? = nil
}

/// Turns a run into the Markdown of BENCHMARKS.md (also printed).
struct Report {
    let run: BenchmarkRun
    /// Hand-written analysis (profiles of missed targets, changes made), placed after the figures.
    let analysis: String?

    // MARK: - Targets

    func verdicts() -> [TargetVerdict] {
        var verdicts: [TargetVerdict] = []
        for size in run.sizes {
            verdicts += sizeVerdicts(size)
        }
        if let network = run.network {
            let fast = network.libraryCompare < 1000 && network.processCompare < 1000
            verdicts.append(
                TargetVerdict(
                    target:
                        "compare \(network.municipalities) municipalities × \(Formatting.count(network.obstacles)) obstacles: under 1 s",
                    measured:
                        "library \(Formatting.ms(network.libraryCompare)) ms, `kb compare` process \(Formatting.ms(network.processCompare)) ms",
                    verdict: network.obstacles >= 100_000 ? (fast ? .met : .missed) : .notMeasured))
        }
        let peaks = run.sizes.compactMap { size in
            size.imports[.kennisbank].map { (entries: size.corpus.entries, bytes: $0.peakResidentBytes) }
        }
        let peakText = peaks.map { "\(Formatting.count($0.entries)): \(Formatting.megabytes($0.bytes)) MB" }.joined(
            separator: ", ")
        if let million = peaks.first(where: { $0.entries >= 1_000_000 }) {
            let smallest = peaks.map(\.bytes).min() ?? million.bytes
            let flat = Double(million.bytes) <= 1.5 * Double(smallest)
            verdicts.append(
                TargetVerdict(
                    target: "import 1,000,000: peak memory under 150 MB, flat in corpus size",
                    measured: "peak memory of `kb import` by size — \(peakText)",
                    verdict: million.bytes < 150 * 1_048_576 && flat ? .met : .missed))
        } else {
            verdicts.append(
                TargetVerdict(
                    target: "import 1,000,000: peak memory under 150 MB, flat in corpus size",
                    measured: "1M not in this run (`--million`); peak memory of `kb import` by size — \(peakText)",
                    verdict: .notMeasured))
        }
        if let hostile = run.hostile, let slowest = hostile.searches.max(by: { $0.slowest < $1.slowest }) {
            verdicts.append(
                TargetVerdict(
                    target: "one hostile entry (a 990 kB body of one word, 100,000 topics): every search within 2 s",
                    measured: "slowest \(Formatting.ms(slowest.slowest)) ms (`\(slowest.query)`, \(slowest.entry))",
                    verdict: hostile.slowest < 2000 ? .met : .missed))
        }
        for stemmer in run.stemmers {
            let target = "stemmer \(stemmer.algorithm): at least half as fast as PyStemmer (Snowball's C)"
            if let theirs = stemmer.pyStemmerWordsPerSecond {
                verdicts.append(
                    TargetVerdict(
                        target: target,
                        measured:
                            "\(Formatting.rate(stemmer.swiftWordsPerSecond)) vs \(Formatting.rate(theirs)) words/s = \(Formatting.ratio(stemmer.swiftWordsPerSecond, theirs))",
                        verdict: stemmer.swiftWordsPerSecond >= 0.5 * theirs ? .met : .missed))
            } else {
                verdicts.append(
                    TargetVerdict(target: target, measured: "PyStemmer not installed", verdict: .notMeasured))
            }
        }
        return verdicts
    }

    private func sizeVerdicts(_ size: SizeResult) -> [TargetVerdict] {
        let label = Formatting.count(size.corpus.entries)
        let entries = size.corpus.entries
        var verdicts: [TargetVerdict] = []
        let ours = size.imports[.kennisbank]?.seconds
        if let ours, let shell = size.imports[.sqlite3]?.seconds {
            verdicts.append(
                TargetVerdict(
                    target: "import \(label): at most 1.5× the sqlite3 shell",
                    measured:
                        "\(Formatting.seconds(ours)) s vs \(Formatting.seconds(shell)) s = \(Formatting.ratio(ours, shell))",
                    verdict: ours <= 1.5 * shell ? .met : .missed, size: entries))
        }
        if let ours, let utils = size.imports[.sqliteUtils]?.seconds {
            verdicts.append(
                TargetVerdict(
                    target: "import \(label): faster than sqlite-utils",
                    measured:
                        "\(Formatting.seconds(ours)) s vs \(Formatting.seconds(utils)) s = \(Formatting.ratio(ours, utils))",
                    verdict: ours < utils ? .met : .missed, size: entries))
        } else {
            verdicts.append(
                TargetVerdict(
                    target: "import \(label): faster than sqlite-utils", measured: "sqlite-utils not installed",
                    verdict: .notMeasured, size: entries))
        }
        if let library = size.librarySearch, let raw = size.rawSearch {
            verdicts.append(
                TargetVerdict(
                    target: "search \(label), library p50: at most 1.3× the raw FTS5 query",
                    measured:
                        "\(Formatting.ms(library.p50)) ms vs \(Formatting.ms(raw.p50)) ms = \(Formatting.ratio(library.p50, raw.p50))",
                    verdict: library.p50 <= 1.3 * raw.p50 ? .met : .missed, size: entries))
        }
        if let kb = size.processSearch[.kennisbank], let shell = size.processSearch[.sqlite3] {
            verdicts.append(
                TargetVerdict(
                    target: "search \(label), `kb` process p50: at most 2× the sqlite3 shell",
                    measured:
                        "\(Formatting.ms(kb.p50)) ms vs \(Formatting.ms(shell.p50)) ms = \(Formatting.ratio(kb.p50, shell.p50))",
                    verdict: kb.p50 <= 2 * shell.p50 ? .met : .missed, size: entries))
        }
        return verdicts
    }

    /// The verdicts of one size as plain lines, printed as soon as the size is measured.
    func verdictLines(for size: SizeResult) -> String {
        sizeVerdicts(size)
            .map {
                "\($0.verdict == .met ? "met   " : $0.verdict == .missed ? "MISSED" : "n/a   ") \($0.target): \($0.measured)"
            }
            .joined(separator: "\n")
    }

    // MARK: - Markdown

    func markdown() -> String {
        let machine = run.machine
        var out: [String] = []
        out.append("# Benchmarks")
        out.append("")
        out.append(
            """
            Kennisbank side by side with the tools a user would otherwise pick — the `sqlite3` shell with a \
            plain schema, and sqlite-utils — on the same generated corpus, in the same run. Written by \
            `kb-bench`\(run.isSmoke ? " in a smoke run (1,000 entries: the figures mean little)" : ""); \
            README, “Benchmarks”, gives the command.
            """)
        out.append("")
        out.append(
            "Run of \(machine.date), corpus seed \(run.seed), \(Formatting.seconds(run.totalSeconds / 60)) minutes in all."
        )
        out.append("")
        out.append("## Machine and versions")
        out.append("")
        out.append(
            Formatting.table(
                ["", ""],
                [
                    ["processor", "\(machine.processor), \(machine.cores) cores"],
                    ["memory", machine.memory],
                    ["system", "\(machine.system), Linux \(machine.kernel)"],
                    ["Swift", machine.swift],
                    ["Kennisbank", "commit \(machine.commit); \(machine.build) build"],
                    ["SQLite library (GRDB, `kb`)", machine.sqliteLibrary],
                    ["`sqlite3` shell", machine.sqliteShell],
                    ["Python", machine.python],
                    ["sqlite-utils", machine.sqliteUtils],
                    ["PyStemmer", machine.pyStemmer],
                    ["load average (1, 5, 15 min) at start / end", "\(machine.loadAtStart) / \(machine.loadAtEnd)"],
                ]))
        let busiest =
            [machine.loadAtStart, machine.loadAtEnd].compactMap {
                $0.split(separator: " ").first.flatMap { Double($0) }
            }.max() ?? 0
        if busiest > 1 {
            out.append("")
            out.append(
                """
                The load average shows other work on this \(machine.cores)-core machine during the run: wall times \
                carry that noise, ratios less (each pair is measured in the same minutes, queries interleaved), CPU \
                times least.
                """)
        }
        out.append("")
        out.append("## Targets")
        out.append("")
        out.append(
            Formatting.table(
                ["target", "measured in this run", "verdict"],
                verdicts().map { [$0.target, $0.measured, $0.verdict.rawValue] }))
        for size in run.sizes {
            out.append("")
            out += sizeSection(size)
        }
        if let network = run.network {
            out.append("")
            out += networkSection(network)
        }
        if let hostile = run.hostile {
            out.append("")
            out += Self.hostileSection(hostile)
        }
        if !run.stemmers.isEmpty {
            out.append("")
            out += stemmerSection()
        }
        out.append("")
        out += methodSection()
        if !run.notes.isEmpty {
            out.append("")
            out.append("## Notes of this run")
            out.append("")
            out += run.notes.map { "- \($0)" }
        }
        if let analysis, !analysis.isEmpty {
            out.append("")
            out.append(analysis.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        out.append("")
        out += closingNote()
        return out.joined(separator: "\n") + "\n"
    }

    private func sizeSection(_ size: SizeResult) -> [String] {
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
    static func hostileSection(_ hostile: HostileEntryResult) -> [String] {
        [
            "## Hostile entries",
            "",
            """
            `KnowledgeBase.search` (20 hits) on a knowledge base of three entries made to slow a search down: \
            a 990 kB body of one repeated word and one that ends in its match (FTS5's `snippet()` on the index \
            took 65 s for the first: its work grows with the square of a column's matches; snippets now come \
            from a 4 KiB window of each column), and an entry with 100,000 topics as an older file may hold \
            (68 s; an entry now takes at most 50).
            """,
            "",
            Formatting.table(
                ["entry", "query", "hits", "median ms", "slowest ms"],
                hostile.searches.map {
                    [
                        $0.entry, $0.query.isEmpty ? "(listing)" : "`\($0.query)`", String($0.hits),
                        Formatting.ms($0.median), Formatting.ms($0.slowest),
                    ]
                },
                alignRight: [2, 3, 4]),
        ]
    }

    private func networkSection(_ network: NetworkResult) -> [String] {
        [
            "## Compare: \(network.municipalities) municipalities, \(Formatting.count(network.obstacles)) obstacles",
            "",
            """
            A network of \(Formatting.count(network.corpus.obstacles)) obstacles and \
            \(Formatting.count(network.corpus.entries - network.corpus.obstacles)) tips and examples with shorter bodies, \
            imported with `kb import` in \(Formatting.seconds(network.importFigures.seconds)) s \
            (\(Formatting.rate(network.importFigures.entriesPerSecond)) entries/s, peak memory \
            \(Formatting.megabytes(network.importFigures.peakResidentBytes)) MB, database \
            \(Formatting.megabytes(network.importFigures.databaseBytes)) MB). The matrix: \(network.municipalities) \
            municipalities × \(network.compareRows) topic rows.
            """,
            "",
            Formatting.table(
                ["measurement", "median, ms", "runs, ms"],
                [
                    [
                        "`KnowledgeBase.compare()` in-process, all municipalities",
                        Formatting.ms(network.libraryCompare),
                        network.libraryCompareRuns.map { Formatting.ms($0) }.joined(separator: ", "),
                    ],
                    [
                        "`kb compare --format json` as a process (peak memory \(Formatting.megabytes(network.processComparePeakBytes)) MB)",
                        Formatting.ms(network.processCompare), "–",
                    ],
                ], alignRight: [1]),
        ]
    }

    private func stemmerSection() -> [String] {
        [
            "## Stemmers",
            "",
            """
            Snowball's Dutch vocabulary (`snowball-dutch/dutch/voc.txt`), every word stemmed once per run, best of \
            the runs. PyStemmer with its cache off (every call stems), `stemWords` on the whole list.
            """,
            "",
            Formatting.table(
                ["algorithm", "words", "Swift, words/s", "PyStemmer (C), words/s", "Swift / PyStemmer", "same stem"],
                run.stemmers.map { stemmer in
                    [
                        stemmer.algorithm, Formatting.count(stemmer.words),
                        Formatting.rate(stemmer.swiftWordsPerSecond),
                        Formatting.rate(stemmer.pyStemmerWordsPerSecond),
                        Formatting.ratio(stemmer.swiftWordsPerSecond, stemmer.pyStemmerWordsPerSecond),
                        stemmer.agreeing.map { "\(Formatting.count($0)) of \(Formatting.count(stemmer.words))" } ?? "–",
                    ]
                }, alignRight: [1, 2, 3, 4]),
        ]
    }

    private func methodSection() -> [String] {
        [
            "## How it is measured",
            "",
            """
            - **Corpus**: generated from the seed. Bodies of 300–3,500 characters (log-uniform) in paragraphs of \
            sentences from the shared law-article corpus (`../shared/data/corpus/nl-wetsartikelen-gemeenten.jsonl`); \
            the 342 CBS municipalities (`Data/gemeenten-2024.csv`, Bron: CBS), 40 topics and 48 title subjects, each \
            with a Zipf-like spread; 40 % obstacles, 35 % practice examples, 25 % tips (a quarter of them for the whole \
            network); dates, sources, and links from tips and examples to obstacles. Every entry has a UUID, so all \
            three tools store the same rows. Cached in `benchmark-work/` by size and seed.
            - **Import**: into a new database each time. Kennisbank: `kb import corpus.jsonl` (validation, \
            municipality lookup, topics, links, the Dutch analyzer filling the FTS5 index, one transaction). \
            sqlite3: the shell reads the file with `.import` into a temporary table and runs one `INSERT … SELECT` \
            with `->>` into a plain table whose trigger fills an external-content FTS5 index (`unicode61 \
            remove_diacritics 2`), with WAL and `synchronous = FULL` like Kennisbank. sqlite-utils: `insert --nl`, \
            then `enable-fts --fts5 --create-triggers` with the same tokenizer; the two times added. Wall time \
            from the monotonic clock around each process; peak resident memory and CPU time from GNU `time`.
            - **Search**: the 30 fixed queries above, the first 10 hits. In-process: `KnowledgeBase.search` (parsing, \
            Dutch analysis, BM25 with column weights, snippet, the entries with their topics and links) against the \
            raw FTS5 query on the sqlite3 baseline's database through GRDB (`MATCH`, `bm25()` with the same weights \
            through FTS5's `rank`, `snippet()`, the whole row); a warm-up round, then the queries in turn, each engine \
            after the other. As processes: `kb search --format json` against `sqlite3 -json` with the same SQL, and \
            `sqlite-utils search` (`sqlite-utils query` with the filters, which its search lacks). Percentiles over \
            all queries × repetitions.
            - **Compare**: `KnowledgeBase.compare()` and `kb compare --format json` over every municipality; the \
            baselines run the equivalent `GROUP BY` of obstacles per municipality and topic (`json_each` over the \
            topics array).
            - **Start-up**: each tool's `--version`, as a process.
            - **Ratios** are ours / theirs: below 1 means Kennisbank is faster or smaller, except where a row says otherwise.
            """,
        ]
    }

    private func closingNote() -> [String] {
        let verdicts = verdicts()
        let met = verdicts.filter { $0.verdict == .met }.count
        let missed = verdicts.filter { $0.verdict == .missed }.count
        let unmeasured = verdicts.filter { $0.verdict == .notMeasured }.count
        var out = ["## Closing note", ""]
        out.append(
            "In this run \(met) of \(verdicts.count) targets were met\(missed == 0 ? "" : ", \(missed) missed")\(unmeasured == 0 ? "" : ", \(unmeasured) not measured"):"
        )
        out.append("")
        for verdict in verdicts {
            let word = verdict.verdict == .met ? "Met" : verdict.verdict == .missed ? "Missed" : "Not measured"
            out.append("- \(word): \(verdict.target) — \(verdict.measured).")
        }
        return out
    }
}
