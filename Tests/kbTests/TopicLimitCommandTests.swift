import Foundation
import XCTest

/// `kb add`, `kb edit` and `kb import` refuse an entry with more than 50 topics in one line.
final class TopicLimitCommandTests: XCTestCase {
    func testMoreThanFiftyTopicsAreRefusedInOneLine() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let topics = (1...51).flatMap { ["--topic", "Onderwerp \($0)"] }
        XCTAssertCleanFailure(try kb.run(["add", "tip", "--title", "Te veel"] + topics), "at most 50 topics")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "nothing written")

        try kb.succeed(["add", "tip", "--title", "Vijftig"] + topics.dropLast(2))
        XCTAssertCleanFailure(try kb.run(["edit", "1", "--add-topic", "Nog een"]), "at most 50 topics")

        let path = workspace.folder + "/notes.jsonl"
        let labels = (1...100_000).map { "\"Onderwerp \($0)\"" }.joined(separator: ",")
        try "{\"kind\": \"tip\", \"title\": \"Honderdduizend\", \"topics\": [\(labels)]}\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let imported = try kb.run(["import", path])
        XCTAssertCleanFailure(imported, "at most 50 topics")
        XCTAssertTrue(imported.stderr.contains("notes.jsonl, line 1"), imported.stderr)
        XCTAssertEqual(try XCTUnwrap(try kb.succeed(["list", "tips", "--format", "json"]).json() as? [Any]).count, 1)
    }
}
