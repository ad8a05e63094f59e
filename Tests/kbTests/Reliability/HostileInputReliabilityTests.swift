import Foundation
import KennisbankTestSupport
import XCTest

/// Hostile and broken input to `kb add`, `kb edit` and `kb import`: each is refused with one
/// clear line, a non-zero exit status and the database file byte for byte as it was; SQL
/// injection is stored as text; decomposed Unicode is stored and found composed.
final class HostileInputReliabilityTests: XCTestCase {
    var harness: KBHarness!

    override func setUpWithError() throws {
        harness = try KBHarness(self)
        try harness.succeed([
            "add", "obstacle", "--municipality", "Deventer", "--title", "Wantrouwen tussen bewoners en gemeente",
            "--topic", "Vertrouwen",
        ])
        try harness.addTip("Leg het proces open op tafel", ["--topic", "Vertrouwen", "--addresses", "1"])
    }

    /// Runs each case and asserts a clean failure that left the file as it was.
    func assertRefused(
        _ cases: [([String], String)], stdinPath: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let before = FileFingerprint(harness.database)
        for (arguments, message) in cases {
            let shown = arguments.map { String($0.prefix(40)) }.joined(separator: " ")
            let result = try harness.run(arguments, stdinPath: stdinPath)
            XCTAssertCleanFailure(result, message, "for kb \(shown)", file: file, line: line)
            XCTAssertEqual(
                FileFingerprint(harness.database), before, "kb \(shown) changed the database", file: file, line: line)
        }
    }

    func testBadTitlesDatesAndControlCharactersAreRefused() throws {
        var cases: [([String], String)] = []
        for title in ["", "   ", "\t \n ", "\u{3000}"] {
            cases.append((["add", "tip", "--title", title], "The title is empty"))
            cases.append((["edit", "2", "--title", title], "The title is empty"))
        }
        for control in [
            "\u{1}", "\u{7}", "\u{8}", "\u{1B}[31mrood\u{1B}[0m", "\u{7F}", "\u{85}", "\u{9B}", "a\nb", "a\rb",
            "\u{2028}", "\u{FFFF}",
        ] {
            cases.append((["add", "tip", "--title", "Titel \(control) hier"], "The title holds control characters"))
            cases.append(
                (
                    ["add", "example", "--municipality", "Zwolle", "--title", "x", "--source", "Bron \(control) hier"],
                    "The source holds control characters"
                ))
            if !control.contains(where: \.isWhitespace) {
                // (In a topic, line breaks and other white space fold to one space.)
                cases.append(
                    (
                        ["add", "tip", "--title", "x", "--topic", "Thema \(control) hier"],
                        "The topic holds control characters"
                    ))
            }
            cases.append((["edit", "1", "--title", "Titel \(control) hier"], "The title holds control characters"))
        }
        cases.append(
            (
                ["add", "tip", "--title", "x", "--body", "Tekst \u{1B}]0;titel\u{7} hier"],
                "The body holds control characters"
            ))
        cases.append(
            (
                ["add", "tip", "--title", String(repeating: "lang ", count: 101)],
                "The title is longer than 500 characters"
            ))
        cases.append(
            (
                ["add", "tip", "--title", "x", "--topic", String(repeating: "t", count: 101)],
                "The topic is longer than 100 characters"
            ))
        for date in [
            "2015-02-30", "2015-13-01", "0000-01-01", "2015-00-10", "gisteren", "32 mei 2015", "mei",
            "2015-05-21T10:00",
            "20150521", "2015--05", "-1-01-01", "１９９９-01-01", "2015-05-21; DROP TABLE entry",
        ] {
            cases.append((["add", "tip", "--title", "x", "--date=" + date], "is not a date"))
            cases.append((["edit", "2", "--date=" + date], "is not a date"))
        }
        cases.append((["add", "tip", "--title", "x", "--topic=---"], "has no letters or digits"))
        try assertRefused(cases)
    }

