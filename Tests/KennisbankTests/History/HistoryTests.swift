import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Every change keeps the previous version, with when and by whom; a restore is a version too.
final class HistoryTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let anna = Author("Anna de Vries")!
    let bert = Author("Bert")!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testTheHistoryHoldsEveryVersionAfterASeriesOfEdits() throws {
        let entry = try knowledgeBase.add(
            try knowledgeBase.resolve(
                NewEntryText(kind: .obstacle, title: "Leegstand", body: "Eerste tekst.", municipality: "Zwolle")),
            by: anna)
        try knowledgeBase.update(entry.id, with: EntryChanges(title: "Leegstand van de school"), by: bert)
        try knowledgeBase.update(entry.id, with: EntryChanges(body: "Tweede tekst.", addTopics: ["Vastgoed"]), by: anna)
        try knowledgeBase.update(entry.id, with: EntryChanges(status: .resolved), by: nil)

        let history = try knowledgeBase.history(of: entry.id)
        XCTAssertEqual(history.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(history.map(\.change), [.add, .edit, .edit, .edit])
        XCTAssertEqual(history.map(\.author), [anna, bert, anna, nil])
        XCTAssertEqual(history.map(\.changed), [[], [.title], [.body, .topics], [.status]])
        XCTAssertEqual(
            history.map(\.version.entry.title),
            [
                "Leegstand", "Leegstand van de school", "Leegstand van de school",
                "Leegstand van de school",
            ])
        XCTAssertEqual(
            history.map(\.version.entry.body), ["Eerste tekst.", "Eerste tekst.", "Tweede tekst.", "Tweede tekst."])
        XCTAssertEqual(history.map(\.version.entry.status), [.open, .open, .open, .resolved])
        XCTAssertEqual(history.last?.version.entry, try knowledgeBase.entry(entry.id))
        XCTAssertTrue(zip(history, history.dropFirst()).allSatisfy { $0.changedAt <= $1.changedAt })
    }

    func testRestoreMakesAnEarlierVersionCurrentAndIsItselfUndoable() throws {
        let obstacle = try knowledgeBase.add(
            NewEntryText(kind: .obstacle, title: "Wantrouwen", municipality: "Deventer"))
        let tip = try knowledgeBase.add(
            try knowledgeBase.resolve(
                NewEntryText(
                    kind: .tip, title: "Open proces", body: "Leg alles op tafel.", topics: ["Vertrouwen"],
                    addresses: [obstacle.id.description])), by: anna)
        try knowledgeBase.update(
            tip.id,
            with: EntryChanges(
                title: "Gesloten proces", topics: ["Geheim"], removeAddresses: [obstacle.id]), by: bert)

        let restored = try knowledgeBase.restore(tip.id, toRevision: 1, by: anna)
        XCTAssertEqual(restored.title, "Open proces")
        XCTAssertEqual(restored.topics, ["Vertrouwen"])
        XCTAssertEqual(restored.addresses, [obstacle.uuid])
        let history = try knowledgeBase.history(of: tip.id)
        XCTAssertEqual(history.map(\.change), [.add, .edit, .restore])
        XCTAssertEqual(history.last?.restoredFrom, 1)
        XCTAssertEqual(history.last?.author, anna)

        // Without a revision, restore undoes the last change: here, the restore.
        let undone = try knowledgeBase.restore(tip.id)
        XCTAssertEqual(undone.title, "Gesloten proces")
        XCTAssertEqual(undone.topics, ["Geheim"])
        XCTAssertEqual(undone.addresses, [])
        XCTAssertEqual(try knowledgeBase.history(of: tip.id).count, 4)
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "gesloten")).hits.map(\.entry.id), [tip.id])

        XCTAssertThrowsKennisbankError(.exactly(.unknownRevision(tip.id, revision: 9, latest: 4))) {
            try knowledgeBase.restore(tip.id, toRevision: 9)
        }
    }

    func testAnEntryFromBeforeTheHistoryKeepsItsStateAtItsFirstChange() throws {
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Oude tip", body: "Zoals het was."))
        // As an entry stored before migration 0005: no versions.
        try knowledgeBase.write { try $0.execute(sql: "DELETE FROM entry_revision") }
        XCTAssertEqual(try knowledgeBase.history(of: entry.id), [])

        try knowledgeBase.update(entry.id, with: EntryChanges(body: "Nieuw."), by: bert)
        let history = try knowledgeBase.history(of: entry.id)
        XCTAssertEqual(history.map(\.change), [.existing, .edit])
        XCTAssertEqual(history.map(\.author), [nil, bert])
        XCTAssertEqual(history.first?.version.entry.body, "Zoals het was.")
        XCTAssertEqual(try knowledgeBase.restore(entry.id).body, "Zoals het was.")
    }

    func testImportRecordsAVersionOfEveryEntryItAddsOrUpdatesWithItsAuthor() throws {
        let uuid = "22222222-2222-4222-8222-222222222222"
        try knowledgeBase.importRecords(
            from: [
                .text(#"{"uuid": "\#(uuid)", "kind": "tip", "title": "Tip", "body": "Een"}"#, name: "a", format: .jsonl)
            ],
            options: ImportOptions(author: anna))
        try knowledgeBase.importRecords(
            from: [
                .text(
                    #"{"uuid": "\#(uuid)", "kind": "tip", "title": "Tip", "body": "Twee"}"#, name: "b", format: .jsonl)
            ],
            options: ImportOptions(author: bert))
        let id = try knowledgeBase.entryID(uuid)
        let history = try knowledgeBase.history(of: id)
        XCTAssertEqual(history.map(\.change), [.add, .import])
        XCTAssertEqual(history.map(\.author), [anna, bert])
        XCTAssertEqual(history.map(\.version.entry.body), ["Een", "Twee"])
    }

    func testAuthorNamesAreOneTrimmedLine() {
        XCTAssertNil(Author("  \n "))
        XCTAssertEqual(Author(" Anna\nde Vries ")?.name, "Anna de Vries")
        XCTAssertEqual(Author(String(repeating: "a", count: 500))?.name.count, Author.maximumLength)
    }

    func testTheHistoryJSONHasEnglishKeys() throws {
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Tip"))
        let revision = try XCTUnwrap(try knowledgeBase.history(of: entry.id).first)
        let object = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(revision)) as? [String: Any])
        XCTAssertEqual(
            Set(object.keys),
            ["entry_id", "revision", "change", "restored_from", "changed_at", "author", "changed", "entry"])
        XCTAssertEqual(try JSONDecoder().decode(Revision.self, from: try JSONEncoder().encode(revision)).number, 1)
    }
}
