import Foundation

extension Report {
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
        if let web = run.web {
            out.append("")
            out += webSection(web)
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

    func networkSection(_ network: NetworkResult) -> [String] {
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

    func stemmerSection() -> [String] {
        [
            "## Stemmers",
            "",
            """
            Snowball's Dutch vocabulary (`Tests/KennisbankTextTests/Fixtures/snowball-dutch/dutch/voc.txt`), every word stemmed once per run, best of \
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

    func methodSection() -> [String] {
        [
            "## How it is measured",
            "",
            """
            - **Corpus**: generated from the seed. Bodies of 300–3,500 characters (log-uniform) in paragraphs of \
            sentences from a corpus of Dutch law articles (`Benchmarks/corpus/nl-wetsartikelen-gemeenten.jsonl`); \
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

    func closingNote() -> [String] {
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
