import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb synonyms` / `kb synoniemen`, and what `kb search` and `kb analyze` say about expansions (issue 15).
final class SynonymsCommandTests: XCTestCase {
    func testSynonymsAreListedAddedAndRemovedWithWhoAndWhen() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        XCTAssertCleanFailure(try kb.run(["synonyms", "list"]), "No knowledge base at")
        try kb.succeed(["init"])
        let builtIn = try XCTUnwrap(
            try kb.succeed(["synonyms", "list", "--format", "json"]).json() as? [[String: Any]])
        XCTAssertTrue(builtIn.contains { ($0["words"] as? [String])?.contains("mfa") == true })
        XCTAssertTrue(builtIn.allSatisfy { $0["source"] as? String == "builtin" && $0["author"] is NSNull })
        XCTAssertEqual(Set(builtIn.first?.keys ?? [:].keys), ["words", "source", "author", "changed_at"])

        let added = try kb.succeed(["synoniemen", "nieuw", "kulturhus", "dorpshuis", "--author", "Anna"])
        XCTAssertEqual(
            added.stderr,
            Catalog(.english).text("synonyms.add.done", ["words": "kulturhus, dorpshuis"]) + "\n")
        try kb.succeed(["synonyms", "remove", "pilot", "--author", "Bert"])

        let list = try XCTUnwrap(try kb.succeed(["synonyms", "list", "--format", "json"]).json() as? [[String: Any]])
        let mine = try XCTUnwrap(list.first { $0["source"] as? String == "added" })
        XCTAssertEqual(mine["words"] as? [String], ["kulturhus", "dorpshuis"])
        XCTAssertEqual(mine["author"] as? String, "Anna")
        XCTAssertNotNil((mine["changed_at"] as? String).flatMap { $0.hasSuffix("Z") ? $0 : nil })
        let removal = try XCTUnwrap(list.last)
        XCTAssertEqual(removal["source"] as? String, "removed")
        XCTAssertEqual(removal["words"] as? [String], ["pilot"])
        XCTAssertEqual(removal["author"] as? String, "Bert")
        XCTAssertFalse(
            list.contains {
                $0["source"] as? String == "builtin" && ($0["words"] as? [String])?.contains("pilot") == true
            })

        let table = try kb.run(["synoniemen", "lijst"], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        XCTAssertTrue(table.hasPrefix("WOORDEN"), table)
        XCTAssertTrue(
            table.contains("kulturhus, dorpshuis") && table.contains("toegevoegd") && table.contains("Anna"), table)
        XCTAssertTrue(table.contains("verwijderd") && table.contains("ingebouwd"), table)
    }

    func testBadChangesFailCleanlyAndWriteNothing() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let catalog = Catalog(.english)
        XCTAssertCleanFailure(try kb.run(["synonyms", "add", "mfa"]), catalog.text("error.synonyms.tooFewWords"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "a refused change creates nothing")
        try kb.succeed(["init"])
        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["synonyms", "remove", "fietsenstalling"]),
            catalog.text("error.synonyms.none", ["word": "fietsenstalling"]))
        XCTAssertCleanFailure(
            try kb.run(["synonyms", "add", "MFA", "multifunctionele accommodatie"]), "are synonyms already")
        XCTAssertCleanFailure(try kb.run(["synonyms", "add", "de", "het"]), "“de” has no word a search can use")
        XCTAssertEqual(workspace.snapshot(), before)
        let dutch = try kb.run(
            ["synoniemen", "verwijder", "fietsenstalling"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertCleanFailure(dutch, "“fietsenstalling” heeft geen synoniemen")
    }

    func testSearchAndAnalyzeSayWhatTheyAlsoLookedFor() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        try kb.succeed([
            "add", "example", "--municipality", "'s-Gravenhage", "--title",
            "Een multifunctionele accommodatie in de wijk",
        ])
        let json = try XCTUnwrap(try kb.succeed(["search", "mfa", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual((json["hits"] as? [Any])?.count, 1)
        let expansions = try XCTUnwrap(json["expansions"] as? [[String: Any]])
        XCTAssertEqual(expansions.first?["words"] as? String, "mfa")
        XCTAssertEqual(
            expansions.first?["synonyms"] as? [String], ["multifunctionele accommodatie", "multifunctioneel centrum"])

        let table = try kb.succeed(["search", "den", "haag"])
        XCTAssertTrue(table.stdout.contains("Een multifunctionele accommodatie in de wijk"), table.stdout)
        XCTAssertTrue(table.stderr.contains("'s-Gravenhage (for den haag)"), table.stderr)

        let analyzed = try kb.succeed(["analyze", "hoe", "krijg", "ik", "de", "mfa", "in", "den", "haag"])
        XCTAssertTrue(analyzed.stdout.hasSuffix("mfa\nin\nden\nhaag\n"), analyzed.stdout)
        let catalog = Catalog(.english)
        XCTAssertEqual(
            analyzed.stderr.split(separator: "\n").map(String.init),
            [
                catalog.text(
                    "analyze.expansion.synonyms",
                    ["words": "mfa", "synonyms": "multifunctionele accommodatie, multifunctioneel centrum"]),
                catalog.text("analyze.expansion.place", ["words": "den haag", "municipalities": "'s-Gravenhage"]),
                catalog.text("analyze.expansion.question", ["words": "hoe"]),
                catalog.text("analyze.expansion.question", ["words": "krijg"]),
                catalog.text("analyze.expansion.question", ["words": "ik"]),
            ])
    }
}
