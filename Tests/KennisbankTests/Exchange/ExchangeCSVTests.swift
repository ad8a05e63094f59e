import Foundation
import XCTest

@testable import Kennisbank

/// CSV import: RFC 4180 quoting, embedded line breaks, list cells, and strict errors with lines.
final class ExchangeCSVTests: XCTestCase {
    private func importCSV(_ text: String, into knowledgeBase: KnowledgeBase, dryRun: Bool = false) throws
        -> ImportReport
    {
        try knowledgeBase.importRecords(from: [.text(text, name: "lijst.csv", format: .csv)], dryRun: dryRun)
    }

    func testQuotesCommasAndLineBreaksInsideFields() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv =
            "\u{FEFF}Kind,Title,Body,Municipality,Topics,Date,Status\r\n"
            + "obstacle,\"Wantrouwen, \"\"oud zeer\"\"\",\"Eerste regel\r\nTweede, met komma\n\nDerde \"\"regel\"\"\",Den Haag,Vertrouwen; Co-creatie ;,21-05-2015,opgelost\r\n"
            + "\r\n"
            + "tip,Leg het proces open op tafel,,,\"Vertrouwen\nTransparantie; openheid\",,\n"
            + ",,,,,,\n"
            + "example,Laatste regel zonder regeleinde,,Bergen (NH.),,2024-01-31,"
        let report = try importCSV(csv, into: knowledgeBase)
        XCTAssertEqual(report.added, 3)
        let obstacle = try XCTUnwrap(try knowledgeBase.entries(FilterText(kinds: [.obstacle])).first)
        XCTAssertEqual(obstacle.title, "Wantrouwen, \"oud zeer\"")
        XCTAssertEqual(obstacle.body, "Eerste regel\nTweede, met komma\n\nDerde \"regel\"")
        XCTAssertEqual(obstacle.municipality, "'s-Gravenhage")
        XCTAssertEqual(obstacle.topics, ["Co-creatie", "Vertrouwen"])
        XCTAssertEqual(obstacle.date, "2015-05-21")
        XCTAssertEqual(obstacle.status, .resolved)
        let tip = try XCTUnwrap(try knowledgeBase.entries(FilterText(kinds: [.tip])).first)
        XCTAssertNil(tip.municipality)
        XCTAssertEqual(
            tip.topics, ["Transparantie; openheid", "Vertrouwen"], "a cell with line breaks holds one value a line")
        XCTAssertEqual(try knowledgeBase.entries(FilterText(kinds: [.example])).first?.municipality, "Bergen (NH.)")
        XCTAssertEqual(try importCSV(csv, into: knowledgeBase).skipped, 3)
    }

    func testABrokenRecordNamesTheLineItStartsOn() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        var rows = ["kind,title,body,municipality,date"]
        for number in 1...2_000 {
            let body = number % 7 == 0 ? "\"twee\nregels\"" : "een regel"
            rows.append("example,Voorbeeld \(number),\(body),Deventer,\(number == 1_500 ? "2023-13-01" : "2023-01-01")")
        }
        // Records 7, 14, … take two lines, but each is one spreadsheet row: record 1500 is row 1501
        // (the header is row 1), as a spreadsheet shows it, though it starts on line 1 + 1500 + 1500 / 7.
        XCTAssertImportError([
            "lijst.csv, row 1501", "field “date”", "not a date", "Nothing was imported.",
        ]) {
            try importCSV(rows.joined(separator: "\r\n"), into: knowledgeBase)
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }

    func testMalformedCSVIsRefusedWithItsLine() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let header = "kind,title,municipality\n"
        let cases: [(String, [String])] = [
            (header + "tip,Goed,\ntip,\"nooit gesloten,\n\n", ["row 3", "never closed"]),
            (header + "tip,Half \"gequote\" titel,\n", ["row 2", "a quote inside a field"]),
            (header + "tip,\"Titel\"erachter,\n", ["row 2", "text after the closing quote"]),
            (header + "tip,Te weinig\n", ["row 2", "2 fields but the header has 3"]),
            (header + "tip,Te,veel,velden\n", ["row 2", "4 fields but the header has 3"]),
            ("kind,title,onbekend\n", ["row 1", "“onbekend” that is not a field"]),
            ("kind,title,title\n", ["row 1", "“title” twice"]),
            ("kind,municipality\n", ["row 1", "no column “title”"]),
            ("", ["row 1", "the file is empty"]),
            (header + "recept,Soep,\n", ["row 2", "field “kind”", "not a kind"]),
            (header + "tip,\"Met \u{7} bel\",\n", ["row 2", "field “title”", "control characters"]),
        ]
        for (text, parts) in cases {
            XCTAssertImportError(["lijst.csv"] + parts) { try importCSV(text, into: knowledgeBase) }
        }
        // Neither UTF-8 nor Windows-1252 (which leaves 0x81 undefined).
        let invalid = Array("kind,title\ntip,".utf8) + [0xFF, 0x81] + Array("\n".utf8)
        XCTAssertImportError(["bad.csv, row 2", "not UTF-8"]) {
            try knowledgeBase.importRecords(from: [
                try .file(try ExchangeFixtures.write(bytes: invalid, named: "bad.csv", in: self))
            ])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }

    /// True when `part` occurs in `text`, compared scalar for scalar.
    private func holds(_ text: String, _ part: String) -> Bool {
        text.range(of: part, options: .literal) != nil
    }

    /// Export to CSV and import into a new knowledge base: the entries, field for field.
    @discardableResult
    private func csvRoundTrip(_ source: KnowledgeBase, file: StaticString = #filePath, line: UInt = #line) throws -> (
        csv: String, entries: [Entry]
    ) {
        let csv = try source.exportText(.csv)
        let target = try KnowledgeBase.inMemory()
        try target.importRecords(from: [.text(csv, name: "export.csv", format: .csv)])
        let entries = try ExchangeFixtures.contents(of: target).entries
        XCTAssertEqual(entries, try ExchangeFixtures.contents(of: source).entries, csv, file: file, line: line)
        return (csv, entries)
    }

    /// Issue 10, item 2: a quote followed by a combining mark is one `Character` in Swift; it
    /// was neither doubled nor, in a cell without a comma, a reason to quote.
    func testACombiningMarkAfterAQuoteOrACommaSurvivesARoundTrip() throws {
        let source = try KnowledgeBase.inMemory()
        try source.add(
            NewEntry(
                kind: .tip, title: "Een \"\u{301},=1+1,\"\u{301} x", body: "\"\u{301}\n,\u{308}b",
                topics: ["Thema \"\u{301}", "a,\u{301}b"], source: "Bron \"\u{20DD}"))
        try source.add(NewEntry(kind: .tip, title: "Zonder komma \"\u{301} maar met quote"))
        let (csv, entries) = try csvRoundTrip(source)
        XCTAssertEqual(
            entries.map(\.title), ["Een \"\u{301},=1+1,\"\u{301} x", "Zonder komma \"\u{301} maar met quote"])
        XCTAssertTrue(holds(csv, ",\"Zonder komma \"\"\u{301} maar met quote\","), csv)
    }

    /// Issue 10, item 5: cells a spreadsheet would run as formulas get a leading apostrophe, which
    /// the import removes again; a real leading apostrophe stays, and so does one before `=`.
    func testFormulaCellsAreNeutralisedOnExportAndRestoredOnImport() throws {
        let source = try KnowledgeBase.inMemory()
        let titles = [
            "=1+1", "+31 6 1234", "-2 graden", "@SUM(A1)", "'s-Hertogenbosch", "'t Zandt", "'=foo", "''+bar", "'",
            "=\u{301}x",
        ]
        for title in titles {
            try source.add(
                NewEntry(
                    kind: .tip, title: title, body: "=HYPERLINK(\"http://x\")\n\tmet tab", topics: ["-min", "=is"],
                    source: "@bron"))
        }
        let (csv, entries) = try csvRoundTrip(source)
        XCTAssertEqual(entries.map(\.title), titles)
        for cell in [
            ",'=1+1,", ",'+31 6 1234,", ",'-2 graden,", ",'@SUM(A1),", ",'s-Hertogenbosch,", ",'t Zandt,", ",''=foo,",
            ",'''+bar,",
            ",',", ",'=\u{301}x,", ",\"'=HYPERLINK(\"\"http://x\"\")\n\tmet tab\",",
            ",'" + entries[0].topics.joined(separator: "; ") + ",", ",'@bron,",
        ] {
            XCTAssertTrue(holds(csv, cell), "\(cell) not in \(csv)")
        }
        for scalar in ["=", "+", "-", "@", "\t"] {
            XCTAssertFalse(
                holds(csv, "," + scalar) || holds(csv, ",\"" + scalar), "a cell starts with \(scalar): \(csv)")
        }

        let written = "kind,title,source\r\ntip,'=foo,'s-Hertogenbosch\r\ntip,''=bar,''t Zandt\r\ntip,'''-x,'\r\n"
        let target = try KnowledgeBase.inMemory()
        try target.importRecords(from: [.text(written, name: "lijst.csv", format: .csv)])
        XCTAssertEqual(try target.entries().map(\.title), ["=foo", "'=bar", "''-x"])
        XCTAssertEqual(try target.entries().map(\.source), ["'s-Hertogenbosch", "''t Zandt", "'"])
    }

    /// Issue 10, item 15: the topic list was trimmed of more than white space (U+200B went).
    func testATopicEndingInAZeroWidthSpaceSurvivesARoundTrip() throws {
        let source = try KnowledgeBase.inMemory()
        try source.add(NewEntry(kind: .tip, title: "Onzichtbaar", topics: ["x\u{200B}", "\u{200B}y", "a;b\u{FEFF}"]))
        try source.add(NewEntry(kind: .tip, title: "Ook alleen", topics: ["z\u{200B}"]))
        let (_, entries) = try csvRoundTrip(source)
        XCTAssertEqual(Set(entries.flatMap(\.topics)), ["x\u{200B}", "\u{200B}y", "a;b\u{FEFF}", "z\u{200B}"])
    }

    /// Issue 10, item 15: times that are no real moment (30 February, year 0) were accepted and
    /// silently moved; they are refused with the file, line and field.
    func testImpossibleTimesAreRefusedWithTheirFileAndLine() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        for time in [
            "2020-02-30T00:00:00Z", "0000-01-01T00:00:00Z", "2021-02-29T10:00:00.000Z", "2024-04-31T00:00:00Z",
            "2024-01-01T24:00:00Z", "2024-01-01T23:59:60Z",
        ] {
            XCTAssertImportError(["lijst.csv, row 3", "field “created_at”", "is not a time", "Nothing was imported."]) {
                try importCSV(
                    "kind,title,created_at\r\ntip,Goed,2024-02-29T12:00:00Z\r\ntip,Fout,\(time)\r\n",
                    into: knowledgeBase)
            }
            XCTAssertImportError(["notes.jsonl, line 1", "field “updated_at”", "is not a time"]) {
                try knowledgeBase.importRecords(from: [
                    .text(
                        try ExchangeFixtures.line(["kind": "tip", "title": "x", "updated_at": time]),
                        name: "notes.jsonl", format: .jsonl)
                ])
            }
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
        XCTAssertEqual(
            try importCSV(
                "kind,title,created_at\r\ntip,Schrikkel,2024-02-29T12:00:00Z\r\ntip,Vroeg,0001-01-01T00:00:00Z\r\n",
                into: knowledgeBase
            ).added, 2)
        XCTAssertEqual(
            try knowledgeBase.entries().map { Timestamp.string($0.createdAt) },
            ["2024-02-29T12:00:00.000Z", "0001-01-01T00:00:00.000Z"])
    }

    func testCellsAreQuotedOnlyWhereNeeded() {
        XCTAssertEqual(
            CSVWriter().record(["a", "b,c", "d\"e", "f\ng", " h", ""]), "a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\",\r\n")
        XCTAssertEqual(CSVEntryFormat.joinList(["a", "b"]), "a; b")
        XCTAssertEqual(CSVEntryFormat.joinList(["a;b", "c"]), "a;b\nc")
        XCTAssertEqual(CSVEntryFormat.splitList(CSVEntryFormat.joinList(["a;b"])), ["a;b"])
        XCTAssertEqual(CSVEntryFormat.splitList(" a ;b;; "), ["a", "b"])
        XCTAssertEqual(CSVEntryFormat.splitList("a;b\nc"), ["a;b", "c"])
        XCTAssertEqual(
            CSVEntryFormat.splitList("x\u{200B}; \u{FEFF}y ;\u{3000}z\u{3000}"), ["x\u{200B}", "\u{FEFF}y", "z"])
        XCTAssertEqual(
            CSVEntryFormat.joinList(["a;\u{301}b", "c"]), "a;\u{301}b\nc", "a ; with a combining mark is still a ;")
    }
}
