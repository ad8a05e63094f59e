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
    /// `kb-server` and Datasette under load.
    var web: WebResult? = nil
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
            verdicts.append(
                TargetVerdict(
                    target: "import 1,000,000: peak memory under 100 MB",
                    measured: "peak memory of `kb import` by size — \(peakText)",
                    verdict: million.bytes < 100 * 1_048_576 ? .met : .missed))
        } else {
            verdicts.append(
                TargetVerdict(
                    target: "import 1,000,000: peak memory under 100 MB",
                    measured: "1M not in this run (`--million`); peak memory of `kb import` by size — \(peakText)",
                    verdict: .notMeasured))
        }
        if let web = run.web {
            verdicts += webVerdicts(web)
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
                    target: "search \(label), library p50: at most 1.1× the raw FTS5 query",
                    measured:
                        "\(Formatting.ms(library.p50)) ms vs \(Formatting.ms(raw.p50)) ms = \(Formatting.ratio(library.p50, raw.p50))",
                    verdict: library.p50 <= 1.1 * raw.p50 ? .met : .missed, size: entries))
        }
        if let kb = size.processSearch[.kennisbank], let shell = size.processSearch[.sqlite3] {
            verdicts.append(
                TargetVerdict(
                    target: "search \(label), `kb` process p50: at most 1.5× the sqlite3 shell",
                    measured:
                        "\(Formatting.ms(kb.p50)) ms vs \(Formatting.ms(shell.p50)) ms = \(Formatting.ratio(kb.p50, shell.p50))",
                    verdict: kb.p50 <= 1.5 * shell.p50 ? .met : .missed, size: entries))
        }
        if let kb = size.startup[.kennisbank], let shell = size.startup[.sqlite3] {
            verdicts.append(
                TargetVerdict(
                    target: "start-up \(label): `kb --version` at most 2× `sqlite3 -version`",
                    measured:
                        "\(Formatting.ms(kb)) ms vs \(Formatting.ms(shell)) ms = \(Formatting.ratio(kb, shell))",
                    verdict: kb <= 2 * shell ? .met : .missed, size: entries))
        }
        if let figures = size.imports[.kennisbank], figures.peakDiskBytes > 0 {
            let perByte = Double(figures.addedDiskPeakBytes) / Double(max(size.corpus.bytes, 1))
            verdicts.append(
                TargetVerdict(
                    target:
                        "import \(label): peak disk (file + log) within the 8 bytes per byte of input that `kb import` asks free",
                    measured:
                        "\(Formatting.megabytes(figures.addedDiskPeakBytes)) MB added at the peak (file + log; \(Formatting.megabytes(figures.peakDiskBytes)) MB with the new file's schema and municipalities) for \(Formatting.megabytes(size.corpus.bytes)) MB of input = \(String(format: "%.2f", perByte)) per byte",
                    verdict: perByte <= Double(8) ? .met : .missed, size: entries))
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

}
