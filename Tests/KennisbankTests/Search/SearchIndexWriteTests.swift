import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// How entries reach the full-text index inside one transaction: together, not one segment each.
final class SearchIndexWriteTests: XCTestCase {
    /// Many entries added in one transaction (an import) are flushed to the index as one segment.
    /// `INSERT … SELECT` into FTS5 ran in a statement transaction whose savepoint made FTS5 flush
    /// its pending terms for every entry: one segment per entry, merged again and again.
    func testEntriesAddedInOneTransactionShareOneSegment() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.write { db in
            for index in 0..<120 {
                _ = try EntryStore.insert(
                    try ValidEntry(
                        NewEntry(
                            kind: .tip, title: "Tip \(index) over buurthuizen",
                            body: "Vrijwilligers beheren het buurthuis \(index).",
                            municipality: index % 2 == 0 ? try MunicipalityLookup.resolve("Deventer", in: db).id : nil,
                            topics: ["Vastgoed", "Tip \(index % 7)"])),
                    in: db, now: Date())
            }
        }
        XCTAssertEqual(try Self.segmentCount(knowledgeBase), 1)
        XCTAssertNoThrow(try SearchIndex.checkIntegrity(knowledgeBase.writer))
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "buurthuis", limit: 500)).hits.count, 120)
    }

    /// The same through an import, with updates and removals in the same index afterwards.
    func testAnImportIsOneSegmentAndLaterChangesKeepTheIndexInStep() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let lines = (0..<80).map { index in
            #"{"kind": "obstacle", "title": "Leegstand \#(index)", "municipality": "Zwolle", "topics": ["Leegstand"], "body": "Het dorpshuis staat leeg (\#(index))."}"#
        }
        try knowledgeBase.importRecords(from: [.text(lines.joined(separator: "\n"), name: "test", format: .jsonl)])
        XCTAssertEqual(try Self.segmentCount(knowledgeBase), 1)
        let first = try knowledgeBase.entries(FilterText(kinds: [.obstacle]), limit: 1)[0]
        try knowledgeBase.update(first.id.description, with: ChangesText(title: "Leegstaande kerk"))
        try knowledgeBase.moveToTrash(Entry.ID(first.id.rawValue + 1))
        XCTAssertNoThrow(try SearchIndex.checkIntegrity(knowledgeBase.writer))
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "kerk")).hits.map(\.entry.id), [first.id])
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "dorpshuis", limit: 500)).hits.count, 79)
    }

    /// The number of segments of `entry_fts`, from FTS5's structure record (id 10 of
    /// `entry_fts_data`: a 4-byte cookie, then the varints level count and segment count).
    static func segmentCount(_ knowledgeBase: KnowledgeBase) throws -> Int {
        let blob = try knowledgeBase.writer.read { db in
            try Data.fetchOne(db, sql: "SELECT block FROM entry_fts_data WHERE id = 10")
        }
        guard let bytes = blob.map(Array.init), bytes.count > 4 else { return 0 }
        var index = 4
        func varint() -> Int {
            var value = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                value = value << 7 | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        _ = varint()  // levels
        return varint()
    }
}
