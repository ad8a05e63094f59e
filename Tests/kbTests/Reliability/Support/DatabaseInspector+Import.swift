import Foundation
import XCTest

extension DatabaseInspector {
    /// Checks the file after a killed (or finished) command: SQLite's integrity check, foreign
    /// keys, and the search index agreeing with the entries.
    func assertSound(_ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try integrityCheck(), ["ok"], context, file: file, line: line)
        XCTAssertEqual(try foreignKeyViolations(), 0, context, file: file, line: line)
        let disagreement = try indexDisagreement()
        XCTAssertEqual(
            disagreement.unindexed, [], "entries missing from the search index \(context)", file: file, line: line)
        XCTAssertEqual(disagreement.orphaned, [], "index rows without an entry \(context)", file: file, line: line)
    }

    /// Checks that the import of `generated` (its topics labelled `Crashthema TAG …`) is in the
    /// file wholly — entries, municipality, topics and links — or not at all, and that an import
    /// that was not killed is there; returns how many of its entries are stored.
    @discardableResult
    func assertWholeOrAbsent(
        _ generated: GeneratedImport, tag: String, wasKilled: Bool, _ context: String, file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> Int {
        let stored = try count(uuids: generated.uuids)
        let municipalities: Int =
            try value("SELECT count(*) FROM municipality WHERE name = ?", [generated.municipality]) ?? -1
        let topics: Int = try value("SELECT count(*) FROM topic WHERE label LIKE ?", ["Crashthema \(tag) %"]) ?? -1
        let uuids = String(decoding: try JSONEncoder().encode(generated.uuids), as: UTF8.self)
        let links: Int =
            try value(
                "SELECT count(*) FROM entry_obstacle WHERE entry_id IN (SELECT id FROM entry WHERE uuid IN (SELECT value FROM json_each(?)))",
                [uuids]) ?? -1
        if stored == 0 {
            XCTAssertTrue(wasKilled, "an import that ran to its end is stored \(context)", file: file, line: line)
            XCTAssertEqual(
                [municipalities, topics, links], [0, 0, 0], "nothing of a killed import may remain \(context)",
                file: file, line: line)
        } else {
            XCTAssertEqual(
                stored, generated.uuids.count, "an import is stored wholly or not at all \(context)", file: file,
                line: line)
            XCTAssertEqual(
                [municipalities, topics, links], [1, generated.topics.count, generated.links],
                "the import's municipality, topics and links \(context)", file: file, line: line)
        }
        return stored
    }
}