    func testUnknownKindsAndArgumentErrorsWriteNothing() throws {
        let before = FileFingerprint(harness.database)
        for arguments in [
            ["add", "idea", "--title", "x"], ["add", "--title", "x"],
            ["add", "obstacle", "--municipality", "Zwolle", "--title", "x", "--status", "kapot"],
            ["search", "x", "--kind", "idea"], ["list", "ideas"], ["add", "tip", "--title"],
        ] {
            let result = try harness.run(arguments)
            XCTAssertNotEqual(result.status ?? 0, 0, "kb \(arguments.joined(separator: " "))")
            XCTAssertNil(result.signal)
            XCTAssertEqual(result.stdout, "")
            XCTAssertTrue(result.stderr.hasPrefix("Error: "), result.stderr)
            XCTAssertEqual(FileFingerprint(harness.database), before)
        }
    }

    /// A 100 MB body, through --body-file and through standard input; a body with a NUL byte.
    func testHugeAndBinaryBodiesAreRefused() throws {
        let huge = harness.folder + "/huge.md"
        FileManager.default.createFile(atPath: huge, contents: Data(repeating: UInt8(ascii: "a"), count: 100 << 20))
        let withNul = try harness.write(bytes: Data("Een tekst met een \0 erin".utf8), to: "nul.md")
        try assertRefused([
            (["add", "tip", "--title", "x", "--body-file", huge], "The body is longer than 1000000 characters"),
            (["edit", "2", "--body-file", huge], "The body is longer than 1000000 characters"),
            (["add", "tip", "--title", "x", "--body-file", withNul], "The body holds control characters"),
        ])
        try assertRefused(
            [(["add", "tip", "--title", "x", "--body-file", "-"], "The body is longer than 1000000 characters")],
            stdinPath: huge)
        try assertRefused(
            [(["add", "tip", "--title", "x", "--body-file", "-"], "The body holds control characters")],
            stdinPath: withNul)
        try FileManager.default.removeItem(atPath: huge)
    }

