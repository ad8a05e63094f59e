import Foundation
import Kennisbank

/// `kb compare` over all 342 municipalities on a network with many obstacles (100,000 by
/// default), through the library and through the `kb` process.
struct NetworkBenchmark {
    let paths: BenchmarkPaths
    let corpus: CorpusSummary
    let repetitions: Int
    let log: (String) -> Void
    /// The bar of the compare runs, reported between them.
    var progress: BenchProgress?

    var database: String { "\(paths.work)/network-\(corpus.obstacles)/kennisbank.sqlite" }

    func run() throws -> NetworkResult {
        try FileManager.default.createDirectory(
            atPath: (database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        log(
            "compare network: kb import of \(Formatting.count(corpus.obstacles)) obstacles and \(Formatting.count(corpus.entries - corpus.obstacles)) tips and examples"
        )
        try SizeBenchmark.removeDatabase(database)
        // --allow-duplicate: the generated network holds near-duplicate obstacles (98 of 100,000)
        // that kb import would leave out; the comparison is of every obstacle, as the baselines'.
        let imported = try ChildProcess.runChecked(
            paths.kb, ["import", corpus.path, "--db", database, "--allow-duplicate"], measureMemory: true,
            what: "kb import (network)")
        let importFigures = ImportFigures(
            seconds: imported.seconds, cpuSeconds: imported.cpuSeconds, entries: corpus.entries,
            peakResidentBytes: imported.peakResidentBytes,
            databaseBytes: SizeBenchmark.databaseSize(database))

        log("compare network: library and kb compare × \(repetitions)")
        let knowledgeBase = try KnowledgeBase(path: database)
        var libraryTimes: [Double] = []
        var columns = 0
        var rows = 0
        var obstacles = 0
        let steps = (repetitions + 1) + 1 + repetitions
        for round in 0..<(repetitions + 1) {
            progress?.report(.comparing, done: round, total: steps)
            let start = monotonicSeconds()
            let comparison = try knowledgeBase.compare()
            libraryTimes.append(monotonicSeconds() - start)
            columns = comparison.municipalities.count
            rows = comparison.rows.count
            obstacles = comparison.municipalities.reduce(0) { $0 + $1.obstacles }
        }
        progress?.report(.comparing, done: repetitions + 1, total: steps)
        let arguments = ["compare", "--db", database, "--format", "json"]
        let peak = try ChildProcess.runChecked(paths.kb, arguments, measureMemory: true, what: "kb compare (network)")
            .peakResidentBytes
        var processTimes: [Double] = []
        for round in 0..<repetitions {
            progress?.report(.comparing, done: repetitions + 2 + round, total: steps)
            processTimes.append(try ChildProcess.runChecked(paths.kb, arguments, what: "kb compare (network)").seconds)
        }
        progress?.report(.comparing, done: steps, total: steps)
        progress?.finish()
        let measured = Array(libraryTimes.dropFirst())
        return NetworkResult(
            corpus: corpus, importFigures: importFigures, obstacles: obstacles, municipalities: columns,
            libraryCompare: (median(measured) ?? 0) * 1000, libraryCompareRuns: measured.map { $0 * 1000 },
            processCompare: (median(processTimes) ?? 0) * 1000, processComparePeakBytes: peak, compareRows: rows)
    }
}
