import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// `kb rm` is a soft delete: the entry leaves search, lists, comparison and export, keeps its id
/// and UUID, and comes back with its links and topics.
final class TrashTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testTrashRestoreBringsBackLinksTopicsAndTheSearchIndex() throws {
        let obstacle = try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "Wantrouwen tussen bewoners", municipality: "Deventer",
                topics: ["Vertrouwen", "Participatie"], source: "Bijeenkomst 2015"))
        let tip = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Leg het proces open", addresses: [obstacle.id.description]))
        let example = try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Keukentafelgesprekken", municipality: "Zwolle",
                addresses: [obstacle.id.description]))

        try knowledgeBase.moveToTrash(obstacle.id, by: Author("Anna"))
        XCTAssertEqual(try knowledgeBase.entry(tip.id).addresses, [])
        XCTAssertEqual(try knowledgeBase.topics().map(\.label), [])
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "wantrouwen")).hits.count, 0)
        XCTAssertEqual(try knowledgeBase.trash().map(\.id), [obstacle.id])
        XCTAssertEqual(try knowledgeBase.trash().first?.trashedBy, Author("Anna"))

        let restored = try knowledgeBase.restoreFromTrash(try knowledgeBase.trashedEntryID(obstacle.uuid.uuidString))
        XCTAssertEqual(restored.id, obstacle.id)
        XCTAssertEqual(restored.uuid, obstacle.uuid)
        XCTAssertEqual(restored.topics, ["Participatie", "Vertrouwen"])
        XCTAssertEqual(restored.source, "Bijeenkomst 2015")
        XCTAssertEqual(try knowledgeBase.entry(tip.id).addresses, [obstacle.uuid])
        XCTAssertEqual(try knowledgeBase.entry(example.id).addresses, [obstacle.uuid])
        XCTAssertEqual(try knowledgeBase.entriesAddressing(obstacle.id).map(\.id), [tip.id, example.id])
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "wantrouwen")).hits.map(\.entry.id), [obstacle.id])
        XCTAssertEqual(try knowledgeBase.trash(), [])
        XCTAssertEqual(try knowledgeBase.history(of: obstacle.id).map(\.change), [.add, .remove, .untrash])
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
    }

    func testATrashedEntryIsHiddenAndKeepsItsIDAndUUID() throws {
        let first = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Eerste"))
        let last = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Tweede", municipality: "Zwolle"))
        try knowledgeBase.moveToTrash(last.id)

        XCTAssertEqual(try knowledgeBase.entries().map(\.id), [first.id])
        XCTAssertEqual(try knowledgeBase.count(), 1)
        XCTAssertFalse(try knowledgeBase.exportText(.jsonl).contains("Tweede"))
        XCTAssertThrowsKennisbankError(.exactly(.entryInTrash(last.id))) { try knowledgeBase.entryID("\(last.id)") }
        XCTAssertThrowsKennisbankError(.exactly(.entryInTrash(last.id))) {
            try knowledgeBase.entryID(last.uuid.uuidString)
        }
        // The largest id is in the trash: a new entry does not take it, nor its UUID.
        let third = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Derde"))
        XCTAssertGreaterThan(third.id, last.id)
        XCTAssertThrowsKennisbankError(.exactly(.entryInTrash(last.id))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "Vierde", uuid: last.uuid))
        }
        XCTAssertThrowsKennisbankError(.exactly(.notInTrash("\(first.id)"))) {
            try knowledgeBase.trashedEntryID("\(first.id)")
        }
    }

    func testEmptyingTheTrashDeletesForGoodOnlyWhatIsOldEnough() throws {
        let old = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Oud"))
        let recent = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Recent"))
        try knowledgeBase.moveToTrash(old.id)
        try knowledgeBase.moveToTrash(recent.id)
        try knowledgeBase.write { db in
            try db.execute(
                sql: "UPDATE entry_trash SET trashed_at = '2020-01-01T00:00:00.000Z' WHERE id = ?", arguments: [old.id])
        }
        XCTAssertEqual(try knowledgeBase.emptyTrash(olderThanDays: 30), 1)
        XCTAssertEqual(try knowledgeBase.trash().map(\.id), [recent.id])
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry("\(old.id)"))) { try knowledgeBase.history(of: old.id) }
        XCTAssertEqual(
            try knowledgeBase.read {
                try Int.fetchOne($0, sql: "SELECT count(*) FROM entry_revision WHERE entry_id = ?", arguments: [old.id])
            },
            0)
        XCTAssertEqual(try knowledgeBase.emptyTrash(), 1)
        XCTAssertEqual(try knowledgeBase.trash(), [])
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
    }

    func testCheckFindsWhatIsWrongInTheHistoryAndTheTrash() throws {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Blijft"))
        let gone = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Weg"))
        let trashed = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Prullenbak", body: "Nog vindbaar"))
        try knowledgeBase.moveToTrash(trashed.id)
        XCTAssertTrue(try knowledgeBase.check().isHealthy)

        try knowledgeBase.write { db in
            // A version of an entry that is neither stored nor in the trash.
            try SearchIndex.remove(gone.id, in: db)
            try db.execute(sql: "DELETE FROM entry WHERE id = ?", arguments: [gone.id])
            // The trashed entry put back into the search index.
            try db.execute(
                sql:
                    "INSERT INTO entry_fts (rowid, title, body, topics, municipality) VALUES (?, 'Prullenbak', 'Nog vindbaar', '', '')",
                arguments: [trashed.id])
        }
        XCTAssertEqual(
            try knowledgeBase.check().problems, [.orphanedHistory(count: 1), .trashedEntryIndexed(count: 1)])

        try knowledgeBase.write { db in
            try db.execute(
                sql: "UPDATE entry_trash SET uuid = (SELECT uuid FROM entry LIMIT 1) WHERE id = ?",
                arguments: [trashed.id])
        }
        XCTAssertTrue(try knowledgeBase.check().problems.contains(.trashConflict(count: 1)))
    }
}
