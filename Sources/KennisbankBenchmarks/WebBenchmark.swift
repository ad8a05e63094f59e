import Foundation

/// One load of one server: which, where, which queries, how many connections, what wrk saw.
struct WebLoad {
    enum Server: String {
        case kennisbank = "kb-server"
        case datasette = "Datasette"
    }

    /// The mixes of queries: words with few hits, words with very many.
    enum Mix: String {
        case rare = "rare words"
        case common = "common words"
        /// Both lists in turn (the load with a writer).
        case both = "rare and common words"
    }

    var server: Server
    /// The endpoint, as the report shows it (`/api/v1/search?q=`, `/zoeken?q=`, …).
    var endpoint: String
    /// True for the JSON API, false for the HTML page.
    var isJSON: Bool
    var mix: Mix
    var connections: Int
    /// True when `kb import` wrote into the same file during the load.
    var withWriter: Bool
    var figures: WrkFigures
}

/// The web part of a run: `kb-server --public-read` and Datasette on the same corpus.
struct WebResult {
    var entries: Int
    var seconds: Int
    var loads: [WebLoad]
    /// The writer during the 64-connection load: entries imported, and how long it took.
    var writerEntries: Int?
    var writerSeconds: Double?
    var wrkVersion: String
    /// Datasette's version, or nil when it was left out.
    var datasetteVersion: String?

    /// No web part (for the verdicts of a run without one).
    static let empty = WebResult(entries: 0, seconds: 0, loads: [], wrkVersion: "")

    func load(_ server: WebLoad.Server, json: Bool, _ mix: WebLoad.Mix, writer: Bool = false) -> WebLoad? {
        loads.first { $0.server == server && $0.isJSON == json && $0.mix == mix && $0.withWriter == writer }
    }
}

/// Loads `kb-server` and Datasette with `wrk`: the same queries in a rare-word and a common-word
/// mix, on the API and the HTML page of each, at 16 connections; then `kb-server` at 64
/// connections while `kb import` writes into the same file.
struct WebBenchmark {
    let paths: BenchmarkPaths
    let python: PythonEnvironment?
    let wrk: WrkLoad
    /// The corpus whose Kennisbank and plain `sqlite3` databases are served.
    let corpus: CorpusSummary
    /// What the writer imports during the last load.
    let writerCorpus: CorpusSummary
    /// Seconds per load.
    let seconds: Int
    let log: (String) -> Void

    /// The corpus size the web targets are set at (at least 5× Datasette, p99 under 200 ms).
    static let targetEntries = 100_000

    /// Connections of the side-by-side loads, and of the load with a writer.
    static let connections = 16
    static let writerConnections = 64

    /// The queries of each mix, the same for both servers: single words and one several-word
    /// query, as a person types them (no operators, which the two read differently).
    static func queries(_ mix: WebLoad.Mix) -> [String] {
        switch mix {
        case .rare:
            [
                "geloofsbrief", "schadeloosstelling", "woningcorporatie", "Deventer", "zwembad", "kinderboerderij",
                "toegelaten instelling jaarverslag",
            ]
        case .common:
            [
                "gemeente", "raad", "vrijwilligers", "financiele", "college burgemeester wethouders",
                "wantrouwen bewoners gemeente", "buurthuis vrijwilligers",
            ]
        case .both: queries(.rare) + queries(.common)
        }
    }

    /// Hits per request: kb search's default, and Datasette's page size set to it.
    static let limit = 20

    private var folder: String { "\(paths.work)/web-\(corpus.entries)" }
    var kennisbankSource: String { "\(paths.work)/size-\(corpus.entries)/kennisbank.sqlite" }
    var plainDatabase: String { "\(paths.work)/size-\(corpus.entries)/sqlite3.sqlite" }

