import Foundation
import XCTest

@testable import Kennisbank

/// CSV as spreadsheets save it in the Netherlands (issue 12): `;`, `,` or tab, UTF-8 with or
/// without a byte order mark or Windows-1252, Dutch column names and values, a topics cell split
/// on `;` or `,`, Dutch dates; errors by spreadsheet row, every bad row at once.
final class SpreadsheetCSVTests: XCTestCase {
    /// The files LibreOffice saved (see Fixtures/spreadsheets/README.md).
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/spreadsheets/\(name)").path
    }

    private func importCSV(_ text: String, into knowledgeBase: KnowledgeBase, skipInvalid: Bool = false) throws
        -> ImportReport
    {
        try knowledgeBase.importRecords(
            from: [.text(text, name: "lijst.csv", format: .csv)], options: ImportOptions(skipInvalid: skipInvalid))
    }

    private func records(_ text: String) throws -> [[String]] {
        let reader = CSVRecordReader(input: ByteInput(bytes: Array(text.utf8), name: "t.csv"), name: "t.csv")
        var records: [[String]] = []
        while let (fields, _, _) = try reader.next() { records.append(fields) }
        return records
    }

    func testTheDelimiterIsTheOneTheHeaderHoldsMostOfOutsideQuotes() throws {
        XCTAssertEqual(try records("kind;title\ntip;Een, twee\n"), [["kind", "title"], ["tip", "Een, twee"]])
        XCTAssertEqual(try records("kind,title\ntip,\"Een; twee\"\n"), [["kind", "title"], ["tip", "Een; twee"]])
        XCTAssertEqual(
            try records("kind\ttitle\ntip\tEen; twee, drie\n"), [["kind", "title"], ["tip", "Een; twee, drie"]])
        // The `;`s inside the quoted header cell do not count: one `,` outside quotes decides.
        XCTAssertEqual(try records("\"a;b;c\",d\n1;2,3\n"), [["a;b;c", "d"], ["1;2", "3"]])
        // A header of one column: a comma file.
        XCTAssertEqual(try records("title\nEen; twee\n"), [["title"], ["Een; twee"]])
    }

    func testDutchExcelCSVImportsWithDutchNamesValuesAndDates() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv = """
            Soort;Gemeente;TITEL;Tekst;Onderwerpen;Bron;Datum;Status;Contact\r
            struikelblok;Deventer;Wantrouwen;Argwaan.;Vertrouwen, Participatie;Bijeenkomst;21-05-2015;aangepakt;\r
            praktijkvoorbeeld;Zwolle;Buurthuis;Vrijwilligers.;Vastgoed;;30/11/2026;;Jan de Vries\r
            tip;;Luister;;"Vertrouwen; Wonen, zorg";;2015-05-21;;\r

            """
        let report = try importCSV(csv, into: knowledgeBase)
        XCTAssertEqual(report.added, 3)
        XCTAssertEqual(report.notes, [])
        let obstacle = try knowledgeBase.entry("1")
        XCTAssertEqual(obstacle.kind, .obstacle)
        XCTAssertEqual(obstacle.status, .addressed)
        XCTAssertEqual(obstacle.municipality, "Deventer")
        XCTAssertEqual(obstacle.topics, ["Participatie", "Vertrouwen"])
        XCTAssertEqual(obstacle.date?.description, "2015-05-21")
        XCTAssertEqual(obstacle.source, "Bijeenkomst")
        let example = try knowledgeBase.entry("2")
        XCTAssertEqual(example.kind, .example)
        XCTAssertEqual(example.date?.description, "2026-11-30")
        XCTAssertEqual(
            example.body, "Vrijwilligers.\n\ncontact: Jan de Vries", "contact becomes the body's last paragraph")
        let tip = try knowledgeBase.entry("3")
        // A cell with a `;` splits on `;` only: the `,` stays inside its topic.
        XCTAssertEqual(tip.topics, ["Vertrouwen", "Wonen, zorg"])
        XCTAssertNil(tip.municipality)
    }

    func testTopicsSplitOnSemicolonElseCommaAndExportKeepsACommaTopicWhole() {
        XCTAssertEqual(CSVEntryFormat.splitList("a, b ,c"), ["a", "b", "c"])
        XCTAssertEqual(CSVEntryFormat.splitList("a; b, c"), ["a", "b, c"])
        XCTAssertEqual(CSVEntryFormat.splitList("a, b\nc"), ["a, b", "c"])
        for topics in [["Wonen, zorg"], ["Wonen, zorg", "Vertrouwen"], ["a;b"], ["a", "b"]] {
            XCTAssertEqual(CSVEntryFormat.splitList(CSVEntryFormat.joinList(topics)), topics)
        }
    }

    func testWindows1252SavedByLibreOfficeIsConvertedAndSaysSo() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let path = Self.fixture("excel-nl-windows1252.csv")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertNil(String(data: bytes, encoding: .utf8), "the fixture is not UTF-8")
        let report = try knowledgeBase.importRecords(from: [try .file(path)])
        XCTAssertEqual(report.added, 5)
        XCTAssertEqual(report.notes, [.convertedFromWindows1252(source: path)])
        let example = try knowledgeBase.entry("2")
        XCTAssertEqual(
            example.body,
            "Vrijwilligers houden het buurthuis open — met een kleine subsidie (€ 2.500 per jaar).\n\ncontact: Jan de Vries"
        )
        XCTAssertEqual(
            try knowledgeBase.entry("1").body,
            "Bewoners zijn argwanend over financiële afspraken; ‘de gemeente’ beslist toch.")
    }

    func testUTF8WithAByteOrderMarkReadsAsTheSameEntries() throws {
        let fromBOM = try KnowledgeBase.inMemory()
        let from1252 = try KnowledgeBase.inMemory()
        let bomPath = Self.fixture("utf8-bom.csv")
        XCTAssertEqual(FileManager.default.contents(atPath: bomPath)?.prefix(3), Data([0xEF, 0xBB, 0xBF]))
        let report = try fromBOM.importRecords(from: [try .file(bomPath)])
        XCTAssertEqual(report.notes, [], "UTF-8 needs no conversion")
        try from1252.importRecords(from: [try .file(Self.fixture("excel-nl-windows1252.csv"))])
        let first = try ExchangeFixtures.contents(of: fromBOM).entries.map {
            [$0.title, $0.body, $0.date?.description]
        }
        let second = try ExchangeFixtures.contents(of: from1252).entries.map {
            [$0.title, $0.body, $0.date?.description]
        }
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.count, 5)
    }

    func testTheFirstNonASCIICellDecidesTheEncoding() {
        var decoder = SpreadsheetTextDecoder()
        XCTAssertEqual(decoder.text(Array("abc".utf8)), "abc")
        XCTAssertEqual(decoder.encoding, .undecided)
        XCTAssertEqual(decoder.text([0x80, 0x20, 0xE9]), "€ é")
        XCTAssertEqual(decoder.encoding, .windows1252)
        XCTAssertEqual(decoder.text(Array("é".utf8)), "Ã©", "once Windows-1252, always Windows-1252")
        var utf8 = SpreadsheetTextDecoder()
        XCTAssertEqual(utf8.text(Array("é".utf8)), "é")
        XCTAssertNil(utf8.text([0xE9]), "once UTF-8, a stray byte is an error")
        var neither = SpreadsheetTextDecoder()
        XCTAssertNil(neither.text([0x81]))
    }

    func testEveryBadRowIsReportedAtOnceByItsSpreadsheetRowAndNothingIsImported() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv = """
            soort;titel;gemeente;omschrijving
            tip;Goed;;
            recept;Soep;;
            struikelblok;Zonder gemeente;;
            tip;Twee regels;;"een
            twee"
            tip;Te;veel;velden;hier
            voorbeeld;Ook goed;Zwolle;
            """
        XCTAssertThrowsError(try importCSV(csv, into: knowledgeBase)) { error in
            guard case KennisbankError.importFailedRecords(let problems, let total) = error else {
                return XCTFail("expected every bad row, got \(error)")
            }
            XCTAssertEqual(total, 3)
            // Row 5 takes two lines; the row after it is row 6, as the spreadsheet numbers it.
            XCTAssertEqual(problems.map(\.location.row), [3, 4, 6])
            XCTAssertEqual(problems.map(\.location.source), ["lijst.csv", "lijst.csv", "lijst.csv"])
            XCTAssertEqual(problems.map(\.field), [.kind, .municipality, nil])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0, "all or nothing")
    }

    func testSkipInvalidImportsTheRestAndListsWhatItLeftOut() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv = "kind,title,municipality\ntip,Goed,\nrecept,Soep,\nexample,Ook goed,Zwolle\nobstacle,Zonder,\n"
        let report = try importCSV(csv, into: knowledgeBase, skipInvalid: true)
        XCTAssertEqual(report.added, 2)
        XCTAssertEqual(report.invalid.map(\.location.row), [3, 5])
        XCTAssertEqual(try knowledgeBase.entries().map(\.title), ["Goed", "Ook goed"])
    }

    func testAMistakeTheReaderCannotReadPastStopsWithEveryProblemFoundBefore() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let csv = "kind,title\nrecept,Soep\ntip,\"nooit gesloten\n"
        XCTAssertThrowsError(try importCSV(csv, into: knowledgeBase)) { error in
            guard case KennisbankError.importFailedRecords(let problems, let total) = error else {
                return XCTFail("expected both problems, got \(error)")
            }
            XCTAssertEqual(total, 2)
            XCTAssertEqual(problems.map(\.location.row), [2, 3])
            XCTAssertEqual(problems.last?.reason, .quoteNotClosed)
        }
    }
}
