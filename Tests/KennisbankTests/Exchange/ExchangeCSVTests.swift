import Foundation
import XCTest
@testable import Kennisbank

/// CSV import: RFC 4180 quoting, embedded line breaks, list cells, and strict errors with lines.
final class ExchangeCSVTests: XCTestCase {
    private func importCSV(_ text: String, into knowledgeBase: KnowledgeBase, dryRun: Bool = false) throws -> ImportReport {
        try knowledgeBase.importRecords(from: [.text(text, name: "lijst.csv", format: .csv)], dryRun: dryRun)
    }

    func testQuotesCommasAndLineBreaksInsideFields() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv = "\u{FEFF}Kind,Title,Body,Municipality,Topics,Date,Status\r\n"
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
        XCTAssertEqual(tip.topics, ["Transparantie; openheid", "Vertrouwen"], "a cell with line breaks holds one value a line")
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
        // Records 7, 14, … take two lines: record 1500 starts on line 1 + 1500 + 1500 / 7.
        XCTAssertImportError(["lijst.csv, line \(1 + 1_500 + 1_500 / 7)", "field “date”", "not a date", "Nothing was imported."]) {
            try importCSV(rows.joined(separator: "\r\n"), into: knowledgeBase)
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }

    func testMalformedCSVIsRefusedWithItsLine() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let header = "kind,title,municipality\n"
        let cases: [(String, [String])] = [
            (header + "tip,Goed,\ntip,\"nooit gesloten,\n\n", ["line 3", "never closed"]),
            (header + "tip,Half \"gequote\" titel,\n", ["line 2", "a quote inside a field"]),
            (header + "tip,\"Titel\"erachter,\n", ["line 2", "text after the closing quote"]),
            (header + "tip,Te weinig\n", ["line 2", "2 fields but the header has 3"]),
            (header + "tip,Te,veel,velden\n", ["line 2", "4 fields but the header has 3"]),
            ("kind,title,onbekend\n", ["line 1", "“onbekend” that is not a field"]),
            ("kind,title,title\n", ["line 1", "“title” twice"]),
            ("kind,municipality\n", ["line 1", "no column “title”"]),
            ("", ["line 1", "the file is empty"]),
            (header + "recept,Soep,\n", ["line 2", "field “kind”", "not a kind"]),
            (header + "tip,\"Met \u{7} bel\",\n", ["line 2", "field “title”", "control characters"]),
        ]
        for (text, parts) in cases {
            XCTAssertImportError(["lijst.csv"] + parts) { try importCSV(text, into: knowledgeBase) }
        }
        let invalid = Array("kind,title\ntip,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        XCTAssertImportError(["bad.csv, line 2", "not UTF-8"]) {
            try knowledgeBase.importRecords(from: [try .file(try ExchangeFixtures.write(bytes: invalid, named: "bad.csv", in: self))])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }

    func testCellsAreQuotedOnlyWhereNeeded() {
        XCTAssertEqual(CSVEntryFormat.line(["a", "b,c", "d\"e", "f\ng", " h", ""]), "a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\",")
        XCTAssertEqual(CSVEntryFormat.joinList(["a", "b"]), "a; b")
        XCTAssertEqual(CSVEntryFormat.joinList(["a;b", "c"]), "a;b\nc")
        XCTAssertEqual(CSVEntryFormat.splitList(CSVEntryFormat.joinList(["a;b"])), ["a;b"])
        XCTAssertEqual(CSVEntryFormat.splitList(" a ;b;; "), ["a", "b"])
        XCTAssertEqual(CSVEntryFormat.splitList("a;b\nc"), ["a;b", "c"])
    }
}
