import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// An import runs with a larger page cache (see `ImportPageCache`) and leaves the connection's own.
final class ImportPageCacheTests: XCTestCase {
    func testTheCacheIsLargerDuringTheWorkAndAsBeforeAfterIt() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let sizes = try knowledgeBase.write { db -> [Int?] in
            let before = try Int.fetchOne(db, sql: "PRAGMA cache_size")
            let during = try ImportPageCache.during(db) { try Int.fetchOne(db, sql: "PRAGMA cache_size") }
            struct Failure: Error {}
            XCTAssertThrowsError(try ImportPageCache.during(db) { throw Failure() })
            return [before, during, try Int.fetchOne(db, sql: "PRAGMA cache_size")]
        }
        XCTAssertEqual(sizes, [-2000, -ImportPageCache.kibibytes, -2000])
    }

    func testAnImportLeavesTheConnectionsCacheAsItWas() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let record = #"{"kind": "tip", "title": "Geef de sleutel uit handen", "body": "Vertrouw de vrijwilligers."}"#
        let report = try knowledgeBase.importRecords(from: [.text(record, name: "tips.jsonl", format: .jsonl)])
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(try knowledgeBase.read { try Int.fetchOne($0, sql: "PRAGMA cache_size") }, -2000)
    }
}
