import Foundation

extension Report {
    /// The issue's web targets: 5× Datasette's requests per second, p99 under 200 ms for the
    /// rare-word mix, no error under 64 connections while a writer imports.
    func webVerdicts(_ web: WebResult) -> [TargetVerdict] {
        let label = Formatting.count(web.entries)
        let full = web.entries >= 100_000
        var verdicts: [TargetVerdict] = []
        for mix in [WebLoad.Mix.rare, .common] {
            for json in [true, false] {
                guard let ours = web.load(.kennisbank, json: json, mix) else { continue }
                let target =
                    "web \(label), \(ours.endpoint)…, \(mix.rawValue), \(WebBenchmark.connections) connections: at least 5× Datasette's requests/s"
                guard let theirs = web.load(.datasette, json: json, mix) else {
                    verdicts.append(
                        TargetVerdict(target: target, measured: "Datasette not installed", verdict: .notMeasured))
                    continue
                }
                let ratio =
                    theirs.figures.requestsPerSecond > 0
                    ? ours.figures.requestsPerSecond / theirs.figures.requestsPerSecond : .infinity
                verdicts.append(
                    TargetVerdict(
                        target: target,
                        measured:
                            "\(Formatting.rate(ours.figures.requestsPerSecond)) vs \(Formatting.rate(theirs.figures.requestsPerSecond)) requests/s (\(theirs.endpoint)…) = \(Formatting.ratio(ours.figures.requestsPerSecond, theirs.figures.requestsPerSecond))",
                        verdict: full ? (ratio >= 5 && ours.figures.errors == 0 ? .met : .missed) : .notMeasured))
            }
        }
        for json in [true, false] {
            guard let ours = web.load(.kennisbank, json: json, .rare) else { continue }
            verdicts.append(
                TargetVerdict(
                    target:
                        "web \(label), \(ours.endpoint)…, rare words, \(WebBenchmark.connections) connections: p99 under 200 ms",
                    measured: "p99 \(Formatting.ms(ours.figures.p99)) ms (p50 \(Formatting.ms(ours.figures.p50)) ms)",
                    verdict: full ? (ours.figures.p99 < 200 ? .met : .missed) : .notMeasured))
        }
        if let loaded = web.load(.kennisbank, json: true, .both, writer: true) {
            verdicts.append(
                TargetVerdict(
                    target:
                        "web \(label): no error under \(WebBenchmark.writerConnections) connections while `kb import` writes",
                    measured:
                        "\(Formatting.count(loaded.figures.requests)) requests, \(loaded.figures.non2xx) non-2xx, \(loaded.figures.socketErrors) socket errors; \(Formatting.count(web.writerEntries ?? 0)) entries imported in \(Formatting.seconds(web.writerSeconds)) s",
                    verdict: full ? (loaded.figures.errors == 0 ? .met : .missed) : .notMeasured))
        }
        return verdicts
    }

    /// The web section: every load side by side, and the ratio to Datasette.
    func webSection(_ web: WebResult) -> [String] {
        var rows: [[String]] = []
        for load in web.loads {
            let theirs =
                load.server == .kennisbank && !load.withWriter ? web.load(.datasette, json: load.isJSON, load.mix) : nil
            rows.append([
                load.server.rawValue, "`\(load.endpoint)…`", load.mix.rawValue,
                "\(load.connections)\(load.withWriter ? " + `kb import`" : "")",
                Formatting.count(load.figures.requests), Formatting.rate(load.figures.requestsPerSecond),
                Formatting.ms(load.figures.p50), Formatting.ms(load.figures.p99),
                "\(load.figures.non2xx) / \(load.figures.socketErrors)",
                theirs.map { Formatting.ratio(load.figures.requestsPerSecond, $0.figures.requestsPerSecond) } ?? "–",
            ])
        }
        let writer =
            web.writerEntries.map { entries in
                """
                 The last load ran while `kb import` wrote \(Formatting.count(entries)) entries into the same file \
                (\(Formatting.seconds(web.writerSeconds)) s, started \(Formatting.seconds(WebBenchmark.writerStart(seconds: web.seconds))) s \
                into the load).
                """
            } ?? ""
        return [
            "## Web: \(Formatting.count(web.entries)) entries",
            "",
            """
            `kb-server --public-read` on the Kennisbank database and Datasette \(web.datasetteVersion ?? "(not installed)") \
            on the plain FTS5 database of the `sqlite3` baseline (its index named in metadata, \
            `sql_time_limit_ms` raised to 10 s so that slow searches answer rather than fail), both on 127.0.0.1 \
            on this machine, loaded in turn by \(web.wrkVersion) \
            (2 threads, \(web.seconds) s per load) with a Lua script that sends each mix's queries in turn, \
            \(WebBenchmark.limit) hits per answer. Rare words: \
            \(WebBenchmark.queries(.rare).map { "`\($0)`" }.joined(separator: ", ")). Common words: \
            \(WebBenchmark.queries(.common).map { "`\($0)`" }.joined(separator: ", ")).\(writer)
            """,
            "",
            Formatting.table(
                [
                    "server", "endpoint", "queries", "connections", "requests", "requests/s", "p50 ms", "p99 ms",
                    "non-2xx / socket errors", "requests/s: ours / Datasette",
                ], rows, alignRight: [4, 5, 6, 7, 9]),
        ]
    }
}

extension WebBenchmark {
    /// How far into the load with a writer the writer starts, s.
    static func writerStart(seconds: Int) -> Double {
        min(2, Double(seconds) / 5)
    }
}
