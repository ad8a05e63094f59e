import Foundation
import XCTest

@testable import Kennisbank

/// An import never overwrites silently: stale records, namesakes without a UUID and records of
/// trashed entries are listed with file and line, and applied only when asked.
final class ImportSafetyTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let uuid = "33333333-3333-4333-8333-333333333333"

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func record(title: String, updatedAt: String) -> ImportSource {
        .text(
            #"{"uuid": "\#(uuid)", "kind": "tip", "title": "\#(title)", "updated_at": "\#(updatedAt)", "created_at": "2020-01-01T00:00:00.000Z"}"#,
            name: "export.jsonl", format: .jsonl)
    }

    func testAStaleRecordIsListedAndAppliedOnlyWithForce() throws {
        try knowledgeBase.importRecords(from: [record(title: "Nieuw", updatedAt: "2024-06-01T00:00:00.000Z")])
        let id = try knowledgeBase.entryID(uuid)

        let stale = try knowledgeBase.importRecords(from: [record(title: "Oud", updatedAt: "2023-01-01T00:00:00.000Z")])
        XCTAssertEqual(try knowledgeBase.entry(id).title, "Nieuw")
        XCTAssertEqual(stale.updated, 0)
        XCTAssertEqual(stale.skippedRecords.map(\.location), [RecordLocation(source: "export.jsonl", line: 1)])
        guard case .stale(let entry, let stored, let recorded) = stale.skippedRecords.first?.reason else {
            return XCTFail("\(stale)")
        }
        XCTAssertEqual(entry, id)
        XCTAssertEqual(Timestamp.string(stored), "2024-06-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.string(recorded), "2023-01-01T00:00:00.000Z")

        // The same time: unchanged.
        let same = try knowledgeBase.importRecords(from: [record(title: "Nieuw", updatedAt: "2024-06-01T00:00:00.000Z")]
        )
        XCTAssertEqual([same.skipped, same.updated, same.skippedRecords.count], [1, 0, 0])

        let forced = try knowledgeBase.importRecords(
            from: [record(title: "Oud", updatedAt: "2023-01-01T00:00:00.000Z")], options: ImportOptions(force: true))
        XCTAssertEqual(forced.updated, 1)
        XCTAssertEqual(try knowledgeBase.entry(id).title, "Oud")
        // Both versions are in the history.
        XCTAssertEqual(try knowledgeBase.history(of: id).map(\.version.entry.title), ["Nieuw", "Oud"])
    }

    func testANamesakeWithoutUUIDIsListedAndAppliedOnlyWhenMatchingIsAsked() throws {
        let line = #"{"kind": "example", "municipality": "Utrecht", "title": "Verslag werkbezoek", "body": "B"}"#
        try knowledgeBase.importRecords(
            from: [
                .text(
                    #"{"kind": "example", "municipality": "Utrecht", "title": "Verslag werkbezoek", "body": "A"}"#,
                    name: "a", format: .jsonl)
            ])
        let report = try knowledgeBase.importRecords(from: [.text(line, name: "b.jsonl", format: .jsonl)])
        let id = try XCTUnwrap(try knowledgeBase.entries().first?.id)
        XCTAssertEqual(report.skippedRecords.map(\.reason), [.matchesExisting(entry: id)])
        XCTAssertEqual(try knowledgeBase.entry(id).body, "A")
        // The same content again is simply unchanged.
        XCTAssertEqual(
            try knowledgeBase.importRecords(
                from: [
                    .text(
                        #"{"kind": "example", "municipality": "Utrecht", "title": "Verslag werkbezoek", "body": "A"}"#,
                        name: "a", format: .jsonl)
                ]
            ).skipped, 1)

        let matched = try knowledgeBase.importRecords(
            from: [.text(line, name: "b.jsonl", format: .jsonl)], options: ImportOptions(updateMatching: true))
        XCTAssertEqual(matched.updated, 1)
        XCTAssertEqual(try knowledgeBase.history(of: id).map(\.version.entry.body), ["A", "B"])
    }

    func testARecordOfATrashedEntryIsListedAndForceBringsItBack() throws {
        try knowledgeBase.importRecords(from: [record(title: "Tip", updatedAt: "2024-06-01T00:00:00.000Z")])
        let id = try knowledgeBase.entryID(uuid)
        try knowledgeBase.moveToTrash(id)

        let report = try knowledgeBase.importRecords(from: [
            record(title: "Tip bijgewerkt", updatedAt: "2025-01-01T00:00:00.000Z")
        ])
        XCTAssertEqual(report.skippedRecords.map(\.reason), [.inTrash(entry: id)])
        XCTAssertEqual(try knowledgeBase.trash().map(\.id), [id])
        XCTAssertEqual(try knowledgeBase.count(), 0)

        let forced = try knowledgeBase.importRecords(
            from: [record(title: "Tip bijgewerkt", updatedAt: "2025-01-01T00:00:00.000Z")],
            options: ImportOptions(force: true))
        XCTAssertEqual(forced.updated, 1)
        XCTAssertEqual(try knowledgeBase.entry(id).title, "Tip bijgewerkt")
        XCTAssertEqual(try knowledgeBase.trash(), [])
    }

    func testLoadingTheSampleAgainKeepsEditedAndTrashedSampleEntries() throws {
        try knowledgeBase.loadSample()
        let edited = Entry.ID(1)
        try knowledgeBase.update(edited, with: EntryChanges(title: "Onze titel"))
        try knowledgeBase.moveToTrash(Entry.ID(2))
        let again = try knowledgeBase.loadSample()
        XCTAssertEqual(try knowledgeBase.entry(edited).title, "Onze titel")
        XCTAssertEqual(try knowledgeBase.trash().map(\.id), [Entry.ID(2)])
        XCTAssertEqual([again.added, again.updated], [0, 0])
        XCTAssertEqual(again.skippedRecords.map(\.reason), [.inTrash(entry: Entry.ID(2))])
    }

    func testTheReportJSONNamesEverySkippedRecord() throws {
        let skipped = SkippedRecord(
            location: RecordLocation(source: "a.jsonl", line: 3), title: "T",
            reason: .stale(
                entry: Entry.ID(4), stored: Date(timeIntervalSince1970: 1), record: Date(timeIntervalSince1970: 0)))
        let object = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(skipped)) as? [String: Any])
        XCTAssertEqual(object["code"] as? String, "stale")
        XCTAssertEqual(object["line"] as? Int, 3)
        XCTAssertEqual(object["entry"] as? Int, 4)
        XCTAssertEqual(object["stored_updated_at"] as? String, "1970-01-01T00:00:01.000Z")
        XCTAssertEqual(try JSONDecoder().decode(SkippedRecord.self, from: try JSONEncoder().encode(skipped)), skipped)
    }
}