    /// A refused first command on a path where no database exists yet creates no file.
    func testARefusedChangeCreatesNoDatabase() throws {
        let fresh = harness.folder + "/nieuw.sqlite"
        for (arguments, message) in [
            (["add", "tip", "--title", "   "], "The title is empty"),
            (["add", "example", "--municipality", "Atlantis", "--title", "x"], "Unknown municipality"),
            (["add", "tip", "--title", "x", "--date", "2015-02-30"], "is not a date"),
            (["add", "tip", "--title", "x", "--addresses", "1"], "“1”"),
            (["add", "municipality", "Den Haag"], "already known"),
            (["edit", "1", "--title", "x"], "No entry “1”"),
            (["rm", "1", "--yes"], "No entry “1”"),
        ] {
            XCTAssertCleanFailure(
                try harness.run(arguments + ["--db", fresh]), message, "for kb \(arguments.joined(separator: " "))")
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: fresh), "kb \(arguments.joined(separator: " ")) created \(fresh)"
            )
        }
        try harness.succeed(["add", "tip", "--title", "Wel goed", "--db", fresh])
        XCTAssertTrue(FileManager.default.fileExists(atPath: fresh))
    }

    /// Broken import files of every format: one line naming the file (and line), nothing stored.
    func testBrokenImportFilesChangeNothing() throws {
        let uuid = "0b9c8f2e-1d2a-4c6b-9e3f-5a7d8c9b0e1f"
        var files: [(String, Data, String)] = [
            ("leeg-titel.jsonl", Data(#"{"kind":"tip","title":""}"#.utf8), "line 1, field “title”"),
            ("spatie-titel.jsonl", Data(#"{"kind":"tip","title":"  \t "}"#.utf8), "line 1, field “title”"),
            ("controle.jsonl", Data(#"{"kind":"tip","title":"a\u001bb"}"#.utf8), "The title holds control characters"),
            (
                "nul.jsonl", Data(#"{"kind":"tip","title":"x","body":"a\u0000b"}"#.utf8),
                "The body holds control characters"
            ),
            ("datum.jsonl", Data(#"{"kind":"tip","title":"x","date":"2015-02-30"}"#.utf8), "is not a date"),
            ("soort.jsonl", Data(#"{"kind":"idea","title":"x"}"#.utf8), "“idea” is not a kind"),
            (
                "dubbel.jsonl",
                Data(
                    "{\"kind\":\"tip\",\"title\":\"x\",\"uuid\":\"\(uuid)\"}\n{\"kind\":\"tip\",\"title\":\"y\",\"uuid\":\"\(uuid)\"}\n"
                        .utf8), "line 2, field “uuid”"
            ),
            ("afgebroken.jsonl", Data(#"{"kind":"tip","title":"x""#.utf8), "is not valid JSON"),
            ("lijst.jsonl", Data("[1,2]\n".utf8), "not a JSON object"),
            (
                "latin1.jsonl", Data([0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0xEB, 0x22, 0x7D]),
                "is not UTF-8 text"
            ),
            ("array.json", Data(#"[{"kind":"tip","title":"x"},"#.utf8), "the array is closed"),
            ("open.csv", Data("kind,title\ntip,\"x\n".utf8), "never closed"),
            ("kolommen.csv", Data("kind,title\ntip,x,extra\n".utf8), "has 3 fields but the header has 2"),
            ("kop.csv", Data("sort,tittel\ntip,x\n".utf8), "not a field"),
            ("yaml.md", Data("---\ntitle: [open\nkind: tip\n---\nTekst\n".utf8), "not valid YAML"),
            ("dicht.md", Data("---\ntitle: x\nkind: tip\nTekst\n".utf8), "front matter is not closed"),
            (
                "gemeente.jsonl",
                Data(#"{"kind":"example","title":"x","municipality":"'); DROP TABLE entry; --"}"#.utf8),
                "Unknown municipality"
            ),
        ]
        // A bad record at the end of a long file: the 500 good ones before it are not stored either.
        var random = SeededRandom(salt: 11)
        let long = GeneratedImport(count: 500, tag: "lang", random: &random)
        files.append(
            (
                "laatste.jsonl", Data((long.text + #"{"kind":"tip","title":"x","date":"morgen"}"#).utf8),
                "line 502, field “date”"
            ))
        files.append(
            (
                "enorm.jsonl",
                Data(#"{"kind":"tip","title":"x","body":""#.utf8) + Data(repeating: UInt8(ascii: "a"), count: 100 << 20)
                    + Data("\"}\n".utf8), "longer than 16 MB"
            ))

        let before = FileFingerprint(harness.database)
        for (name, contents, message) in files {
            let path = try harness.write(bytes: contents, to: name)
            for dryRun in [false, true] {
                let result = try harness.run(["import", path] + (dryRun ? ["--dry-run"] : []))
                XCTAssertCleanFailure(result, message, "for \(name)")
                XCTAssertTrue(result.stderr.contains(path), "the message names the file: \(result.stderr)")
                XCTAssertEqual(FileFingerprint(harness.database), before, "importing \(name) changed the database")
            }
            try FileManager.default.removeItem(atPath: path)
        }
        let inspector = try DatabaseInspector(harness.database)
        XCTAssertEqual(try inspector.count(uuids: long.uuids), 0)
        try inspector.close()
    }

    /// SQL in every text field and filter is stored and matched as text.
    func testSQLInjectionIsStoredAsText() throws {
        let schema = try DatabaseInspector(harness.database).schemaNames()
        let payloads = [
            "Robert'); DROP TABLE entry; --",
            "x' OR '1'='1",
            "\" OR 1=1 --",
            "1; DELETE FROM entry WHERE 1=1; --",
            "') UNION SELECT name, sql FROM sqlite_master --",
            "%' AND 1=1 AND 'a' LIKE '%",
            "entry_fts MATCH '*' OR title:x",
            "'; ATTACH DATABASE '/tmp/kb-pwned.sqlite' AS pwned; --",
            "\\'; PRAGMA writable_schema = 1; --",
        ]
        var expected: [Int64: String] = [:]
        for (index, payload) in payloads.enumerated() {
            // The payloads resemble each other; as topics they are meant as different ones.
            let id = try harness.addTip(
                payload, ["--body", payload, "--topic", payload, "--source", payload, "--new-topic"])
            expected[Int64(id)] = payload
            let example = try harness.succeed([
                "add", "example", "--municipality", "Zwolle", "--title", "Voorbeeld \(index)", "--body", payload,
                "--source", "Bron \(payload)", "--topic", "Thema \(payload)", "--new-topic", "--format", "json",
            ])
            let entry = try XCTUnwrap(try JSONSerialization.jsonObject(with: example.stdoutData) as? [String: Any])
            XCTAssertEqual(entry["body"] as? String, payload)
            XCTAssertEqual(entry["source"] as? String, "Bron \(payload)")
            expected[Int64(entry["id"] as? Int ?? -1)] = "Voorbeeld \(index)"
            let municipality = "Gemeente \(index) \(payload)"
            XCTAssertEqual(
                try harness.succeed(["add", "municipality", municipality, "--province", "Utrecht"]).stdout,
                municipality + "\n")
            let edited = try harness.addTip("Te wijzigen \(index)")
            try harness.succeed([
                "edit", String(edited), "--title", "Gewijzigd \(payload)", "--add-topic", payload, "--municipality",
                municipality,
            ])
            expected[Int64(edited)] = "Gewijzigd \(payload)"

            // Filters and references: an error naming the text, or no hits — never all entries.
            let search = try harness.run(["search", "--format", "json", "--", payload])
            XCTAssertEqual(search.status, 0, search.stderr)
            let hits = try XCTUnwrap(
                (try JSONSerialization.jsonObject(with: search.stdoutData) as? [String: Any])?["hits"]
                    as? [[String: Any]])
            XCTAssertLessThan(hits.count, 2 + 3 * (index + 1), "a search for \(payload) matched every entry")
            XCTAssertTrue(
                hits.contains { $0["id"] as? Int == id } || payload.contains(" OR "),
                "a search for \(payload) finds the entry titled so")
            for arguments in [
                ["search", "x", "--topic=" + payload + "zz"], ["search", "x", "--municipality=" + payload + "zz"],
                ["search", "x", "--province=" + payload], ["search", "x", "--since=" + payload],
                ["list", "entries", "--topic=" + payload + "zz"],
                ["show", payload], ["edit", payload, "--title", "y"], ["rm", payload, "--yes"],
            ] {
                let result = try harness.run(arguments)
                XCTAssertNotEqual(
                    result.status, 0, "kb \(arguments.joined(separator: " ")) should fail: \(result.stdout.prefix(200))"
                )
                XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
                assertNoInternals(result)
            }
            let topic = try harness.succeed(["list", "entries", "--topic=" + payload, "--format", "json"])
            XCTAssertEqual(
                (try JSONSerialization.jsonObject(with: topic.stdoutData) as? [Any])?.count, 2,
                "the topic \(payload) is on two entries")
            let byMunicipality = try harness.succeed(["search", "--municipality=" + municipality, "--format", "json"])
            XCTAssertEqual(
                ((try JSONSerialization.jsonObject(with: byMunicipality.stdoutData) as? [String: Any])?["hits"]
                    as? [Any])?.count, 1)
        }
        let imported = payloads.map { payload in
            String(
                decoding: try! JSONSerialization.data(withJSONObject: [
                    "kind": "tip", "title": "Import \(payload)", "body": payload, "topics": [payload],
                    "source": payload,
                ]), as: UTF8.self)
        }.joined(separator: "\n")
        // The payloads share most of their words: they are look-alikes on purpose.
        try harness.succeed(["import", "--allow-duplicate", try harness.write(imported, to: "sql.jsonl")])

        try harness.assertHealthy()
        let inspector = try DatabaseInspector(harness.database)
        XCTAssertEqual(try inspector.schemaNames(), schema, "the schema is as it was")
        let titles = try inspector.titles()
        for (id, title) in expected {
            XCTAssertEqual(titles[id].map { Array($0.utf8) }, Array(title.utf8), "entry \(id)")
        }
        for payload in payloads {
            XCTAssertEqual(
                try inspector.value(
                    "SELECT count(*) FROM entry WHERE title = ? AND body = ?", ["Import \(payload)", payload]) as Int?,
                1)
            XCTAssertEqual(try inspector.value("SELECT count(*) FROM topic WHERE label = ?", [payload]) as Int?, 1)
            XCTAssertEqual(try inspector.value("SELECT count(*) FROM source WHERE title = ?", [payload]) as Int?, 1)
        }
        try inspector.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/kb-pwned.sqlite"))
        ReliabilityMode.report(
            "sql-injection: \(payloads.count) payloads in titles, bodies, topics, sources, municipality names, filters, references and imports: all stored and matched as text"
        )
    }

    /// Found by the SQL injection test: a second municipality without a CBS code was refused as
    /// “already known” (the duplicate check matched `code IS NULL`).
    func testSeveralMunicipalitiesWithoutACodeCanBeAdded() throws {
        for name in ["Nieuwstad", "Oudstad", "Middenmeer-Noord"] {
            XCTAssertEqual(
                try harness.succeed(["add", "municipality", name, "--province", "Flevoland"]).stdout, name + "\n")
        }
        XCTAssertCleanFailure(try harness.run(["add", "municipality", "nieuwstad"]), "is already known")
        XCTAssertCleanFailure(
            try harness.run(["add", "municipality", "Elders", "--code", "GM0363"]), "is already known")
    }

    /// Decomposed (NFD) input is stored composed (NFC) and found by either form.
    func testDecomposedUnicodeIsStoredAndFoundComposed() throws {
        let nfd = "Financie\u{308}le risico's van co\u{301}-cre\u{301}atie"
        let nfc = nfd.precomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.utf8), Array(nfc.utf8))
        let municipality = "Su\u{301}dwest-Frysla\u{302}n"
        let id = try harness.succeed([
            "add", "example", "--municipality", municipality, "--title", nfd, "--body", "Over \(nfd).",
            "--topic", "Financie\u{308}n", "--source", "Bijeenkomst in Ee\u{301}n",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try harness.succeed(["add", "municipality", "Nieuw Bu\u{308}ren", "--province", "Gelderland"])
        try harness.succeed([
            "import",
            try harness.write(
                #"{"kind":"tip","title":"Gei\u0308mporteerd idee","topics":["Financie\u0308n"],"municipality":"Nieuw Bu\u0308ren"}"#,
                to: "nfd.jsonl"),
        ])

        let inspector = try DatabaseInspector(harness.database)
        let stored: [String] = try inspector.values("SELECT title FROM entry ORDER BY id")
        XCTAssertTrue(stored.contains { Array($0.utf8) == Array(nfc.utf8) }, "the title is stored as NFC")
        XCTAssertTrue(
            stored.contains { Array($0.utf8) == Array("Geïmporteerd idee".utf8) }, "the imported title is stored as NFC"
        )
        for (sql, value) in [
            ("SELECT body FROM entry WHERE id = ?", "Over \(nfc)."), ("SELECT label FROM topic", "Financiën"),
            ("SELECT title FROM source", "Bijeenkomst in Eén"),
            (
                "SELECT m.name FROM entry e JOIN municipality m ON m.id = e.municipality_id WHERE e.id = ?",
                "Súdwest-Fryslân"
            ),
            ("SELECT name FROM municipality WHERE province = 'Gelderland' AND name LIKE 'Nieuw%'", "Nieuw Büren"),
        ] {
            let found: [String] = try inspector.values(sql, sql.contains("?") ? [id] : [])
            XCTAssertTrue(
                found.contains { Array($0.utf8) == Array(value.precomposedStringWithCanonicalMapping.utf8) },
                "\(sql): \(found.map { Array($0.unicodeScalars) })")
            XCTAssertFalse(
                found.contains {
                    $0.unicodeScalars.contains { $0.properties.canonicalCombiningClass != .notReordered }
                }, "no combining marks left")
        }
        try inspector.close()

        for query in [
            "financiële", "financie\u{308}le", "FINANCIE\u{308}LE", "financiele risicos", "co\u{301}-cre\u{301}atie",
        ] {
            let hits = try XCTUnwrap(
                (try JSONSerialization.jsonObject(
                    with: harness.succeed(["search", "--format", "json", "--", query]).stdoutData) as? [String: Any])?[
                        "hits"] as? [[String: Any]])
            XCTAssertEqual(hits.map { String($0["id"] as? Int ?? 0) }, [id], "search \(Array(query.unicodeScalars))")
        }
        for filter in [
            ["--topic", "Financie\u{308}n"], ["--municipality", municipality],
            ["--municipality", "Nieuw Bu\u{308}ren"],
        ] {
            let listed = try harness.succeed(["list", "entries", "--format", "json"] + filter)
            XCTAssertEqual(
                (try JSONSerialization.jsonObject(with: listed.stdoutData) as? [Any])?.isEmpty, false, "\(filter)")
        }
        XCTAssertEqual(
            try harness.succeed(["analyze", "financie\u{308}le"]).stdout,
            try harness.succeed(["analyze", "financiële"]).stdout)
    }
}
