import Foundation
import GRDB
import Kennisbank

extension SizeBenchmark {
    // MARK: - Search as processes

    func processSearch(into result: inout SizeResult) throws {
        let queries = BenchmarkQuery.fixedSet
        log(
            "search as processes: kb and sqlite3, \(queries.count) queries × \(repetitions.process)\(python == nil ? "" : "; sqlite-utils × \(repetitions.python)")"
        )
        var times: [Tool: [Double]] = [:]
        let rounds = max(repetitions.process, repetitions.python)
        for round in 0..<rounds {
            for (index, query) in queries.enumerated() {
                if round < repetitions.process {
                    let kb = try ChildProcess.runChecked(
                        paths.kb, query.kbArguments(database: kennisbankDatabase, limit: limit),
                        what: "kb search \(query.text)")
                    times[.kennisbank, default: []].append(kb.seconds)
                    let shell = try ChildProcess.runChecked(
                        paths.sqlite3,
                        ["-json", sqliteDatabase, PlainSchema.searchSQLWithLiterals(query, limit: limit)],
                        what: "sqlite3 search \(query.fts)")
                    times[.sqlite3, default: []].append(shell.seconds)
                }
                if let python, round < repetitions.python {
                    let run = try ChildProcess.runChecked(
                        python.sqliteUtils, sqliteUtilsSearchArguments(query), what: "sqlite-utils search \(query.fts)")
                    times[.sqliteUtils, default: []].append(run.seconds)
                }
                // Between processes, each timed on its own: never inside a measurement.
                progress.report(.searching, done: round * queries.count + index + 1, total: rounds * queries.count)
            }
        }
        progress.finish()
        for (tool, seconds) in times {
            result.processSearch[tool] = Percentiles(seconds: seconds)
        }
    }

    /// `sqlite-utils search` for a query without filters; with filters, `sqlite-utils query` with
    /// the SQL its search runs plus the conditions (its search has no filter options).
    func sqliteUtilsSearchArguments(_ query: BenchmarkQuery) -> [String] {
        guard query.isFiltered else {
            return ["search", sqliteUtilsDatabase, "entries", query.fts, "--limit", String(limit)]
        }
        var sql = """
            select e.rowid, e.* from entries e join entries_fts on e.rowid = entries_fts.rowid
            where entries_fts match :q
            """
        var arguments: [String] = ["-p", "q", query.fts]
        for (index, condition) in query.plainConditions(alias: "e").enumerated() {
            sql += " and " + condition.sql.replacingOccurrences(of: "?", with: ":p\(index)")
            arguments += ["-p", "p\(index)", condition.value]
        }
        sql += " order by entries_fts.rank limit \(limit)"
        return ["query", sqliteUtilsDatabase, sql] + arguments
    }

    // MARK: - Compare

    func compare(into result: inout SizeResult) throws {
        log(
            "compare all municipalities: library, kb compare, sqlite3\(python == nil ? "" : ", sqlite-utils") × \(repetitions.compare)"
        )
        let knowledgeBase = try KnowledgeBase(path: kennisbankDatabase)
        var libraryTimes: [Double] = []
        let steps = (repetitions.compare + 1) + 1 + repetitions.compare
        for round in 0..<(repetitions.compare + 1) {
            let start = monotonicSeconds()
            let comparison = try knowledgeBase.compare()
            libraryTimes.append(monotonicSeconds() - start)
            result.compareColumns = comparison.municipalities.count
            result.compareRows = comparison.rows.count
            progress.report(.comparing, done: round + 1, total: steps)
        }
        result.libraryCompare = median(Array(libraryTimes.dropFirst())).map { $0 * 1000 }

        let compareArguments = ["compare", "--db", kennisbankDatabase, "--format", "json"]
        result.processComparePeakBytes = try ChildProcess.runChecked(
            paths.kb, compareArguments, measureMemory: true, what: "kb compare"
        ).peakResidentBytes
        progress.report(.comparing, done: repetitions.compare + 2, total: steps)
        var times: [Tool: [Double]] = [:]
        for round in 0..<repetitions.compare {
            progress.report(.comparing, done: repetitions.compare + 2 + round, total: steps)
            let kb = try ChildProcess.runChecked(paths.kb, compareArguments, what: "kb compare")
            times[.kennisbank, default: []].append(kb.seconds)
            let shell = try ChildProcess.runChecked(
                paths.sqlite3, ["-json", sqliteDatabase, PlainSchema.compareSQL(table: "entry")],
                what: "sqlite3 compare")
            times[.sqlite3, default: []].append(shell.seconds)
            if let python {
                let run = try ChildProcess.runChecked(
                    python.sqliteUtils, ["query", sqliteUtilsDatabase, PlainSchema.compareSQL(table: "entries")],
                    what: "sqlite-utils compare")
                times[.sqliteUtils, default: []].append(run.seconds)
            }
        }
        progress.report(.comparing, done: steps, total: steps)
        progress.finish()
        for (tool, seconds) in times {
            result.processCompare[tool] = median(seconds).map { $0 * 1000 }
        }
    }

    // MARK: - Start-up

    func startup(into result: inout SizeResult) throws {
        log("start-up: --version × \(repetitions.startup)")
        var times: [Tool: [Double]] = [:]
        for round in 0..<repetitions.startup {
            progress.report(.startingUp, done: round, total: repetitions.startup)
            times[.kennisbank, default: []].append(
                try ChildProcess.runChecked(paths.kb, ["--version"], what: "kb --version").seconds)
            times[.sqlite3, default: []].append(
                try ChildProcess.runChecked(paths.sqlite3, ["-version"], what: "sqlite3 -version").seconds)
            if let python {
                times[.sqliteUtils, default: []].append(
                    try ChildProcess.runChecked(python.sqliteUtils, ["--version"], what: "sqlite-utils --version")
                        .seconds)
            }
        }
        progress.report(.startingUp, done: repetitions.startup, total: repetitions.startup)
        progress.finish()
        for (tool, seconds) in times {
            result.startup[tool] = median(seconds).map { $0 * 1000 }
        }
    }
}
