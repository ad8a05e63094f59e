import Foundation
import XCTest

/// `kb topics list|rename|merge` (Dutch: `themas lijst|hernoem|voeg-samen`), and `--new-topic`
/// on add, edit and import for a topic close to an existing one.
final class TopicsCommandTests: XCTestCase {
    func testACloseTopicIsRefusedInOneLineUnlessNewTopicIsGiven() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Eerste", "--topic", "Vertrouwen"])
        let before = workspace.snapshot()
        let refused = try kb.run(["add", "tip", "--title", "Tweede", "--topic", "vertrouwn"])
        XCTAssertCleanFailure(refused, "did you mean “Vertrouwen”?")
        XCTAssertTrue(refused.stderr.contains("--new-topic"), refused.stderr)
        XCTAssertEqual(workspace.snapshot(), before, "nothing was written")
        try kb.succeed(["add", "tip", "--title", "Tweede", "--topic", "vertrouwn", "--new-topic"])

        XCTAssertCleanFailure(try kb.run(["edit", "1", "--add-topic", "Vertrouwenn"]), "did you mean")
        try kb.succeed(["edit", "1", "--add-topic", "Vertrouwenn", "--new-topic"])

        let path = workspace.folder + "/notes.jsonl"
        try """
        {"kind": "tip", "title": "Drie", "topics": ["Vertrouwenx"]}
        {"kind": "tip", "title": "Vier", "topics": ["Wonen", "Vertrouwenz"]}

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let imported = try kb.run(["import", path])
        XCTAssertCleanFailure(imported, "2 new topics are close to existing ones")
        XCTAssertTrue(imported.stderr.contains("notes.jsonl, line 1"), imported.stderr)
        XCTAssertTrue(imported.stderr.contains("notes.jsonl, line 2"), imported.stderr)
        XCTAssertEqual(try XCTUnwrap(try kb.succeed(["list", "tips", "--format", "json"]).json() as? [Any]).count, 2)
        try kb.succeed(["import", path, "--new-topic"])
        XCTAssertEqual(try XCTUnwrap(try kb.succeed(["list", "tips", "--format", "json"]).json() as? [Any]).count, 4)
    }

    func testListRenameAndMergeKeepSearchAndCheckRight() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed(["add", "tip", "--title", "Eerste", "--topic", "Buurthuis"])
        try kb.succeed(["add", "tip", "--title", "Tweede", "--topic", "Dorpshuis", "--topic", "Buurthuis"])
        try kb.succeed(["add", "tip", "--title", "Derde", "--topic", "Dorpshuis"])

        let listed = try kb.succeed(["topics", "list", "--format", "json"]).json() as? [[String: Any]]
        XCTAssertEqual(listed?.map { $0["label"] as? String }, ["Buurthuis", "Dorpshuis"])
        XCTAssertEqual(listed?.map { $0["entryCount"] as? Int }, [2, 2])
        XCTAssertTrue(try kb.succeed(["themas"]).stdout.contains("Dorpshuis"))

        XCTAssertCleanFailure(try kb.run(["topics", "rename", "Buurthuis", "dorpshuis"]), "kb topics merge")
        try kb.succeed(["themas", "hernoem", "buurthuis", "Wijkcentrum"])
        XCTAssertTrue(try kb.succeed(["search", "wijkcentrum"]).stdout.contains("Eerste"))
        // As a phrase: a word would also find its synonyms wijkcentrum and dorpshuis (issue 15).
        XCTAssertEqual(
            try XCTUnwrap(try kb.succeed(["search", "\"buurthuis\"", "--format", "json"]).json() as? [String: Any])[
                "total"] as? Int, 0)

        try kb.succeed(["themas", "voeg-samen", "Wijkcentrum", "Dorpshuis"])
        let merged = try kb.succeed(["topics", "--format", "json"]).json() as? [[String: Any]]
        XCTAssertEqual(merged?.map { $0["label"] as? String }, ["Dorpshuis"])
        XCTAssertEqual(merged?.map { $0["entryCount"] as? Int }, [3])
        let second = try kb.succeed(["show", "2", "--format", "json"]).json() as? [String: Any]
        XCTAssertEqual(second?["topics"] as? [String], ["Dorpshuis"])
        XCTAssertTrue(try kb.succeed(["check"]).stdout.contains("All is well"))
        XCTAssertCleanFailure(try kb.run(["topics", "merge", "Wijkcentrum", "Dorpshuis"]), "No entry has the topic")
    }
}