    func run() throws -> WebResult {
        try ensureDatabases()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // The writer imports into a copy: the size's database stays as measured.
        let database = "\(folder)/kennisbank.sqlite"
        for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        try FileManager.default.copyItem(atPath: kennisbankSource, toPath: database)
        if FileManager.default.fileExists(atPath: kennisbankSource + "-wal") {
            try FileManager.default.copyItem(atPath: kennisbankSource + "-wal", toPath: database + "-wal")
        }

        let serverExecutable = ((paths.kb as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("kb-server")
        guard FileManager.default.isExecutableFile(atPath: serverExecutable) else {
            throw BenchmarkError(
                "kb-server is missing beside kb (\(serverExecutable)): build it (swift build -c release).")
        }
        log("web: starting kb-server --public-read on \(Formatting.count(corpus.entries)) entries")
        let server = try ServerProcess(
            name: "kb-server", executable: serverExecutable,
            arguments: ["--db", database, "--host", "127.0.0.1", "--port", "0", "--public-read"],
            environment: ["KENNISBANK_LANG": "en"]
        ) { printed in
            printed.range(of: #"http://127\.0\.0\.1:([0-9]+)/"#, options: .regularExpression).flatMap {
                Int(printed[$0].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        defer { server.stop() }
        try check(server, path: kennisbankPath(json: true, query: Self.checkQuery), expecting: "\"hits\"")

        var datasette: ServerProcess?
        var datasetteVersion: String?
        if let python, let executable = python.prepareDatasette(log: log) {
            datasetteVersion = python.version(of: "datasette")
            log("web: starting Datasette \(datasetteVersion ?? "") on the plain FTS5 database")
            let metadata = "\(folder)/datasette-metadata.json"
            try Self.datasetteMetadata.write(toFile: metadata, atomically: true, encoding: .utf8)
            let port = try ServerProcess.freePort()
            datasette = try ServerProcess(
                name: "Datasette", executable: executable,
                arguments: [
                    "serve", plainDatabase, "--host", "127.0.0.1", "--port", String(port), "--metadata", metadata,
                    "--setting", "sql_time_limit_ms", "10000",
                ], fixedPort: port)
            if let datasette {
                try check(datasette, path: datasettePath(json: true, query: Self.checkQuery), expecting: "\"rows\"")
            }
        }
        defer { datasette?.stop() }

        var loads: [WebLoad] = []
        for mix in [WebLoad.Mix.rare, .common] {
            for json in [true, false] {
                // The two servers one after the other on the same queries, so both see the same minutes.
                loads.append(try load(server, json: json, mix: mix, connections: Self.connections))
                if let datasette {
                    loads.append(try load(datasette, json: json, mix: mix, connections: Self.connections))
                }
            }
        }

        // 64 connections on the API, both mixes in turn, while kb import writes into the same file.
        log(
            "web: \(Self.writerConnections) connections on kb-server while kb import writes \(writerCorpus.entries) entries"
        )
        let paths = Self.queries(.both).map { kennisbankPath(json: true, query: $0) }
        let (wrk, baseURL, seconds) = (self.wrk, server.baseURL, self.seconds)
        let loaded = LoadThread {
            try wrk.run(baseURL: baseURL, paths: paths, connections: Self.writerConnections, seconds: seconds)
        }
        Thread.sleep(forTimeInterval: Self.writerStart(seconds: seconds))
        let writer = try ChildProcess.runChecked(
            self.paths.kb, ["import", writerCorpus.path, "--db", database], what: "kb import during the load")
        let figures = try loaded.result()
        loads.append(
            WebLoad(
                server: .kennisbank, endpoint: "/api/v1/search?q=", isJSON: true, mix: .both,
                connections: Self.writerConnections, withWriter: true, figures: figures))
        return WebResult(
            entries: corpus.entries, seconds: seconds, loads: loads, writerEntries: writerCorpus.entries,
            writerSeconds: writer.seconds, wrkVersion: wrk.version, datasetteVersion: datasetteVersion)
    }

    private func load(_ server: ServerProcess, json: Bool, mix: WebLoad.Mix, connections: Int) throws -> WebLoad {
        let kennisbank = server.name == "kb-server"
        let paths = Self.queries(mix).map {
            kennisbank ? kennisbankPath(json: json, query: $0) : datasettePath(json: json, query: $0)
        }
        let endpoint =
            kennisbank
            ? (json ? "/api/v1/search?q=" : "/zoeken?q=")
            : (json ? "/sqlite3/entry.json?_search=" : "/sqlite3/entry?_search=")
        log("web: \(server.name) \(endpoint), \(mix.rawValue), \(connections) connections, \(seconds) s")
        let figures = try wrk.run(baseURL: server.baseURL, paths: paths, connections: connections, seconds: seconds)
        return WebLoad(
            server: kennisbank ? .kennisbank : .datasette, endpoint: endpoint, isJSON: json, mix: mix,
            connections: connections, withWriter: false, figures: figures)
    }

    func kennisbankPath(json: Bool, query: String) -> String {
        json ? "/api/v1/search?q=\(Self.encoded(query))&limit=\(Self.limit)" : "/zoeken?q=\(Self.encoded(query))"
    }

    func datasettePath(json: Bool, query: String) -> String {
        "/sqlite3/entry\(json ? ".json" : "")?_search=\(Self.encoded(query))&_size=\(Self.limit)"
    }

    /// Datasette finds the index of a table by its name or a `content="table"` it does not see in
    /// the plain schema's `content = 'entry'`: the metadata names it.
    static let datasetteMetadata = """
        {"databases": {"sqlite3": {"tables": {"entry": {"fts_table": "entry_fts", "fts_pk": "id"}}}}}
        """

    static func encoded(_ query: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_.~")
        return query.addingPercentEncoding(withAllowedCharacters: allowed) ?? query
    }

    /// The query of the check before the loads: a rare word, which each server answers at once
    /// even with a cold cache (Datasette took more than the check's second for `gemeente` at
    /// 100,000 entries, and wrk counts no answer that comes after the run).
    static let checkQuery = "zwembad"

    /// One request before the load: the server answers 200 with a body that holds `expecting`.
    private func check(_ server: ServerProcess, path: String, expecting: String) throws {
        let run = try ChildProcess.runChecked(
            wrk.wrk,
            [
                "-t", "1", "-c", "1", "-d", "3s", "--timeout", "10s", "-s", try Self.checkScript(),
                server.baseURL + path,
            ],
            output: .capture, what: "wrk check of \(server.name)")
        let text = String(decoding: run.output, as: UTF8.self)
        guard text.contains("KBCHECK 200"), text.contains(expecting) else {
            throw BenchmarkError(
                "\(server.name) did not answer \(path) as expected: \(text.prefix(600)) \(server.printed.suffix(600))")
        }
    }

    /// A wrk script that prints the first answer's status and the start of its body.
    private static func checkScript() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kb-bench-check.lua").path
        try """
        done_once = false
        function response(status, headers, body)
          if not done_once then
            done_once = true
            io.write("KBCHECK " .. status .. " " .. string.sub(body, 1, 4000) .. "\\n")
          end
        end
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The size's two databases, imported when an earlier run did not leave them.
    private func ensureDatabases() throws {
        let folder = (kennisbankSource as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: kennisbankSource) {
            log("web: kb import of \(Formatting.count(corpus.entries)) entries")
            _ = try ChildProcess.runChecked(
                paths.kb, ["import", corpus.path, "--db", kennisbankSource], what: "kb import")
        }
        if !FileManager.default.fileExists(atPath: plainDatabase) {
            log("web: sqlite3 import of \(Formatting.count(corpus.entries)) entries")
            _ = try ChildProcess.runChecked(
                paths.sqlite3, ["-bail", plainDatabase], input: PlainSchema.importScript(corpus: corpus.path),
                what: "sqlite3 import")
        }
    }
}

/// A wrk run on a thread of its own, while this one runs the writer.
private final class LoadThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<WrkFigures, any Error>?

    init(_ work: @escaping @Sendable () throws -> WrkFigures) {
        Thread {
            self.outcome = Result { try work() }
            self.done.signal()
        }.start()
    }

    func result() throws -> WrkFigures {
        done.wait()
        return try outcome!.get()
    }
}
