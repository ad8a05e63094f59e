import Foundation
import GRDB
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// SIGKILL `kb` at random moments — during an import, an add, an edit, the creation of a new
/// file and the migration of an old one — and prove after every kill that the file is sound
/// (`kb check`, and SQLite's own checks run here), the full-text index agrees with the
/// entries, an import is wholly present or wholly absent, and no acknowledged write is lost.
final class CrashReliabilityTests: XCTestCase {
    /// One import of a large JSON Lines file, killed at points spread over its whole run
    /// (opening, parsing, inserting, committing, checkpointing on close).
    func testKilledImportsAreWhollyPresentOrWhollyAbsent() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 1)
        let kills = ReliabilityMode.scaled(20)
        let size = ReliabilityMode.isLong ? 2_000 : 600

        try harness.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen tussen bewoners en gemeente",
            "--topic", "Vertrouwen",
        ])
        try harness.addTip("Leg het proces open op tafel", ["--addresses", "1", "--topic", "Vertrouwen"])
        try harness.succeed([
            "add", "example", "--municipality", "Zwolle", "--title", "Bewoners beheren de buurthuizen", "--body",
            GeneratedImport.sentences[0],
        ])
        let baselineTitles = try DatabaseInspector(harness.database).titles()
        let baseline = try harness.copyDatabase(to: "baseline.sqlite")

        // How long one import takes here, run to its end.
        let calibration = GeneratedImport(count: size, tag: "ijking", random: &random)
        let started = Date()
        try harness.succeed(["import", try harness.write(calibration.text, to: "ijking.jsonl")])
        var duration = Date().timeIntervalSince(started)
        XCTAssertEqual(try DatabaseInspector(harness.database).count(uuids: calibration.uuids), size)
        try harness.restoreDatabase(from: baseline)

        var landed = 0
        var present = 0
        var absent = 0
        var finished = 0
        var attempts = 0
        var lateKills = 0
        var acknowledged: [Int64: String] = [:]
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            let file = GeneratedImport(count: size, tag: "k\(attempts)", random: &random)
            let path = try harness.write(file.text, to: "k\(attempts).jsonl")
            // Half the kills are stratified: the n-th lands somewhere in the n-th slice of the run.
            // A quarter land in its last sixth (the commit, the checkpoint on closing). A quarter
            // wait until the import starts writing the WAL (its commit, or a cache spill for a
            // large file), then kill within 8 ms.
            let atCommit = attempts % 4 == 0
            let late = attempts % 4 == 1
            var delay =
                late
                ? duration * Double.random(in: 0.83..<1.02, using: &random)
                : duration * (Double(landed) + Double.random(in: 0..<1, using: &random)) / Double(kills)
            let process = try harness.start(["import", path])
            if atCommit {
                let started = Date()
                while harness.walSize() == 0, !process.hasEnded(), Date().timeIntervalSince(started) < 4 * duration + 5
                { usleep(200) }
                _ = process.kill(after: Double.random(in: 0..<0.008, using: &random))
                delay = Date().timeIntervalSince(started)
            } else if let ended = process.kill(after: delay) {
                // It ran faster than measured: aim the next kills within its real run.
                duration = min(duration, ended)
            } else if late {
                lateKills += 1
            }
            let result = process.wait()
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s\(atCommit ? " (aimed at the WAL)" : late ? " (aimed at the end)" : "")"
            if result.wasKilled {
                landed += 1
            } else {
                XCTAssertEqual(result.status, 0, "an import that was not killed must succeed: \(result.stderr)")
                finished += 1
            }

            try harness.assertHealthy(nil, context)
            let inspector = try DatabaseInspector(harness.database)
            try inspector.assertSound(context)
            let stored = try inspector.assertWholeOrAbsent(
                file, tag: "k\(attempts)", wasKilled: result.wasKilled, context)
            if stored == 0 { absent += 1 } else { present += 1 }
            let titles = try inspector.titles()
            for (id, title) in baselineTitles.merging(acknowledged, uniquingKeysWith: { $1 }) {
                XCTAssertEqual(titles[id], title, "an acknowledged entry changed or vanished \(context)")
            }
            try inspector.close()

            // The file takes writes again; an acknowledged add must survive the next kill.
            let title = "Na kill \(attempts)"
            acknowledged[Int64(try harness.addTip(title))] = title
            if stored > 0 {
                try harness.restoreDatabase(from: baseline)
                acknowledged = [:]
            }
            try FileManager.default.removeItem(atPath: path)
        }
        XCTAssertEqual(landed, kills, "every planned kill must land in a running import")
        ReliabilityMode.report(
            "crash/import: \(landed) SIGKILLs of `kb import` (\(size) entries) survived: \(absent) left the import wholly absent, \(present - finished) wholly present (killed after commit), \(lateKills) of the kills in the last sixth of the run, \(finished) runs finished first; kb check, integrity_check, index agreement and all-or-nothing checked after each"
        )
    }

    /// A series of `kb add` and `kb edit`, some killed at a random moment: every write that
    /// was acknowledged (exit 0) is stored; a killed one is stored wholly or not at all.
    func testKilledAddsAndEditsKeepEveryAcknowledgedWrite() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 2)
        let kills = ReliabilityMode.scaled(20)
        let obstacle = try harness.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Het buurthuis sluit", "--topic", "Vastgoed",
        ])
        .stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        var samples: [Double] = []
        for index in 0..<3 {
            let started = Date()
            try harness.addTip("IJking \(index)", ["--body", GeneratedImport.sentences[index]])
            samples.append(Date().timeIntervalSince(started))
        }
        let typical = samples.sorted()[1]
        var expected = try DatabaseInspector(harness.database).titles()

        var landed = 0
        var operations = 0
        var acknowledgedAdds = 0
        var acknowledgedEdits = 0
        var killedAddsStored = 0
        var killedAddsAbsent = 0
        var killedEditsApplied = 0
        var killedEditsAbsent = 0
        while landed < kills, operations < kills * 10 {
            operations += 1
            let isEdit = !expected.isEmpty && Int.random(in: 0..<10, using: &random) < 4
            let target = isEdit ? expected.keys.sorted().randomElement(using: &random) : nil
            let title: String
            let arguments: [String]
            if let target {
                title = "Gewijzigd \(operations): het dorpshuis blijft open"
                arguments = [
                    "edit", String(target), "--title", title, "--add-topic", "Wijziging \(operations % 3)",
                    "--body", GeneratedImport.sentences.shuffled(using: &random).joined(separator: " "),
                ]
            } else {
                title = "Toegevoegd \(operations): bewoners beheren het buurthuis"
                let kind = ["tip", "example", "obstacle"].randomElement(using: &random)!
                var add = [
                    "add", kind, "--title", title, "--topic", "Crash \(operations % 4)", "--topic", "Vertrouwen",
                    "--body", GeneratedImport.sentences.shuffled(using: &random).prefix(4).joined(separator: " "),
                    "--date", "2015-05-21",
                ]
                if kind != "tip" {
                    add += ["--municipality", GeneratedImport.municipalities.randomElement(using: &random)!]
                }
                if kind != "obstacle" { add += ["--addresses", obstacle] }
                arguments = add
            }
            let kill = Bool.random(using: &random)
            let delay = typical * Double.random(in: 0...1.3, using: &random)
            let process = try harness.start(arguments)
            if kill { _ = process.kill(after: delay) }
            let result = process.wait()
            guard result.wasKilled else {
                XCTAssertEqual(result.status, 0, "kb \(arguments.prefix(3)) failed: \(result.stderr)")
                if let target {
                    expected[target] = title
                    acknowledgedEdits += 1
                } else if let id = Int64(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    expected[id] = title
                    acknowledgedAdds += 1
                } else {
                    XCTFail("add printed no id: \(result.stdout)")
                }
                continue
            }
            landed += 1
            let context = "after killing \(arguments[0]) \(operations) at \(String(format: "%.3f", delay)) s"
            try harness.assertHealthy(nil, context)
            let inspector = try DatabaseInspector(harness.database)
            let titles = try inspector.titles()
            if let target {
                let now = titles[target]
                XCTAssertTrue(
                    now == expected[target] || now == title, "a killed edit left \(now ?? "nothing") \(context)")
                if now == title { killedEditsApplied += 1 } else { killedEditsAbsent += 1 }
                expected[target] = now
            } else {
                let matches = titles.filter { $0.value == title }
                XCTAssertLessThanOrEqual(matches.count, 1, context)
                if let match = matches.first {
                    expected[match.key] = title
                    killedAddsStored += 1
                } else {
                    killedAddsAbsent += 1
                }
            }
            XCTAssertEqual(titles, expected, "acknowledged writes lost or unknown entries found \(context)")
            XCTAssertEqual(try inspector.integrityCheck(), ["ok"], context)
            let disagreement = try inspector.indexDisagreement()
            XCTAssertEqual(disagreement.unindexed + disagreement.orphaned, [], context)
            try inspector.close()
        }
        XCTAssertEqual(try harness.assertHealthy(), expected.count)
        XCTAssertEqual(try DatabaseInspector(harness.database).titles(), expected, "every acknowledged write is stored")
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/add-edit: \(landed) SIGKILLs of kb add/edit survived (killed adds: \(killedAddsStored) stored whole, \(killedAddsAbsent) absent; killed edits: \(killedEditsApplied) applied, \(killedEditsAbsent) not); \(acknowledgedAdds) acknowledged adds and \(acknowledgedEdits) acknowledged edits checked against the stored titles after every kill and at the end"
        )
    }

    /// `kb add` on a new path, killed while it creates the file, sets WAL, migrates and loads
    /// the 342 municipalities: the next `kb add` works and the file is sound.
    func testKilledCreationOfANewFileLeavesAUsableFile() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 3)
        let kills = ReliabilityMode.scaled(8)
        let started = Date()
        try harness.succeed(["add", "tip", "--title", "IJking", "--db", harness.folder + "/ijking.sqlite"])
        var duration = Date().timeIntervalSince(started)

        var landed = 0
        var attempts = 0
        var survivedFirst = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            let path = harness.folder + "/nieuw-\(attempts).sqlite"
            let delay = duration * (Double(landed) + Double.random(in: 0..<1, using: &random)) / Double(kills)
            let process = try harness.start(["add", "tip", "--title", "Eerste", "--db", path])
            if let ended = process.kill(after: delay) { duration = min(duration, ended) }
            let result = process.wait()
            if result.wasKilled { landed += 1 } else { XCTAssertEqual(result.status, 0, result.stderr) }
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"

            let next = try harness.run(["add", "tip", "--title", "Tweede", "--db", path])
            XCTAssertEqual(next.status, 0, "the next add fails \(context): \(next.stderr)")
            assertNoInternals(next, context)
            let entries = try harness.assertHealthy(path, context)
            let inspector = try DatabaseInspector(path)
            let titles = Set(try inspector.titles().values)
            XCTAssertTrue(titles == ["Tweede"] || titles == ["Eerste", "Tweede"], "\(titles) \(context)")
            XCTAssertEqual(entries, titles.count)
            if !result.wasKilled { XCTAssertTrue(titles.contains("Eerste"), context) }
            if titles.contains("Eerste") { survivedFirst += 1 }
            XCTAssertEqual(try inspector.value("SELECT count(*) FROM municipality") as Int?, 342, context)
            XCTAssertEqual(try inspector.integrityCheck(), ["ok"], context)
            try inspector.close()
            try assertEveryBackupIsComplete(in: harness.folder, of: path, context)
        }
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/new-file: \(landed) SIGKILLs while creating a new file survived (\(survivedFirst) kept the first add); the next add and kb check checked after each"
        )
    }

    /// The migration of an old database (schema 0001 only, 1,500 entries), killed while it writes
    /// the backup, migrates and builds the search index: the next run migrates, no entry is
    /// lost, and every backup file beside it is a complete copy of the old database.
    func testKilledMigrationKeepsEveryEntryAndOnlyCompleteBackups() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 4)
        let kills = ReliabilityMode.scaled(8)
        let count = 1_500
        let old = harness.folder + "/oud.sqlite"
        try Self.makeOldDatabase(at: old, entries: count)

        try harness.restoreDatabase(from: old)
        let started = Date()
        let calibration = try harness.succeed(["list", "tips", "--limit", "1"])
        var duration = Date().timeIntervalSince(started)
        XCTAssertTrue(
            calibration.stderr.contains("Migrated the database; a copy from before is at \(harness.database)."),
            calibration.stderr)
        try removeBackups(of: harness.database)

        var landed = 0
        var attempts = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            try harness.restoreDatabase(from: old)
            // Half the kills aim at the backup (the first part of the run), half anywhere.
            let share = attempts % 2 == 0 ? 0.15 : 1.0
            let delay = duration * share * Double.random(in: 0..<1, using: &random)
            let process = try harness.start(["list", "tips", "--limit", "1"])
            if let ended = process.kill(after: delay) { duration = min(duration, ended) }
            let result = process.wait()
            if result.wasKilled { landed += 1 } else { XCTAssertEqual(result.status, 0, result.stderr) }
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"

            let next = try harness.run(["list", "tips", "--limit", "1"])
            XCTAssertEqual(next.status, 0, "the next run fails \(context): \(next.stderr)")
            assertNoInternals(next, context)
            XCTAssertEqual(try harness.assertHealthy(nil, context), count, "entries lost \(context)")
            try assertEveryBackupIsComplete(in: harness.folder, of: harness.database, entries: count, context)
            try removeBackups(of: harness.database)
        }
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/migration: \(landed) SIGKILLs while migrating an old file (\(count) entries) survived; the next run, kb check, the entry count and every backup beside it checked after each"
        )
    }

    /// `kb migrate` of an old database killed at a random moment while four `kb add` race it and
    /// wait for it: every add succeeds (one of them takes the migration over when the migrate
    /// died before finishing), the file checks clean, every acknowledged add is stored, and each
    /// migration wrote at most one backup, a complete copy of the old database.
    func testKilledMigrationWithFourWaitingAddsKeepsEveryAcknowledgedAdd() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 5)
        let kills = ReliabilityMode.scaled(8)
        let count = 1_500
        let old = harness.folder + "/oud.sqlite"
        try Self.makeOldDatabase(at: old, entries: count)

        try harness.restoreDatabase(from: old)
        let started = Date()
        try harness.succeed(["migrate"])
        var duration = Date().timeIntervalSince(started)
        try removeBackups(of: harness.database)

        var landed = 0
        var attempts = 0
        var takenOver = 0
        var acknowledged = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            try harness.restoreDatabase(from: old)
            let migrate = try harness.start(["migrate"])
            let titles = (0..<4).map { "Wachtend op de migratie \(attempts)-\($0)" }
            let adds = try titles.map { try harness.start(["add", "tip", "--title", $0]) }
            // Half the kills aim at the backup (the first part of the run), half anywhere.
            let share = attempts % 2 == 0 ? 0.15 : 1.0
            let delay = duration * share * Double.random(in: 0..<1, using: &random)
            if let ended = migrate.kill(after: delay) { duration = min(duration, ended) }
            let result = migrate.wait()
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"
            if result.wasKilled { landed += 1 } else { XCTAssertEqual(result.status, 0, "\(result.stderr) \(context)") }
            let results = adds.map { $0.wait() }
            var stored: [String] = []
            for (title, add) in zip(titles, results) {
                XCTAssertEqual(add.status, 0, "an add waiting for the migration fails \(context): \(add.stderr)")
                assertNoInternals(add, context)
                if add.status == 0 { stored.append(title) }
            }
            acknowledged += stored.count
            let notes = (results + [result]).filter {
                $0.stderr.contains("Migrated the database; a copy from before is at ")
            }.count
            if results.contains(where: { $0.stderr.contains("Migrated the database") }) { takenOver += 1 }
            XCTAssertLessThanOrEqual(notes, 1, "one migration, one process that did it \(context)")

            XCTAssertEqual(try harness.assertHealthy(nil, context), count + stored.count, "entries lost \(context)")
            let inspector = try DatabaseInspector(harness.database)
            XCTAssertEqual(try inspector.integrityCheck(), ["ok"], context)
            XCTAssertTrue(
                Set(stored).isSubset(of: Set(try inspector.titles().values)),
                "an acknowledged add is missing \(context)")
            XCTAssertEqual(
                try inspector.values("SELECT identifier FROM grdb_migrations ORDER BY rowid") as [String],
                KnowledgeBase.knownMigrations, context)
            try inspector.close()
            let name = (harness.database as NSString).lastPathComponent
            let backups = try FileManager.default.contentsOfDirectory(atPath: harness.folder).filter {
                $0.hasPrefix(name + ".") && $0.hasSuffix(".backup")
            }
            // The killed migrate may have finished its backup; the process that took over writes one more.
            XCTAssertLessThanOrEqual(
                backups.count, notes + (result.wasKilled ? 1 : 0), "more backups than migrations \(context): \(backups)"
            )
            XCTAssertGreaterThanOrEqual(backups.count, 1, "the migration wrote a backup first \(context)")
            try assertEveryBackupIsComplete(in: harness.folder, of: harness.database, entries: count, context)
            try removeBackups(of: harness.database)
        }
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/migration-with-waiters: \(landed) SIGKILLs of `kb migrate` (\(count) entries) with four adds waiting; \(takenOver) times an add took the migration over; all \(acknowledged) acknowledged adds stored; kb check, integrity, migrations and every backup checked after each"
        )
    }

    // MARK: - Helpers

    /// A database as kb 0001 left it: only the first migration, with `entries` tips.
    static func makeOldDatabase(at path: String, entries: Int) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try SchemaMigrations.migrator().migrate(queue, upTo: "0001_initial_schema")
        try queue.write { db in
            for index in 0..<entries {
                try db.execute(
                    sql:
                        "INSERT INTO entry (uuid, kind, title, body, created_at, updated_at) VALUES (?, 'tip', ?, ?, '2015-05-21T10:00:00.000Z', '2015-05-21T10:00:00.000Z')",
                    arguments: [
                        UUID().uuidString.lowercased(), "Oude tip \(index)",
                        GeneratedImport.sentences.joined(separator: " "),
                    ])
            }
        }
        try queue.close()
    }

    /// Every `*.backup` file beside `database` opens, passes SQLite's integrity check and holds
    /// the old database (only the first migration, and `entries` entries when given).
    func assertEveryBackupIsComplete(
        in folder: String, of database: String, entries: Int? = nil, _ context: String, file: StaticString = #filePath,
        line: UInt = #line
    ) throws {
        let name = (database as NSString).lastPathComponent
        for backup in try FileManager.default.contentsOfDirectory(atPath: folder)
        where backup.hasPrefix(name + ".") && backup.hasSuffix(".backup") {
            let inspector = try DatabaseInspector(folder + "/" + backup)
            XCTAssertEqual(
                try inspector.integrityCheck(), ["ok"], "backup \(backup) \(context)", file: file, line: line)
            if let entries {
                XCTAssertEqual(
                    try inspector.entryCount(), entries, "backup \(backup) \(context)", file: file, line: line)
                // A backup holds the file as it was before that run's migration: an earlier,
                // killed run may already have applied some migrations.
                let applied: [String] = try inspector.values("SELECT identifier FROM grdb_migrations ORDER BY rowid")
                XCTAssertTrue(
                    applied.count < KnowledgeBase.knownMigrations.count
                        && Array(KnowledgeBase.knownMigrations.prefix(applied.count)) == applied,
                    "backup \(backup) holds migrations \(applied) \(context)", file: file, line: line)
            }
            try inspector.close()
        }
    }

    func removeBackups(of database: String) throws {
        let folder = (database as NSString).deletingLastPathComponent
        let name = (database as NSString).lastPathComponent
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasPrefix(name + ".") {
            try FileManager.default.removeItem(atPath: folder + "/" + file)
        }
    }
}
