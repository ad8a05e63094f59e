import Foundation
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// Several `kb` processes on one file at once: writers add, edit and import while readers
/// search, list, show and check, and `kb backup` copies the file while others write.
final class ConcurrencyReliabilityTests: XCTestCase {
    /// Four writers and two readers on one file for a bounded time: no busy or locked error
    /// reaches anyone, every acknowledged write is stored, and every reader sees a state that
    /// only grows, whose hits can all be shown.
    func testWritersAndReadersTogetherLoseNothingAndSeeConsistentStates() throws {
        let harness = try KBHarness(self)
        try harness.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen", "--topic", "Vertrouwen",
        ])
        let baseline = try DatabaseInspector(harness.database).titles()
        let writers = 4
        let readers = 2
        let operations = ReliabilityMode.scaled(25)
        let deadline = Date().addingTimeInterval(Double(ReliabilityMode.scaled(120)))
        let log = ThreadLog()
        let writersDone = ThreadFlag()
        let started = Date()

        onThreads(writers + 1) { index in
            if index == writers {
                // The readers, started from one thread so they run while the writers do.
                onThreads(readers) { reader in Self.read(reader, harness: harness, log: log, until: writersDone) }
                return
            }
            Self.write(index, operations: operations, deadline: deadline, harness: harness, log: log)
            log.count("writers finished")
            if log.counted("writers finished") == writers { writersDone.set() }
        }
        let elapsed = Date().timeIntervalSince(started)

        XCTAssertEqual(log.failures, [], "\(log.failures.count) runs failed")
        let expected = baseline.merging(log.titles) { $1 }
        let inspector = try DatabaseInspector(harness.database)
        let stored = try inspector.titles()
        let imported = log.importedUUIDs
        XCTAssertEqual(try inspector.count(uuids: imported), imported.count, "acknowledged imports are stored")
        XCTAssertEqual(
            stored.count, expected.count + imported.count, "stored entries = acknowledged adds + imported entries")
        for (id, title) in expected {
            XCTAssertEqual(stored[id], title, "entry \(id): the last acknowledged write is stored")
        }
        let found =
            expected.filter { stored[$0.key] == $0.value }.count - baseline.count
            + (try inspector.count(uuids: imported))
        let busy = log.failures.filter { $0.contains("busy") || $0.contains("locked") }.count
        try inspector.close()
        XCTAssertEqual(try harness.assertHealthy(), stored.count)
        XCTAssertGreaterThan(log.counted("searches"), 0, "the readers ran while the writers wrote")
        let writes = log.counted("adds") + log.counted("edits") + log.counted("imports")
        ReliabilityMode.report(
            "concurrency: \(writers) writers and \(readers) readers for \(Int(elapsed)) s: \(writes) writes acknowledged (\(log.counted("adds")) adds, \(log.counted("edits")) edits, \(log.counted("imports")) imports of \(imported.count) entries), \(found) of the \(expected.count - baseline.count + imported.count) acknowledged entries found as last written; \(log.counted("searches")) searches, \(log.counted("lists")) lists, \(log.counted("shows")) shows, \(log.counted("checks")) checks alongside; \(busy) busy errors, \(log.failures.count) failed runs"
        )
    }

    /// One writer: adds, edits of its own entries, and (writer 0) small imports.
    static func write(_ writer: Int, operations: Int, deadline: Date, harness: KBHarness, log: ThreadLog) {
        var random = SeededRandom(salt: 100 + UInt64(writer))
        var own: [Int64] = []
        for step in 0..<operations where Date() < deadline {
            do {
                if writer == 0, step % 5 == 4 {
                    let file = GeneratedImport(count: 15, tag: "w\(writer)s\(step)", random: &random)
                    let path = try harness.write(file.text, to: "w\(writer)-\(step).jsonl")
                    let result = try harness.run(["import", path])
                    guard result.status == 0 else {
                        log.fail("writer \(writer) import: \(result.status ?? -1) \(result.stderr)")
                        continue
                    }
                    log.acknowledge(imported: file.uuids)
                    log.count("imports")
                } else if let id = own.randomElement(using: &random), Int.random(in: 0..<10, using: &random) < 3 {
                    let title = "Schrijver \(writer) wijziging \(step) gelijktijdig"
                    let result = try harness.run([
                        "edit", String(id), "--title", title, "--add-topic", "Wijziging \(writer)",
                    ])
                    guard result.status == 0 else {
                        log.fail("writer \(writer) edit: \(result.status ?? -1) \(result.stderr)")
                        continue
                    }
                    log.acknowledge(id, title: title)
                    log.count("edits")
                } else {
                    let title = "Schrijver \(writer) toevoeging \(step) gelijktijdig"
                    let result = try harness.run([
                        "add", "tip", "--title", title, "--topic", "Gelijktijdig",
                        "--body", "Gelijktijdig werken aan één kennisbank. " + GeneratedImport.sentences[step % 8],
                    ])
                    guard result.status == 0,
                        let id = Int64(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
                    else {
                        log.fail("writer \(writer) add: \(result.status ?? -1) \(result.stderr)")
                        continue
                    }
                    own.append(id)
                    log.acknowledge(id, title: title)
                    log.count("adds")
                }
            } catch {
                log.fail("writer \(writer): \(error)")
            }
        }
    }

    /// One reader: searches (whose hits it shows), lists and (reader 1) checks, until the
    /// writers are done; the number of entries it sees never goes down.
    static func read(_ reader: Int, harness: KBHarness, log: ThreadLog, until done: ThreadFlag) {
        var random = SeededRandom(salt: 200 + UInt64(reader))
        var lastHits = 0
        var lastListed = 0
        var round = 0
        while !done.isSet || round < 2 {
            round += 1
            do {
                let search = try harness.run(["search", "gelijktijdig", "--format", "json", "--limit", "10000"])
                guard search.status == 0,
                    let hits = (try JSONSerialization.jsonObject(with: search.stdoutData) as? [String: Any])?["hits"]
                        as? [[String: Any]]
                else {
                    log.fail("reader \(reader) search: \(search.status ?? -1) \(search.stderr)")
                    continue
                }
                log.count("searches")
                if hits.count < lastHits {
                    log.fail("reader \(reader): search hits went down from \(lastHits) to \(hits.count)")
                }
                lastHits = hits.count
                for hit in random.shuffled(hits).prefix(2) {
                    let id = hit["id"] as? Int ?? -1
                    let show = try harness.run(["show", String(id), "--format", "json"])
                    let entry = try? JSONSerialization.jsonObject(with: show.stdoutData) as? [String: Any]
                    if show.status != 0 || entry?["uuid"] as? String != hit["uuid"] as? String {
                        log.fail("reader \(reader): hit \(id) cannot be shown: \(show.status ?? -1) \(show.stderr)")
                    }
                    log.count("shows")
                }
                let list = try harness.run(["list", "entries", "--format", "json"])
                guard list.status == 0,
                    let entries = try JSONSerialization.jsonObject(with: list.stdoutData) as? [[String: Any]]
                else {
                    log.fail("reader \(reader) list: \(list.status ?? -1) \(list.stderr)")
                    continue
                }
                log.count("lists")
                if entries.count < lastListed {
                    log.fail("reader \(reader): listed entries went down from \(lastListed) to \(entries.count)")
                }
                if entries.count < hits.count {
                    log.fail("reader \(reader): fewer entries (\(entries.count)) than earlier hits (\(hits.count))")
                }
                lastListed = entries.count
                if reader == 1, round % 3 == 0 {
                    let check = try harness.run(["check", "--format", "json"])
                    let report = try? JSONSerialization.jsonObject(with: check.stdoutData) as? [String: Any]
                    if check.status != 0 || report?["problems"] as? [String] != [] {
                        log.fail(
                            "reader \(reader) check while others write: \(check.status ?? -1) \(check.stdout) \(check.stderr)"
                        )
                    }
                    log.count("checks")
                }
            } catch {
                log.fail("reader \(reader): \(error)")
            }
        }
    }

    /// `kb backup` while two writers add: every copy is sound and holds, per writer, exactly
    /// the first k of its adds, with k between what was acknowledged before the backup began
    /// and what had started when it ended — a consistent snapshot.
    func testBackupWhileOthersWriteIsAConsistentCopy() throws {
        let harness = try KBHarness(self)
        try harness.addTip("Vooraf")
        let backups = ReliabilityMode.scaled(6)
        let log = ThreadLog()
        let stop = ThreadFlag()
        let writers = 2
        let results = Results()
        let progress = Progress()

        onThreads(writers + 1) { index in
            if index < writers {
                var step = 0
                while !stop.isSet {
                    progress.started(writer: index, step: step)
                    do {
                        let result = try harness.run([
                            "add", "tip", "--title", "Schrijver \(index) nummer \(step)", "--body",
                            GeneratedImport.sentences[step % 8],
                        ])
                        if result.status != 0 { log.fail("writer \(index): \(result.stderr)") }
                    } catch {
                        log.fail("writer \(index): \(error)")
                    }
                    progress.acknowledged(writer: index, step: step)
                    step += 1
                }
                return
            }
            var random = SeededRandom(salt: 7)
            for number in 0..<backups {
                usleep(useconds_t(Int.random(in: 100_000...400_000, using: &random)))
                let before = progress.acknowledgedCounts(writers)
                let path = harness.folder + "/kopie-\(number).sqlite"
                do {
                    let result = try harness.run(["backup", path])
                    if result.status != 0 { log.fail("backup \(number): \(result.stderr)") }
                } catch {
                    log.fail("backup \(number): \(error)")
                }
                results.append(before: before, after: progress.startedCounts(writers), path: path)
            }
            stop.set()
        }

        XCTAssertEqual(log.failures, [])
        XCTAssertEqual(results.all.count, backups)
        for (before, after, path) in results.all {
            let entries = try harness.assertHealthy(path, "backup \(path)")
            let inspector = try DatabaseInspector(path)
            XCTAssertEqual(try inspector.integrityCheck(), ["ok"])
            let titles = try inspector.titles().values
            XCTAssertEqual(entries, titles.count)
            XCTAssertTrue(titles.contains("Vooraf"))
            for writer in 0..<writers {
                let steps = titles.compactMap { title -> Int? in
                    let prefix = "Schrijver \(writer) nummer "
                    return title.hasPrefix(prefix) ? Int(title.dropFirst(prefix.count)) : nil
                }.sorted()
                XCTAssertEqual(
                    steps, Array(0..<steps.count), "writer \(writer)'s adds in \(path) are not a prefix: \(steps)")
                XCTAssertGreaterThanOrEqual(
                    steps.count, before[writer], "\(path) lacks adds acknowledged before the backup began")
                XCTAssertLessThanOrEqual(
                    steps.count, after[writer], "\(path) holds adds that had not started when it ended")
            }
            try inspector.close()
        }
        XCTAssertEqual(try harness.assertHealthy(), 1 + progress.acknowledgedCounts(writers).reduce(0, +))
        ReliabilityMode.report(
            "backup: \(backups) backups while \(writers) writers added \(progress.acknowledgedCounts(writers).reduce(0, +)) entries: each copy sound and a consistent snapshot"
        )
    }

    /// Found by an attack on the CLI: four `kb add` on a file that needs migrating — three failed
    /// with “SQLite error 1”, a second `kb migrate` too, and sometimes two backups were written.
    /// The migration is decided under the write lock: one process backs up and migrates, the
    /// others wait for it, then find nothing pending and go on.
    func testCommandsDuringAMigrationWaitForItAndOneBackupIsWritten() throws {
        let harness = try KBHarness(self)
        let count = 300
        let old = harness.folder + "/oud.sqlite"
        try CrashReliabilityTests.makeOldDatabase(at: old, entries: count)
        let rounds = ReliabilityMode.scaled(3)
        for round in 0..<rounds {
            try harness.restoreDatabase(from: old)
            let titles = (0..<4).map { "Tijdens de migratie \(round)-\($0)" }
            let processes =
                try titles.map { try harness.start(["add", "tip", "--title", $0]) }
                + [
                    try harness.start(["migrate"]), try harness.start(["migrate"]),
                    try harness.start(["list", "tips", "--limit", "1"]),
                ]
            let results = processes.map { $0.wait() }
            for (index, result) in results.enumerated() {
                XCTAssertEqual(result.status, 0, "round \(round), process \(index): \(result.stderr)")
                assertNoInternals(result, "round \(round)")
            }
            let notes = results.filter { $0.stderr.contains("Migrated the database; a copy from before is at ") }
            XCTAssertEqual(notes.count, 1, "one process migrates and says so, round \(round)")
            let name = (harness.database as NSString).lastPathComponent
            let backups = try FileManager.default.contentsOfDirectory(atPath: harness.folder).filter {
                $0.hasPrefix(name + ".") && $0.hasSuffix(".backup")
            }
            XCTAssertEqual(backups.count, 1, "exactly one backup, round \(round): \(backups)")
            for backup in backups {
                let inspector = try DatabaseInspector(harness.folder + "/" + backup)
                XCTAssertEqual(
                    try inspector.values("SELECT identifier FROM grdb_migrations") as [String], ["0001_initial_schema"])
                XCTAssertEqual(try inspector.entryCount(), count)
                try inspector.close()
                try FileManager.default.removeItem(atPath: harness.folder + "/" + backup)
            }
            XCTAssertEqual(try harness.assertHealthy(nil, "round \(round)"), count + titles.count)
            let stored = Set(try DatabaseInspector(harness.database).titles().values)
            XCTAssertTrue(Set(titles).isSubset(of: stored), "every acknowledged add is stored, round \(round)")
        }
        ReliabilityMode.report(
            "migration/concurrency: \(rounds) migrations of an old file (\(count) entries) with four adds, two migrates and a list at once: all succeeded, one backup each"
        )
    }

    /// Found by an attack on the CLI: `kb reindex` run in a loop starved writers past the busy
    /// timeout: it holds the write lock for long and takes it again at once, and SQLite's busy
    /// handler serves no one in order. Two loops reindex here — one takes the lock again the
    /// moment it has let go (the library, in this process), the other runs `kb reindex` over
    /// and over — while `kb add` runs: each add succeeds, and only the reindex runs under way or
    /// already waiting when it came finish before it (at most two per loop).
    func testAWriterGetsItsTurnWhileReindexRunsInALoop() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 8)
        try harness.succeed([
            "import",
            try harness.write(GeneratedImport(count: 300, tag: "reindex", random: &random).text, to: "veel.jsonl"),
        ])
        let loops = 2
        let adds = ReliabilityMode.scaled(4)
        let log = ThreadLog()
        let stop = ThreadFlag()
        let finished = RunCounter()

        onThreads(loops + 1) { index in
            if index == 0 {
                // Back to back: the next rebuild asks for the write lock right after the last commit.
                do {
                    let knowledgeBase = try KnowledgeBase(path: harness.database)
                    while !stop.isSet {
                        try knowledgeBase.rebuildSearchIndex()
                        _ = finished.next()
                    }
                } catch {
                    log.fail("reindex loop in this process: \(error)")
                    stop.set()
                }
                return
            }
            if index == 1 {
                while !stop.isSet {
                    do {
                        let result = try harness.run(["reindex"])
                        if result.status != 0 { log.fail("kb reindex loop: \(result.stderr)") }
                    } catch {
                        log.fail("kb reindex loop: \(error)")
                    }
                    _ = finished.next()
                }
                return
            }
            // Start once both loops run.
            while finished.current < loops, !stop.isSet { usleep(10_000) }
            for add in 0..<adds where !stop.isSet {
                let before = finished.current
                do {
                    let result = try harness.run(["add", "tip", "--title", "Tussen het herindexeren door \(add)"])
                    if result.status != 0 { log.fail("add \(add) during the reindex loops: \(result.stderr)") }
                } catch {
                    log.fail("add \(add): \(error)")
                }
                let passed = finished.current - before
                log.count("reindex runs waited for", passed)
                if passed > 2 * loops { log.fail("add \(add) waited while \(passed) reindex runs passed it") }
            }
            stop.set()
        }

        XCTAssertEqual(log.failures, [])
        XCTAssertEqual(try harness.assertHealthy(), 300 + adds)
        ReliabilityMode.report(
            "reindex/turns: \(adds) adds during \(loops) reindex loops (\(finished.current) runs, one back to back in the library, one of kb processes): each got its turn, \(log.counted("reindex runs waited for")) runs passed them in all"
        )
    }

    /// The backups made, with the writers' progress around each.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(before: [Int], after: [Int], path: String)] = []

        func append(before: [Int], after: [Int], path: String) {
            lock.lock()
            items.append((before, after, path))
            lock.unlock()
        }
        var all: [(before: [Int], after: [Int], path: String)] {
            lock.lock()
            defer { lock.unlock() }
            return items
        }
    }

    /// Per writer, how many adds have started and how many were acknowledged.
    final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var started: [Int: Int] = [:]
        private var acknowledged: [Int: Int] = [:]

        func started(writer: Int, step: Int) {
            lock.lock()
            started[writer] = step + 1
            lock.unlock()
        }
        func acknowledged(writer: Int, step: Int) {
            lock.lock()
            acknowledged[writer] = step + 1
            lock.unlock()
        }
        func startedCounts(_ writers: Int) -> [Int] {
            lock.lock()
            defer { lock.unlock() }
            return (0..<writers).map { started[$0] ?? 0 }
        }
        func acknowledgedCounts(_ writers: Int) -> [Int] {
            lock.lock()
            defer { lock.unlock() }
            return (0..<writers).map { acknowledged[$0] ?? 0 }
        }
    }
}
