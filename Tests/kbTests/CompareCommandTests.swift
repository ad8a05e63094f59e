import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `kb compare` end to end: every format, the 80-column table, the HTML page, and the errors.
final class CompareCommandTests: XCTestCase {
    var workspace: CLIWorkspace!
    var kb: KBProcess { workspace.kb }

    /// The network of the library tests, added through `kb add`:
    ///
    /// - Deventer: #1 Wantrouwen (Vertrouwen, Co-creatie), #2 Financiële risico's (Financiën),
    ///   #3 Raad laat de planning los (no topic), #4 Leegstand (Vastgoed, resolved)
    /// - Zwolle: #5 Wantrouwen (Vertrouwen, resolved), #6 Te veel betrokkenen (Co-creatie), #7 Leegstaande kerk (Vastgoed)
    /// - Kampen: #8 Geen vertrouwen (Vertrouwen)
    /// - Utrecht: #9 Financiële risico's (Financiën, resolved), #10 Subsidieregels <knellen> & "zo" (Financiën, addressed)
    /// - #11 Utrecht tip on Financiën addressing #2; #12 Kampen example on Co-creatie;
    ///   #13 network tip on Vertrouwen addressing #1; #14 network tip on Vertrouwen
    override func setUpWithError() throws {
        workspace = try CLIWorkspace(self)
        let template = try Self.template()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: template + suffix) {
            try FileManager.default.copyItem(atPath: template + suffix, toPath: workspace.database + suffix)
        }
    }

    /// The seeded database, made once for all tests of this class (they copy it).
    nonisolated(unsafe) static var templatePath: String?

    static func template() throws -> String {
        if let templatePath { return templatePath }
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "kb-compare-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/kb.sqlite"
        let kb = KBProcess(database: path, home: folder)
        let entries: [[String]] = [
            [
                "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen tussen bewoners en gemeente",
                "--topic", "Vertrouwen", "--topic", "Co-creatie",
            ],
            [
                "obstacle", "--municipality", "Deventer", "--title", "Financiële risico's bij overdracht van vastgoed",
                "--topic", "Financiën",
            ],
            ["obstacle", "--municipality", "Deventer", "--title", "Raad laat de planning moeilijk los"],
            [
                "obstacle", "--municipality", "Deventer", "--title", "Leegstand van een schoolgebouw", "--topic",
                "Vastgoed", "--status", "resolved",
            ],
            [
                "obstacle", "--municipality", "Zwolle", "--title", "Wantrouwen van burgers", "--topic", "vertrouwen",
                "--status", "resolved",
            ],
            [
                "obstacle", "--municipality", "Zwolle", "--title", "Te veel betrokkenen aan tafel", "--topic",
                "co creatie",
            ],
            ["obstacle", "--municipality", "Zwolle", "--title", "Leegstaande kerk", "--topic", "Vastgoed"],
            ["obstacle", "--municipality", "Kampen", "--title", "Geen vertrouwen in de raad", "--topic", "Vertrouwen"],
            [
                "obstacle", "--municipality", "Utrecht", "--title", "Financiële risico's voor de gemeente", "--topic",
                "Financiën", "--status", "resolved",
            ],
            [
                "obstacle", "--municipality", "Utrecht", "--title", "Subsidieregels <knellen> & \"zo\"", "--topic",
                "Financiën", "--status", "addressed",
            ],
            [
                "tip", "--municipality", "Utrecht", "--title", "Begin met een pilot", "--topic", "Financiën",
                "--addresses", "2",
            ],
            ["example", "--municipality", "Kampen", "--title", "Bewonersavonden in de wijk", "--topic", "Co-creatie"],
            ["tip", "--title", "Leg het proces open op tafel", "--topic", "Vertrouwen", "--addresses", "1"],
            ["tip", "--title", "Transparantie loont", "--topic", "Vertrouwen"],
        ]
        for entry in entries {
            let result = try kb.run(["add"] + entry)
            guard result.status == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr])
            }
        }
        templatePath = path
        return path
    }

    override class func tearDown() {
        if let templatePath {
            try? FileManager.default.removeItem(atPath: (templatePath as NSString).deletingLastPathComponent)
        }
        templatePath = nil
        super.tearDown()
    }

    // MARK: Table

    func testTableShowsTheMatrixSharedAndUnique() throws {
        let output = try kb.succeed(["compare", "--municipality", "Deventer", "--municipality", "zwolle"]).stdout
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(
            Array(lines.drop { !$0.hasPrefix("TOPIC") }.prefix(7)),
            [
                "TOPIC          Deventer  Zwolle  TOTAL",
                "Co-creatie          1/0     1/0    2/0",
                "Vastgoed            1/1     1/0    2/1",
                "Vertrouwen          1/0     1/1    2/1",
                "Financiën           1/0       ·    1/0",
                "(no topic)          1/0       ·    1/0",
                "All obstacles       4/1     3/1    7/2",
            ], output)
        XCTAssertTrue(output.contains("Shared by both: Co-creatie, Vastgoed, Vertrouwen\n"), output)
        XCTAssertTrue(output.contains("Unique to one:\n  Deventer: Financiën"), output)
        XCTAssertFalse(output.contains("Who can help"), "two municipalities: no help section")
        assertFits(output, width: 80)
    }

    func testTableForOneMunicipalityShowsWhoCanHelpRanked() throws {
        let output = try kb.succeed(["compare", "--municipality", "Deventer", "--similar", "2"]).stdout
        XCTAssertTrue(output.contains("Who can help Deventer · 4 obstacles"), output)
        XCTAssertTrue(
            output.contains(
                """
                #1 Wantrouwen tussen bewoners en gemeente
                   open · Co-creatie, Vertrouwen
                   Facing the same: Zwolle (2 obstacles, 1 resolved), Kampen (1 obstacle)
                   Can help:
                   1. Zwolle (1 resolved): #5 Wantrouwen van burgers (obstacle; resolved)
                   2. Kampen (1 same topic): #12 Bewonersavonden in de wijk (example; same
                      topic)
                """), output)
        XCTAssertTrue(
            output.contains("1. Utrecht (1 linked, 1 resolved): #11 Begin met een pilot (tip; linked); #9"), output)
        XCTAssertTrue(
            output.contains("Ranked by the number of linked tips and examples, then of resolved obstacles of\n"),
            "the order in one sentence: \(output)")
        XCTAssertTrue(output.contains("Network tips: #13 Leg het proces open op tafel (tip; linked)"), output)
        XCTAssertTrue(
            output.contains("Worth a visit: Utrecht (1 linked, 1 resolved; 1 obstacle), Zwolle (1 resolved; 1\n"),
            output)
        XCTAssertTrue(
            output.contains("NEAREST TO DEVENTER  SIMILARITY  SHARED TOPICS\nZwolle               0.87"), output)
        assertFits(output, width: 80)
    }

    func testSimilarityScoresHaveTheLanguagesDecimalSeparator() throws {
        let english = try kb.succeed(["compare", "--similar", "1"]).stdout
        XCTAssertTrue(english.contains("Deventer – Zwolle  0.87 "), english)
        let dutch = try kb.run(["vergelijk", "--similar", "1"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        XCTAssertTrue(dutch.stdout.contains("Deventer – Zwolle  0,87 "), dutch.stdout)
        let csv = try kb.succeed(["compare", "--similar", "1", "--format", "csv", "--show", "similar"]).stdout
        XCTAssertTrue(csv.contains("Deventer,Zwolle,0.87,"), "machines read a point: \(csv)")
    }

    func testTableWithManyMunicipalitiesIsSplitIntoPanelsThatFit() throws {
        let names = [
            "Súdwest-Fryslân", "'s-Hertogenbosch", "Alphen aan den Rijn", "Bergen (NH.)", "Capelle aan den IJssel",
            "Noordoostpolder", "Westerkwartier", "Amsterdam", "Rotterdam", "Groningen", "Maastricht", "Leeuwarden",
        ]
        for (index, name) in names.enumerated() {
            try kb.succeed([
                "add", "obstacle", "--municipality", name, "--title", "Obstakel \(index)",
                "--topic", index % 2 == 0 ? "Vertrouwen" : "Een heel erg lang onderwerp over maatschappelijk vastgoed",
            ])
        }
        for width in [80, 60] {
            let result = try kb.run(["compare"], extraEnvironment: ["COLUMNS": String(width)])
            XCTAssertEqual(result.status, 0, result.stderr)
            assertFits(result.stdout, width: width)
            XCTAssertTrue(result.stdout.contains("Municipalities 1–"), result.stdout)
            XCTAssertTrue(result.stdout.contains("Abbreviated: "), result.stdout)
            XCTAssertTrue(result.stdout.contains("Súdwest-F… = Súdwest-Fryslân"), result.stdout)
            // Every municipality's column appears, abbreviated or not.
            for name in names + ["Deventer", "Kampen", "Utrecht", "Zwolle"] {
                XCTAssertTrue(
                    result.stdout.contains(name.count <= 10 ? name : String(name.prefix(9)) + "…"),
                    "\(name) in\n\(result.stdout)")
            }
        }
    }

    /// Every line fits `width`, and within each matrix panel (header line to a blank line) every line is equally long.
    func assertFits(_ output: String, width: Int, file: StaticString = #filePath, line: UInt = #line) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        for text in lines {
            XCTAssertLessThanOrEqual(text.count, width, "too wide: \(text)", file: file, line: line)
            XCTAssertFalse(text.hasSuffix(" "), "trailing space: \(text)", file: file, line: line)
        }
        var panel: [Substring] = []
        for text in lines + [""] {
            if text.hasPrefix("TOPIC ") || !panel.isEmpty {
                if text.isEmpty {
                    XCTAssertEqual(
                        Set(panel.map(\.count)).count, 1, "ragged panel:\n\(panel.joined(separator: "\n"))", file: file,
                        line: line)
                    panel = []
                } else {
                    panel.append(text)
                }
            }
        }
    }

    // MARK: JSON

    func testJSONHoldsTheMatrixSharedUniqueHelpAndSimilarity() throws {
        let json = try XCTUnwrap(
            try kb.succeed(["compare", "--format", "json", "--similar", "3"]).json() as? [String: Any])
        XCTAssertEqual(json["municipalities"] as? [String], ["Deventer", "Kampen", "Utrecht", "Zwolle"])
        let topics = try XCTUnwrap(json["topics"] as? [[String: Any]])
        XCTAssertEqual(
            topics.map { $0["topic"] as? String },
            ["Financiën", "Vertrouwen", "Co-creatie", "Vastgoed", "(geen onderwerp)"])
        XCTAssertEqual(topics[0]["counts"] as? [String: Int], ["Deventer": 1, "Kampen": 0, "Utrecht": 2, "Zwolle": 0])
        XCTAssertEqual(
            topics[0]["resolved"] as? [String: Int], ["Deventer": 0, "Kampen": 0, "Utrecht": 1, "Zwolle": 0])
        XCTAssertEqual(topics[1]["counts"] as? [String: Int], ["Deventer": 1, "Kampen": 1, "Utrecht": 0, "Zwolle": 1])
        XCTAssertEqual(topics[1]["total"] as? Int, 3)
        XCTAssertEqual(topics[1]["total_resolved"] as? Int, 1)
        XCTAssertTrue(topics[4]["key"] is NSNull)
        XCTAssertEqual(json["shared"] as? [String], [])
        XCTAssertEqual(
            json["unique"] as? [String: [String]], ["Deventer": [], "Kampen": [], "Utrecht": [], "Zwolle": []])
        let totals = try XCTUnwrap(json["totals"] as? [[String: Any]])
        XCTAssertEqual(totals.map { $0["obstacles"] as? Int }, [4, 1, 2, 3])
        XCTAssertEqual(totals.map { $0["resolved"] as? Int }, [1, 0, 1, 1])
        XCTAssertEqual(totals[0]["code"] as? String, "GM0150")
        XCTAssertNil(json["help"], "no help for several municipalities")
        let similar = try XCTUnwrap(json["similar"] as? [[String: Any]])
        XCTAssertEqual(
            similar.map { $0["municipalities"] as? [String] },
            [["Deventer", "Zwolle"], ["Kampen", "Zwolle"], ["Deventer", "Kampen"]])
        XCTAssertEqual(try XCTUnwrap(similar[0]["score"] as? Double), 0.866, accuracy: 0.001)
        XCTAssertEqual(similar[0]["shared_topics"] as? [String], ["Co-creatie", "Vastgoed", "Vertrouwen"])
        XCTAssertEqual((json["similarity"] as? String)?.filter { $0 == "." }.count, 1, "the definition is one sentence")
    }

    func testJSONForOneMunicipalityHoldsTheHelpRanking() throws {
        let json = try XCTUnwrap(
            try kb.succeed(["compare", "--municipality", "GM0150", "--format", "json"]).json() as? [String: Any])
        XCTAssertEqual(json["municipalities"] as? [String], ["Deventer"])
        XCTAssertEqual(json["shared"] as? [String], ["Co-creatie", "Financiën", "Vastgoed", "Vertrouwen"])
        let help = try XCTUnwrap(json["help"] as? [String: Any])
        XCTAssertEqual(help["municipality"] as? String, "Deventer")
        XCTAssertEqual(
            help["weights"] as? [String: Int],
            ["linked": 5, "resolved_obstacle": 4, "same_topic": 2, "similar_text": 1])
        XCTAssertEqual(
            help["order"] as? [String], ["linked", "resolved_obstacle", "same_topic", "similar_text"],
            "the reasons the ranking compares, strongest first")
        let obstacles = try XCTUnwrap(help["obstacles"] as? [[String: Any]])
        XCTAssertEqual(obstacles.compactMap { ($0["obstacle"] as? [String: Any])?["id"] as? Int }, [1, 2, 3, 4])
        let helpers = try XCTUnwrap(obstacles[0]["helpers"] as? [[String: Any]])
        XCTAssertEqual(helpers.map { $0["municipality"] as? String }, ["Zwolle", "Kampen"])
        XCTAssertEqual(helpers.map { $0["score"] as? Int }, [4, 2])
        XCTAssertEqual(helpers.map { $0["rank"] as? Int }, [1, 2])
        let evidence = try XCTUnwrap(helpers[0]["entries"] as? [[String: Any]])
        XCTAssertEqual(evidence.first?["id"] as? Int, 5)
        XCTAssertEqual(evidence.first?["reason"] as? String, "resolved_obstacle")
        XCTAssertEqual(evidence.first?["weight"] as? Int, 4)
        let facing = try XCTUnwrap(obstacles[0]["facing"] as? [[String: Any]])
        XCTAssertEqual(facing.map { $0["municipality"] as? String }, ["Zwolle", "Kampen"])
        XCTAssertEqual(facing.map { $0["obstacles"] as? Int }, [2, 1])
        let network = try XCTUnwrap(obstacles[0]["network"] as? [[String: Any]])
        XCTAssertEqual(network.map { $0["id"] as? Int }, [13, 14])
        XCTAssertTrue(network[0]["municipality"] is NSNull)
        let finance = try XCTUnwrap(obstacles[1]["helpers"] as? [[String: Any]])
        XCTAssertEqual(finance.first?["counts"] as? [String: Int], ["linked": 1, "resolved_obstacle": 1])
        let visits = try XCTUnwrap(help["best_visits"] as? [[String: Any]])
        XCTAssertEqual(visits.map { $0["municipality"] as? String }, ["Utrecht", "Zwolle", "Kampen"])
        XCTAssertEqual(visits.first?["counts"] as? [String: Int], ["linked": 1, "resolved_obstacle": 1])
    }

    func testFiltersReachTheComparison() throws {
        func municipalities(_ arguments: [String]) throws -> [String] {
            let json = try XCTUnwrap(
                try kb.succeed(["compare", "--format", "json"] + arguments).json() as? [String: Any])
            return json["municipalities"] as? [String] ?? []
        }
        XCTAssertEqual(try municipalities(["--province", "Overijssel"]), ["Deventer", "Kampen", "Zwolle"])
        XCTAssertEqual(try municipalities(["--topic", "financien"]), ["Deventer", "Utrecht"])
        XCTAssertEqual(try municipalities(["--status", "resolved"]), ["Deventer", "Utrecht", "Zwolle"])
        XCTAssertEqual(
            try municipalities(["--status", "opgelost", "--province", "Overijssel", "--topic", "Vertrouwen"]),
            ["Zwolle"])
        let json = try XCTUnwrap(
            try kb.succeed(["compare", "--format", "json", "--topic", "Vertrouwen", "--topic", "Vastgoed"]).json()
                as? [String: Any])
        XCTAssertEqual(
            (json["topics"] as? [[String: Any]])?.map { $0["topic"] as? String }, ["Vertrouwen", "Vastgoed"])
    }

    // MARK: CSV

    func testCSVOfEachPart() throws {
        let matrix = try kb.succeed([
            "compare", "--format", "csv", "--municipality", "Utrecht", "--municipality", "Deventer",
        ]).stdout
        XCTAssertEqual(
            matrix,
            [
                "topic,Utrecht,Utrecht resolved,Deventer,Deventer resolved,total,total resolved",
                "Financiën,2,1,1,0,3,1",
                "Co-creatie,0,0,1,0,1,0",
                "Vastgoed,0,0,1,1,1,1",
                "Vertrouwen,0,0,1,0,1,0",
                "(geen onderwerp),0,0,1,0,1,0",
                "(all obstacles),2,1,4,1,6,2",
            ].map { $0 + "\r\n" }.joined())

        let help = try kb.succeed(["compare", "--format", "csv", "--municipality", "Deventer", "--show", "help"]).stdout
        let rows = help.components(separatedBy: "\r\n")
        XCTAssertEqual(
            rows[0],
            "obstacle_id,obstacle,status,topics,rank,municipality,score,linked,resolved_obstacle,same_topic,similar_text,entries"
        )
        XCTAssertEqual(
            rows[1],
            "1,Wantrouwen tussen bewoners en gemeente,open,Co-creatie; Vertrouwen,1,Zwolle,4,0,1,0,0,#5 Wantrouwen van burgers"
        )
        XCTAssertTrue(
            rows.contains(
                "1,Wantrouwen tussen bewoners en gemeente,open,Co-creatie; Vertrouwen,,(netwerk),7,1,0,1,0,#13 Leg het proces open op tafel; #14 Transparantie loont"
            ), help)
        XCTAssertTrue(
            rows.contains(
                "2,Financiële risico's bij overdracht van vastgoed,open,Financiën,1,Utrecht,9,1,1,0,0,#11 Begin met een pilot; #9 Financiële risico's voor de gemeente"
            ), help)

        let similar = try kb.succeed(["compare", "--format", "csv", "--similar", "1", "--show", "similar"]).stdout
        XCTAssertEqual(
            similar,
            "municipality,other_municipality,similarity,shared_topics\r\nDeventer,Zwolle,0.87,Co-creatie; Vastgoed; Vertrouwen\r\n"
        )
    }

    func testCSVQuotesWhatNeedsQuoting() throws {
        try kb.succeed([
            "add", "obstacle", "--municipality", "Zwolle", "--title", "x", "--topic", "Geld, tijd en \"ruimte\"",
        ])
        let csv = try kb.succeed(["compare", "--format", "csv", "--municipality", "Zwolle"]).stdout
        XCTAssertTrue(csv.contains("\r\n\"Geld, tijd en \"\"ruimte\"\"\",1,0,1,0\r\n"), csv)
    }

    /// Issue 10, items 2 and 5: the comparison decided on quoting by whole `Character`s, so a
    /// quote followed by a combining mark was not doubled; cells that start a formula are neutralised.
    func testCSVSurvivesCombiningMarksAndNeutralisesFormulas() throws {
        let town = "=Gevaar, \"\u{301}stad"
        let topic = "Een \"\u{301},=1+1,\"\u{301} x"
        let title = "@SUM(A1) \"\u{301}"
        try kb.succeed(["add", "municipality", town])
        try kb.succeed(["add", "obstacle", "--municipality", town, "--title", title, "--topic", topic, "--topic=-min"])
        let matrix = try CSVOutput.records(
            try kb.succeed(["compare", "--format", "csv", "--municipality", town]).stdout)
        XCTAssertEqual(Set(matrix.map(\.count)), [5])
        XCTAssertTrue(CSVOutput.same(CSVOutput.text(matrix[0][1]), town), matrix[0][1].debugDescription)
        XCTAssertTrue(CSVOutput.same(CSVOutput.text(matrix[0][2]), town + " resolved"), matrix[0][2].debugDescription)
        let topics = matrix.dropFirst().map { CSVOutput.text($0[0]) }
        XCTAssertTrue(topics.contains { CSVOutput.same($0, topic) }, "\(topics)")
        XCTAssertTrue(topics.contains { CSVOutput.same($0, "-min") }, "\(topics)")
        CSVOutput.assertNoFormulas(matrix)

        let help = try CSVOutput.records(
            try kb.succeed(["compare", "--format", "csv", "--municipality", town, "--show", "help"]).stdout)
        XCTAssertEqual(Set(help.map(\.count)), [12])
        XCTAssertTrue(CSVOutput.same(CSVOutput.text(help[1][1]), title), help[1][1].debugDescription)
        CSVOutput.assertNoFormulas(help)
    }

    // MARK: HTML

    func testHTMLIsOneWellFormedPageHoldingTheMatrix() throws {
        let html = try kb.succeed(["compare", "--format", "html", "--similar", "3"]).stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), String(html.prefix(80)))
        for external in ["<script", "<link", " src=", "href=\"http", "url(", "@import"] {
            XCTAssertFalse(html.contains(external), "self-contained: \(external)")
        }
        let matrix = try heatMap(html)
        XCTAssertEqual(matrix.header, ["Topic", "Deventer", "Kampen", "Utrecht", "Zwolle", "Total"])
        XCTAssertEqual(
            matrix.rows,
            [
                ["Financiën", "1", "·", "2✓1", "·", "3✓1"],
                ["Vertrouwen", "1", "1", "·", "1✓1", "3✓1"],
                ["Co-creatie", "1", "·", "·", "1", "2"],
                ["Vastgoed", "1✓1", "·", "·", "1", "2✓1"],
                ["(no topic)", "1", "·", "·", "·", "1"],
                ["All obstacles", "4✓1", "1", "2✓1", "3✓1", "10✓3"],
            ])
        XCTAssertTrue(html.contains("Most alike"), "the similarity section")
        XCTAssertTrue(
            html.contains("title=\"Utrecht · Financiën: 2 obstacles, 1 resolved\""), "cells explain themselves")
    }

    func testHTMLForOneMunicipalityListsWhoCanHelpAndEscapesText() throws {
        let html = try kb.succeed(["compare", "--format", "html", "--municipality", "Deventer"]).stdout
        let document = try parse(html)
        let text = document.rootElement()?.stringValue ?? ""
        XCTAssertTrue(text.contains("Who can help Deventer"), text)
        XCTAssertTrue(text.contains("Worth a visit"), text)
        XCTAssertTrue(text.contains("Subsidieregels <knellen> & \"zo\""), "the title survives escaping as text")
        XCTAssertFalse(html.contains("<knellen>"), "escaped in the markup")
        XCTAssertTrue(html.contains("Subsidieregels &lt;knellen&gt; &amp; &quot;zo&quot;"))
        let articles = try document.nodes(forXPath: "//article")
        XCTAssertEqual(articles.count, 4, "one per obstacle")
        let first = articles[0].stringValue ?? ""
        XCTAssertTrue(first.contains("Wantrouwen tussen bewoners en gemeente"), first)
        let helpers = try articles[0].nodes(forXPath: ".//div[@class='helpers']/ol/li/strong").compactMap(\.stringValue)
        XCTAssertEqual(helpers, ["Zwolle", "Kampen"])
        let counts = try articles[0].nodes(forXPath: ".//div[@class='helpers']/ol/li/span[@class='counts']").compactMap(
            \.stringValue)
        XCTAssertEqual(counts, ["1 resolved", "1 same topic"], "what the order compares, not a score")
        XCTAssertTrue(text.contains("Ranked by the number of linked tips and examples"), text)
        let network = try articles[0].nodes(forXPath: ".//div[@class='network']//li").compactMap(\.stringValue)
        XCTAssertEqual(network.count, 2)
        XCTAssertTrue(network[0].hasPrefix("#13 Leg het proces open op tafel"), network[0])
    }

    /// The heat-map's header and cells as text.
    func heatMap(_ html: String) throws -> (header: [String], rows: [[String]]) {
        let document = try parse(html)
        let header = try document.nodes(forXPath: "//table[contains(@class,'heat')]/thead/tr/th").map {
            ($0.stringValue ?? "")
        }
        var rows: [[String]] = []
        for row in try document.nodes(
            forXPath: "//table[contains(@class,'heat')]/tbody/tr | //table[contains(@class,'heat')]/tfoot/tr")
        {
            rows.append(
                try row.nodes(forXPath: "th|td").map { ($0.stringValue ?? "").trimmingCharacters(in: .whitespaces) })
        }
        return (header, rows)
    }

    /// Parses the page as XML: it must be well-formed.
    func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(xmlString: html, options: [])
    }

    // MARK: Errors

    func testErrorsAreOneLineWithANonZeroStatus() throws {
        let cases: [([String], String)] = [
            (["compare", "--municipality", "Atlantis"], "Unknown municipality “Atlantis”"),
            (["compare", "--municipality", "Deventr"], "did you mean “Deventer”?"),
            (
                ["compare", "--municipality", "Bergen"],
                "“Bergen” can mean “Bergen (L.)” or “Bergen (NH.)”: give the full name or the CBS code."
            ),
            (
                ["compare", "--municipality", "Amsterdam"],
                "No obstacles of Amsterdam to compare: add them with `kb add obstacle`, or widen the selection."
            ),
            (["compare", "--province", "Drenthe"], "No obstacles in Drenthe to compare"),
            (["compare", "--province", "Oostland"], "Unknown province “Oostland”"),
            (["compare", "--topic", "Vertrouwn"], "No entry has the topic “Vertrouwn”: did you mean “Vertrouwen”?"),
            (
                ["compare", "--municipality", "Kampen", "--status", "resolved"],
                "No obstacles of Kampen with status resolved to compare"
            ),
            (
                ["compare", "--municipality", "Deventer", "--municipality", "Zwolle", "--show", "help"],
                "Who can help is shown for one municipality"
            ),
        ]
        for (arguments, message) in cases {
            XCTAssertCleanFailure(try kb.run(arguments), message)
        }
        let empty = try CLIWorkspace(self)
        try empty.kb.succeed(["init"])
        XCTAssertCleanFailure(try empty.kb.run(["compare"]), "No obstacles in the knowledge base to compare")
    }

    func testBadOptionCombinationsAreRejected() throws {
        let cases: [([String], String)] = [
            (["compare", "--similar", "0"], "--similar must be 1 or more."),
            (["compare", "--limit", "0"], "--limit must be 1 or more."),
            (["compare", "--show", "similar"], "--show similar needs --similar N."),
            (["compare", "--format", "csv", "--show", "matrix", "--show", "help"], "CSV holds one table"),
            (["compare", "--format", "pdf"], "pdf"),
        ]
        for (arguments, message) in cases {
            let result = try kb.run(arguments)
            XCTAssertNotEqual(result.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
    }
}
