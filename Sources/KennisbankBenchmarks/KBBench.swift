import ArgumentParser
import Foundation

/// `kb-bench`: measures Kennisbank against the `sqlite3` shell and sqlite-utils and writes BENCHMARKS.md.
@main
struct KBBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb-bench",
        abstract: "Measure import, search, compare and stemming against sqlite3 and sqlite-utils; write BENCHMARKS.md.",
        discussion: """
            Generates a corpus per size from the seed (cached in benchmark-work/), imports it with kb import, \
            the sqlite3 shell and sqlite-utils, times 30 queries in-process and as processes, kb compare, \
            start-up and the stemmers, loads kb-server and Datasette with wrk on 100,000 entries (else the largest corpus), then \
            prints the figures and ratios and writes them with the machine, versions and date. sqlite-utils, \
            PyStemmer and Datasette are installed from PyPI into benchmark-work/venv; without PyPI those \
            baselines are left out and the run goes on. Run it from the repository, with \
            the kb it measures beside it (swift build -c release builds both).
            """)

    @Option(name: .long, parsing: .upToNextOption, help: "Corpus sizes in entries.")
    var sizes: [Int] = [10_000, 100_000]

    @Flag(name: .long, help: "Also measure 1,000,000 entries (many minutes, and some GB of disk).")
    var million = false

    @Flag(
        name: .long,
        help:
            "A quick run that proves the benchmark works: 1,000 entries, a 1,000-obstacle network, few repetitions; writes benchmark-work/BENCHMARKS-smoke.md."
    )
    var smoke = false

    @Option(name: .long, help: "The seed of the generated corpora.")
    var seed: UInt64 = 2015_05_21

    @Option(name: .long, help: "Obstacles in the compare network (0 leaves it out).")
    var networkObstacles = 100_000

    @Option(
        name: .long,
        help:
            "Where to write the report (default: BENCHMARKS.md in the repository; with --smoke, benchmark-work/BENCHMARKS-smoke.md)."
    )
    var output: String?

    @Option(
        name: .long,
        help:
            "The working folder for corpora, databases and the Python environment (default: benchmark-work/ in the repository)."
    )
    var work: String?

    @Option(name: .long, help: "The kb executable to measure (default: the one beside kb-bench).")
    var kb: String?

    @Flag(name: .long, help: "Leave out the Python baselines (sqlite-utils, PyStemmer) without trying PyPI.")
    var noPython = false

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Reuse the databases of an earlier run and skip the imports (for profiling).", visibility: .hidden))
    var reuseDatabases = false

    @Flag(
        name: .long,
        help: "Measure the imports only (with --sizes 1000000 --network-obstacles 0: the memory of a large import).")
    var importsOnly = false

    @Flag(
        name: .long,
        help: "Measure only the searches on hostile entries (a 990 kB body of one word, 100,000 topics) and print them."
    )
    var hostileOnly = false

    @Flag(
        name: [.short, .long],
        help: "Show no progress on standard error (a bar on a terminal, else one line per phase).")
    var quiet = false

    @Flag(name: .long, help: "Leave out the web part (kb-server and Datasette under wrk).")
    var noWeb = false

    @Flag(
        name: .long,
        help:
            "Measure only the web part, on 100,000 entries or else the largest size (importing its databases when missing), and print it; writes a report only with --output."
    )
    var webOnly = false

    @Option(name: .long, help: "Seconds of each wrk load in the web part (default 20; 2 with --smoke).")
    var webSeconds: Int?

    func validate() throws {
        if sizes.contains(where: { $0 < 100 }) { throw ValidationError("Each size must be at least 100 entries.") }
        if networkObstacles < 0 { throw ValidationError("--network-obstacles must be 0 or more.") }
        if let webSeconds, webSeconds < 1 { throw ValidationError("--web-seconds must be 1 or more.") }
        if webOnly, noWeb { throw ValidationError("--web-only and --no-web exclude each other.") }
    }

    func run() throws {
        let started = monotonicSeconds()
        let loadAtStart = MachineInfo.loadAverage()
        let progress = BenchProgress(quiet: quiet, started: started)
        let log: (String) -> Void = progress.log
        let paths = try BenchmarkPaths.locate(work: work, kb: kb)
        var notes: [String] = []
        let python: PythonEnvironment?
        if noPython {
            python = nil
            notes.append("The Python baselines (sqlite-utils, PyStemmer) were left out (--no-python).")
        } else {
            python = PythonEnvironment.prepare(in: "\(paths.work)/venv") { message in
                log(message)
                notes.append(message)
            }
        }
        if ChildProcess.gnuTime == nil {
            notes.append(
                "/usr/bin/time is not installed (apt-get install time): peak memory is read from wait4, which on Linux includes kb-bench's own size."
            )
        }
        #if DEBUG
            notes.append(
                "kb and kb-bench were debug builds: the figures are not representative (build with -c release).")
        #endif

        var machine = MachineInfo.collect(paths: paths, python: python)
        machine.loadAtStart = loadAtStart
        let runSizes = smoke ? [1_000] : (sizes + (million ? [1_000_000] : []))
        let obstacles = smoke ? min(networkObstacles, 1_000) : networkObstacles
        let generator = try CorpusGenerator(paths: paths)

        if webOnly {
            try runWebOnly(paths: paths, python: python, generator: generator, progress: progress, machine: machine)
            return
        }

        let hostile =
            importsOnly ? nil : try HostileEntryBenchmark(paths: paths, repetitions: smoke ? 2 : 5, log: log).run()
        if hostileOnly, let hostile {
            print(Report.hostileSection(hostile).joined(separator: "\n"))
            return
        }

        let stemmers =
            importsOnly
            ? [] : try StemmerBenchmark(paths: paths, python: python, repetitions: smoke ? 1 : 5, log: log).run()

        var results: [SizeResult] = []
        for size in runSizes {
            log("corpus of \(Formatting.count(size)) entries (seed \(seed))")
            let corpus = try generator.corpus(CorpusSpec(entries: size, seed: seed), in: paths.work, progress: progress)
            var benchmark = SizeBenchmark(
                paths: paths, python: python, corpus: corpus, repetitions: Repetitions.forSize(size), log: log,
                progress: progress)
            benchmark.reuseDatabases = reuseDatabases
            benchmark.importsOnly = importsOnly
            let result = try benchmark.run()
            results.append(result)
            let partial = BenchmarkRun(
                machine: machine, seed: seed, sizes: results, stemmers: stemmers,
                network: nil, isSmoke: smoke, totalSeconds: monotonicSeconds() - started, notes: notes)
            print(Report(run: partial, analysis: nil).verdictLines(for: result))
        }

        var web: WebResult?
        if !noWeb, !importsOnly, let size = Self.webSize(of: runSizes) {
            web = try webPart(
                size: size, paths: paths, python: python, generator: generator, progress: progress, notes: &notes)
        }

        var network: NetworkResult?
        if obstacles > 0 {
            log("compare network corpus: \(Formatting.count(obstacles)) obstacles (seed \(seed &+ 1))")
            let spec = CorpusSpec(
                entries: obstacles + obstacles / 5, seed: seed &+ 1, kinds: .obstacleNetwork(obstacles: obstacles),
                bodyLength: 150...800)
            let corpus = try generator.corpus(spec, in: paths.work, progress: progress)
            network = try NetworkBenchmark(
                paths: paths, corpus: corpus, repetitions: smoke ? 2 : 5, log: log, progress: progress
            ).run()
        }

        machine.loadAtEnd = MachineInfo.loadAverage()
        let run = BenchmarkRun(
            machine: machine, seed: seed, sizes: results, stemmers: stemmers,
            network: network, isSmoke: smoke, totalSeconds: monotonicSeconds() - started, notes: notes,
            hostile: hostile,
            web: web)
        let analysis = smoke ? nil : try? String(contentsOfFile: "\(paths.scripts)/analysis.md", encoding: .utf8)
        let markdown = Report(run: run, analysis: analysis).markdown()
        print(markdown)
        let destination = output ?? (smoke ? "\(paths.work)/BENCHMARKS-smoke.md" : "\(paths.repository)/BENCHMARKS.md")
        try markdown.write(toFile: destination, atomically: true, encoding: .utf8)
        log("wrote \(destination) after \(Formatting.seconds((monotonicSeconds() - started) / 60)) minutes")
    }

    /// The size the web part loads: 100,000 entries, where its targets are set, when the run
    /// measures that size (a run with `--million` too), else the largest.
    static func webSize(of sizes: [Int]) -> Int? {
        sizes.contains(WebBenchmark.targetEntries) ? WebBenchmark.targetEntries : sizes.max()
    }

    /// The web part on the corpus of `size` entries, or nil (with a note) when wrk is missing.
    func webPart(
        size: Int, paths: BenchmarkPaths, python: PythonEnvironment?, generator: CorpusGenerator,
        progress: BenchProgress, notes: inout [String]
    ) throws -> WebResult? {
        guard let wrk = WrkLoad.locate(log: progress.log) else {
            notes.append("wrk is not installed (apt-get install wrk): the web part was left out.")
            return nil
        }
        let corpus = try generator.corpus(CorpusSpec(entries: size, seed: seed), in: paths.work, progress: progress)
        let writerCorpus = try generator.corpus(
            CorpusSpec(entries: smoke ? 200 : 3_000, seed: seed &+ 2), in: paths.work, progress: progress)
        let web = try WebBenchmark(
            paths: paths, python: python, wrk: wrk, corpus: corpus, writerCorpus: writerCorpus,
            seconds: webSeconds ?? (smoke ? 2 : 20), log: progress.log
        ).run()
        if web.datasetteVersion == nil {
            notes.append("Datasette could not be installed from PyPI: the web part ran kb-server alone.")
        }
        return web
    }

    /// `--web-only`: the web part alone, printed (and written with `--output`).
    func runWebOnly(
        paths: BenchmarkPaths, python: PythonEnvironment?, generator: CorpusGenerator, progress: BenchProgress,
        machine: MachineInfo
    ) throws {
        let started = monotonicSeconds()
        var notes: [String] = []
        let size = smoke ? 1_000 : Self.webSize(of: sizes) ?? WebBenchmark.targetEntries
        let web = try webPart(
            size: size, paths: paths, python: python, generator: generator, progress: progress, notes: &notes)
        var machine = machine
        machine.loadAtEnd = MachineInfo.loadAverage()
        let run = BenchmarkRun(
            machine: machine, seed: seed, sizes: [], stemmers: [], network: nil, isSmoke: smoke,
            totalSeconds: monotonicSeconds() - started, notes: notes, web: web)
        let report = Report(run: run, analysis: nil)
        var lines = report.webVerdicts(web ?? WebResult.empty).map {
            "\($0.verdict == .met ? "met   " : $0.verdict == .missed ? "MISSED" : "n/a   ") \($0.target): \($0.measured)"
        }
        if let web { lines += [""] + report.webSection(web) }
        lines += notes.map { "- \($0)" }
        let text = lines.joined(separator: "\n")
        print(text)
        if let output { try (text + "\n").write(toFile: output, atomically: true, encoding: .utf8) }
    }
}
