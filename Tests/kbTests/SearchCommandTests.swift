import Foundation
import XCTest

/// `kb search`, `kb tips`, `kb analyze`, `kb reindex`, `kb check` and `kb backup`, end to end.
final class SearchCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    var kb: KBProcess { workspace.kb }

    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        try kb.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen tussen bewoners en gemeente",
            "--body", "De financiële risico's van co-creatie schrikken de raad af.", "--topic", "Vertrouwen", "--date",
            "2015-05-21",
        ])
        try kb.succeed([
            "add", "tip", "--title", "Leg het proces open op tafel", "--topic", "Vertrouwen",
            "--body", "Transparantie helpt tegen wantrouwen. Het buurthuis blijft open.",
        ])
        try kb.succeed([
            "add", "example", "--municipality", "Zwolle", "--title", "Bewoners beheren de buurthuizen",
            "--body", "Vrijwilligers beheren twee buurthuizen, met een kleine subsidie.", "--topic",
            "Maatschappelijk vastgoed", "--date", "2016-03-01",
        ])
        try kb.succeed([
            "add", "tip", "--municipality", "Leeuwarden", "--title", "Ruimte voor anders", "--topic", "Experimenteren",
            "--body", "Durf te experimenteren met een pilot.",
        ])
    }

    /// The hits of `kb search … --format json`: the `hits` of the results object.
    func hits(_ arguments: [String]) throws -> [[String: Any]] {
        let results = try XCTUnwrap(try kb.succeed(arguments + ["--format", "json"]).json() as? [String: Any])
        return try XCTUnwrap(results["hits"] as? [[String: Any]])
    }

    func testSearchPrintsHitsWithMarkedSnippets() throws {
        let table = try kb.succeed(["search", "buurthuis"]).stdout
        // Into a pipe: no marks of any kind, the text as it is.
        XCTAssertTrue(table.hasPrefix("#3  Bewoners beheren de buurthuizen\n"), table)
        XCTAssertTrue(table.contains("example · Zwolle · Maatschappelijk vastgoed"), table)
        XCTAssertTrue(table.contains("    Bewoners beheren de buurthuizen\n"), table)
        XCTAssertTrue(table.contains("#2  Leg het proces open op tafel"), table)
        XCTAssertFalse(table.contains("**") || table.contains("\u{1B}"), table)

        let json = try hits(["search", "financiele", "risicos"])
        XCTAssertEqual(json.count, 1)
        XCTAssertEqual(json[0]["id"] as? Int, 1)
        XCTAssertEqual(json[0]["kind"] as? String, "obstacle")
        XCTAssertEqual(json[0]["municipality"] as? String, "Deventer")
        XCTAssertEqual(json[0]["topics"] as? [String], ["Vertrouwen"])
        XCTAssertNotNil(json[0]["uuid"] as? String)
        XCTAssertEqual(
            json[0]["snippet"] as? String, "De **financiële** **risico's** van co-creatie schrikken de raad af.")
        XCTAssertNotNil(json[0]["score"] as? Double)
    }

    func testQueriesAsPeopleTypeThem() throws {
        XCTAssertEqual(try hits(["search", "wantrouwen", "-transparantie"]).map { $0["id"] as? Int }, [1])
        XCTAssertEqual(try hits(["search", "wantrouwen NIET transparantie"]).map { $0["id"] as? Int }, [1])
        XCTAssertEqual(try hits(["search", "\"ruimte voor anders\""]).map { $0["id"] as? Int }, [4])
        XCTAssertEqual(Set(try hits(["search", "pilot OF subsidie"]).compactMap { $0["id"] as? Int }), [3, 4])
        XCTAssertEqual(try hits(["search", "experiment*"]).map { $0["id"] as? Int }, [4])
        XCTAssertEqual(try hits(["search", "cocreatie"]).map { $0["id"] as? Int }, [1])
        for odd in [
            "wat werkt?", "Bergen (NH.)", "\"open quote", "100%", "a & b", "title: x", "*", "-", "OF", "NIET", "",
            "(((", "'s-Hertogenbosch",
        ] {
            let result = try kb.run(["search", odd])
            XCTAssertEqual(result.status, 0, "kb search \(odd): \(result.stderr)")
        }
        let relaxed = try kb.succeed(["search", "buurthuis", "zwembad"])
        XCTAssertTrue(
            relaxed.stderr.contains("No entry holds all of buurthuis, zwembad; these hold most of them."),
            relaxed.stderr)
        XCTAssertTrue(relaxed.stdout.contains("Bewoners beheren de buurthuizen"))
        let none = try kb.succeed(["search", "zwembad"])
        XCTAssertEqual(none.stdout, "")
        XCTAssertTrue(none.stderr.contains("No hits."))
    }

    func testEachFilter() throws {
        XCTAssertEqual(try hits(["search", "wantrouwen", "--kind", "tip"]).map { $0["id"] as? Int }, [2])
        XCTAssertEqual(try hits(["search", "wantrouwen", "--kind", "obstacle", "--kind", "tip"]).count, 2)
        XCTAssertEqual(try hits(["search", "--topic", "vertrouwen"]).count, 2)
        XCTAssertEqual(try hits(["search", "--topic", "vertrouwen", "--topic", "experimenteren"]).count, 3)
        XCTAssertEqual(try hits(["search", "bewoners", "--municipality", "zwolle"]).map { $0["id"] as? Int }, [3])
        XCTAssertEqual(try hits(["search", "--municipality", "Deventer", "--municipality", "GM0193"]).count, 2)
        XCTAssertEqual(try hits(["search", "--province", "Friesland"]).map { $0["id"] as? Int }, [4])
        XCTAssertEqual(try hits(["search", "bewoners", "--since", "2016-01-01"]).map { $0["id"] as? Int }, [3])
        XCTAssertEqual(try hits(["search", "bewoners", "--until", "2015-12-31"]).map { $0["id"] as? Int }, [1])
        XCTAssertEqual(try hits(["search", "--limit", "2"]).count, 2)
        XCTAssertEqual(try hits(["search", "--limit", "2", "--offset", "3"]).count, 1)
        XCTAssertCleanFailure(try kb.run(["search", "x", "--municipality", "Bergen"]), "can mean")
        XCTAssertCleanFailure(try kb.run(["search", "x", "--topic", "Vertrouwn"]), "did you mean “Vertrouwen”?")
        XCTAssertCleanFailure(try kb.run(["search", "x", "--since", "gisteren"]), "is not a date")
        XCTAssertNotEqual(try kb.run(["search", "x", "--limit", "0"]).status, 0)
        XCTAssertNotEqual(try kb.run(["search", "x", "--kind", "idea"]).status, 0)
    }

    func testTipsSearchesOnlyTips() throws {
        XCTAssertEqual(try hits(["tips", "--topic", "Vertrouwen"]).map { $0["id"] as? Int }, [2])
        XCTAssertEqual(try hits(["tips", "wantrouwen"]).map { $0["id"] as? Int }, [2])
        XCTAssertEqual(Set(try hits(["tips"]).compactMap { $0["kind"] as? String }), ["tip"])
    }

    func testEachOutputFormat() throws {
        let csv = try kb.succeed(["search", "buurthuis", "--format", "csv"]).stdout
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first, "id,uuid,kind,title,municipality,topics,status,date,score,snippet")
        XCTAssertEqual(lines.count, 4, csv)
        XCTAssertTrue(lines[1].hasPrefix("3,"), csv)
        XCTAssertTrue(
            lines[1].contains(",example,Bewoners beheren de buurthuizen,Zwolle,Maatschappelijk vastgoed,,2016-03-01,"),
            csv)
        XCTAssertTrue(lines[1].contains("**buurthuizen**"), csv)
        XCTAssertEqual(lines.last, "")
        try kb.succeed([
            "add", "tip", "--title", "Zwembad \"De Vennen\", Assen", "--body", "Een zwembad, met vrijwilligers.",
        ])
        let quoted = try kb.succeed(["search", "zwembad", "--format", "csv"]).stdout
        XCTAssertTrue(quoted.contains(",tip,\"Zwembad \"\"De Vennen\"\", Assen\",,,,,"), quoted)

        let markdown = try kb.succeed(["search", "buurthuis", "--format", "markdown"]).stdout
        XCTAssertTrue(markdown.hasPrefix("1. **Bewoners beheren de buurthuizen** — example, Zwolle (#3)\n"), markdown)
        XCTAssertTrue(markdown.contains("2. **Leg het proces open op tafel** — tip, network (#2)"), markdown)

        let json = try kb.succeed(["search", "buurthuis", "--format", "json"]).stdout
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    /// `kb search --format json` prints one object — the shape the web API shares — holding the
    /// query as typed, the page of hits, whether the search was relaxed, a suggestion, the total
    /// and (issue 15) the words also searched as synonyms or municipalities.
    func testSearchJSONIsOneObjectWithTheTotal() throws {
        let page = try XCTUnwrap(
            try kb.succeed(["search", "buurthuis", "--limit", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(
            Set(page.keys), ["query", "hits", "relaxed", "suggestion", "corrected", "total", "expansions"])
        XCTAssertEqual(page["query"] as? String, "buurthuis")
        XCTAssertEqual((page["hits"] as? [[String: Any]])?.count, 1)
        XCTAssertEqual(page["total"] as? Int, 2, "two entries hold buurthuis; the page shows one")
        XCTAssertEqual(page["relaxed"] as? Bool, false)
        XCTAssertTrue(page["suggestion"] is NSNull)
        XCTAssertEqual(page["corrected"] as? Bool, false)
        let relaxed = try XCTUnwrap(
            try kb.succeed(["search", "buurthuis", "zwembad", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(relaxed["relaxed"] as? Bool, true)
        XCTAssertEqual(relaxed["query"] as? String, "buurthuis zwembad")
        let listing = try XCTUnwrap(
            try kb.succeed(["search", "--kind", "tip", "--limit", "1", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(listing["total"] as? Int, 2)
        let none = try XCTUnwrap(try kb.succeed(["search", "zwembad", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(none["total"] as? Int, 0)
        XCTAssertEqual((none["hits"] as? [Any])?.count, 0)
    }

    /// Issue 10, item 12: the municipality went into the Markdown list unescaped (raw HTML);
    /// every value a person wrote is escaped.
    func testMarkdownEscapesEveryValue() throws {
        try kb.succeed(["add", "municipality", "<b>Vet</b> & *stad* [x](y) `z`"])
        try kb.succeed([
            "add", "tip", "--municipality", "<b>Vet</b> & *stad* [x](y) `z`", "--title",
            "<script>alert(1)</script> _vet_ | pijp",
            "--body=- Een lijst? # kop\n=== <i>kantine</i> &amp;",
        ])
        let markdown = try kb.succeed(["search", "kantine", "--format", "markdown"]).stdout
        XCTAssertEqual(
            markdown,
            """
            1. **\\<script\\>alert(1)\\</script\\> \\_vet\\_ \\| pijp** — tip, \\<b\\>Vet\\</b\\> \\& \\*stad\\* \\[x\\](y) \\`z\\` (#5)
               \\- Een lijst? \\# kop === \\<i\\>**kantine**\\</i\\> \\&amp;

            """)
    }

    /// Issue 10, items 2 and 5: `search --format csv` with a quote or comma followed by a
    /// combining mark, and cells a spreadsheet would run as formulas.
    func testCSVSurvivesCombiningMarksAndNeutralisesFormulas() throws {
        let title = "Een \"\u{301},=1+1,\"\u{301} x"
        try kb.succeed(["add", "municipality", "=Gevaar \"\u{301}stad"])
        try kb.succeed([
            "add", "tip", "--title", title, "--municipality", "=Gevaar \"\u{301}stad", "--topic=-min", "--topic", "@at",
            "--body", "Het zwembad met een \"\u{301} erin",
        ])
        let records = try CSVOutput.records(try kb.succeed(["search", "zwembad", "--format", "csv"]).stdout)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records.map(\.count), [10, 10])
        XCTAssertTrue(CSVOutput.same(CSVOutput.text(records[1][3]), title), records[1][3].debugDescription)
        XCTAssertTrue(
            CSVOutput.same(CSVOutput.text(records[1][4]), "=Gevaar \"\u{301}stad"), records[1][4].debugDescription)
        XCTAssertTrue(
            CSVOutput.same(CSVOutput.text(records[1][5]), "-min; @at")
                || CSVOutput.same(CSVOutput.text(records[1][5]), "@at; -min"))
        CSVOutput.assertNoFormulas(records)
    }

    func testAnalyzeShowsTheIndexedTerms() throws {
        XCTAssertEqual(
            try kb.succeed(["analyze", "Financiële", "risico's"]).stdout, "financieel\n=financiele\nrisico\nrisicos\n")
        let terms = try XCTUnwrap(try kb.succeed(["analyze", "co-creatie", "--format", "json"]).json() as? [String])
        XCTAssertTrue(terms.contains("co") && terms.contains("creatie"), "\(terms)")
        XCTAssertEqual(try kb.succeed(["analyze", "?!"]).stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.folder + "/none.sqlite"))
    }

    func testReindexCheckAndBackup() throws {
        XCTAssertEqual(
            try kb.succeed(["reindex"]).stdout, "Reindexed 4 entries; the index passes its integrity check.\n")
        XCTAssertTrue(try kb.succeed(["check"]).stdout.hasPrefix("All is well: 4 entries and 342 municipalities"))
        let copy = workspace.folder + "/copy.sqlite"
        XCTAssertEqual(try kb.succeed(["backup", copy]).stdout, "Backed up \(workspace.database) to \(copy).\n")
        XCTAssertEqual(try hits(["search", "buurthuis", "--db", copy]).count, 2)
        XCTAssertCleanFailure(try kb.run(["backup", copy]), "already exists")
        XCTAssertCleanFailure(
            try kb.run(["backup", workspace.folder + "/x.sqlite", "--db", workspace.folder + "/none.sqlite"]),
            "No knowledge base at \(workspace.folder)/none.sqlite")
    }
}

extension SearchCommandTests {
    /// The `--` that ends the options is not part of the query a person typed.
    func testTheQueryIsAsTypedWithoutTheOptionsTerminator() throws {
        let results = try XCTUnwrap(
            try kb.succeed(["search", "--format", "json", "--", "-subsidie", "buurthuis"]).json() as? [String: Any])
        XCTAssertEqual(results["query"] as? String, "-subsidie buurthuis")
        XCTAssertEqual((results["hits"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }, [2])
    }
}
