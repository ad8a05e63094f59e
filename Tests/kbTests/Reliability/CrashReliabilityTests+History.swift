import Foundation
import GRDB
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// SIGKILL `kb restore` and `kb trash empty` at random moments: the file stays sound, each entry
/// is wholly before or wholly after the change, with its history to match, and nothing else moves.
extension CrashReliabilityTests {
    /// `kb restore` of an entry with a large body (so that the index work takes a while), killed
    /// at points spread over its run.
    func testKilledRestoresLeaveTheEntryWhollyBeforeOrAfter() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 21)
        let kills = ReliabilityMode.scaled(10)
        let others = 100
        try Self.withKnowledgeBase(harness.database) { kb in
            for index in 0..<others {
                try kb.add(
                    NewEntry(kind: .tip, title: "Tip \(index)", body: GeneratedImport.sentences.joined(separator: " ")),
                    allowingDuplicate: true)
            }
            let target = try kb.add(
                NewEntry(kind: .tip, title: "Versie A", body: Self.largeBody("buurthuis vrijwilliger", count: 30_000)))
            try kb.update(
                target.id,
                with: EntryChanges(title: "Versie B", body: Self.largeBody("subsidie gemeente", count: 30_000)))
        }
        let id = "\(others + 1)"
        let started = Date()
        try harness.succeed(["restore", id, "--revision", "1"])
        var duration = Date().timeIntervalSince(started)

        var landed = 0
        var attempts = 0
        var applied = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            let before = try Self.state(of: Int64(others + 1), in: harness.database)
            let after = before.title == "Versie A" ? "Versie B" : "Versie A"
            let delay = duration * (Double(landed) + Double.random(in: 0..<1, using: &random)) / Double(kills)
            let process = try harness.start(["restore", id, "--revision", after == "Versie A" ? "1" : "2"])
            if let ended = process.kill(after: delay) { duration = min(duration, ended) }
            let result = process.wait()
            if result.wasKilled { landed += 1 } else { XCTAssertEqual(result.status, 0, result.stderr) }
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"

            XCTAssertEqual(try harness.assertHealthy(harness.database, context), others + 1)
            let now = try Self.state(of: Int64(others + 1), in: harness.database)
            XCTAssertTrue(now.title == before.title || now.title == after, "\(now) \(context)")
            XCTAssertEqual(now.body.hasPrefix("buurthuis"), now.title == "Versie A", "a half restore \(context)")
            XCTAssertEqual(
                now.versions, before.versions + (now.title == after ? 1 : 0), "history out of step \(context)")
            if !result.wasKilled { XCTAssertEqual(now.title, after, context) }
            if now.title == after { applied += 1 }
        }
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/restore: \(landed) SIGKILLs of `kb restore` (a 0.5 MB body, \(others) other entries) survived; \(applied) restores applied whole, the rest not at all; kb check and the history checked after each"
        )
    }

    /// `kb trash empty` of a full trash, killed at points spread over its run.
    func testKilledTrashEmptiesDeleteAllOrNothing() throws {
        let harness = try KBHarness(self)
        var random = SeededRandom(salt: 22)
        let kills = ReliabilityMode.scaled(10)
        let kept = 100
        let body = GeneratedImport.sentences.joined(separator: " ")
        try Self.withKnowledgeBase(harness.database) { kb in
            for index in 0..<kept {
                try kb.add(NewEntry(kind: .tip, title: "Blijft \(index)", body: body), allowingDuplicate: true)
            }
        }
        var round = 0
        func fillTrash() throws {
            round += 1
            try Self.withKnowledgeBase(harness.database) { kb in
                for index in 0..<150 {
                    let entry = try kb.add(
                        NewEntry(kind: .tip, title: "Weg \(round) \(index)", body: body), allowingDuplicate: true)
                    try kb.update(entry.id, with: EntryChanges(addTopics: ["Ronde \(round)"]))
                    try kb.moveToTrash(entry.id)
                }
            }
        }
        try fillTrash()
        let started = Date()
        try harness.succeed(["trash", "empty", "--yes"])
        var duration = Date().timeIntervalSince(started)
        try fillTrash()

        var landed = 0
        var attempts = 0
        var emptied = 0
        while landed < kills, attempts < kills * 4 {
            attempts += 1
            let trashed = try Self.count("SELECT count(*) FROM entry_trash", in: harness.database)
            let versions = try Self.count("SELECT count(*) FROM entry_revision", in: harness.database)
            let trashedVersions = try Self.count(
                "SELECT count(*) FROM entry_revision WHERE entry_id IN (SELECT id FROM entry_trash)",
                in: harness.database)
            let delay = duration * (Double(landed) + Double.random(in: 0..<1, using: &random)) / Double(kills)
            let process = try harness.start(["trash", "empty", "--yes"])
            if let ended = process.kill(after: delay) { duration = min(duration, ended) }
            let result = process.wait()
            if result.wasKilled { landed += 1 } else { XCTAssertEqual(result.status, 0, result.stderr) }
            let context =
                "after kill \(attempts) at \(String(format: "%.3f", delay)) s of \(String(format: "%.3f", duration)) s"

            XCTAssertEqual(
                try harness.assertHealthy(harness.database, context), kept, "a stored entry moved \(context)")
            let left = try Self.count("SELECT count(*) FROM entry_trash", in: harness.database)
            let versionsLeft = try Self.count("SELECT count(*) FROM entry_revision", in: harness.database)
            XCTAssertTrue(left == trashed || left == 0, "\(left) of \(trashed) left in the trash \(context)")
            XCTAssertEqual(versionsLeft, left == 0 ? versions - trashedVersions : versions, context)
            if !result.wasKilled { XCTAssertEqual(left, 0, context) }
            if left == 0 {
                emptied += 1
                try fillTrash()
            }
        }
        XCTAssertEqual(landed, kills)
        ReliabilityMode.report(
            "crash/trash-empty: \(landed) SIGKILLs of `kb trash empty` (150 entries with their history) survived; \(emptied) emptied whole, the rest kept whole; kb check, the stored entries and the history checked after each"
        )
    }

    // MARK: Helpers

    /// Runs `work` on the knowledge base at `path`, closed again before returning.
    static func withKnowledgeBase(_ path: String, _ work: (KnowledgeBase) throws -> Void) throws {
        try work(try KnowledgeBase(path: path))
    }

    /// `words` repeated until the text has `count` words.
    static func largeBody(_ words: String, count: Int) -> String {
        let parts = words.split(separator: " ")
        return (0..<count).map { String(parts[$0 % parts.count]) }.joined(separator: " ")
    }

    /// The title, body and number of versions of entry `id`.
    static func state(of id: Int64, in path: String) throws -> (title: String, body: String, versions: Int) {
        let inspector = try DatabaseInspector(path)
        defer { try? inspector.close() }
        let title: String? = try inspector.value("SELECT title FROM entry WHERE id = ?", [id])
        let body: String? = try inspector.value("SELECT body FROM entry WHERE id = ?", [id])
        let versions: Int? = try inspector.value("SELECT count(*) FROM entry_revision WHERE entry_id = ?", [id])
        return (title ?? "", body ?? "", versions ?? 0)
    }

    /// The number `sql` counts.
    static func count(_ sql: String, in path: String) throws -> Int {
        let inspector = try DatabaseInspector(path)
        defer { try? inspector.close() }
        return try inspector.value(sql) ?? 0
    }
}
