import Foundation
import XCTest
import ZIPFoundation

@testable import Kennisbank

/// Excel workbooks (.xlsx) read and written directly (issue 12): the first sheet, a header row as
/// in CSV, shared and inline strings, numbers, date cells as dates; a file that is not a
/// workbook refused with one line.
final class XlsxTests: XCTestCase {
    func testAWorkbookSavedByLibreOfficeImports() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let path = SpreadsheetCSVTests.fixture("dutch-entries.xlsx")
        let report = try knowledgeBase.importRecords(from: [try .file(path)])
        XCTAssertEqual(report.added, 5)
        let entries = try (1...5).map { try knowledgeBase.entry(String($0)) }
        XCTAssertEqual(entries.map(\.kind), [.obstacle, .example, .tip, .obstacle, .tip])
        // Date cells (a serial number with the format mm/dd/yy) are dates.
        XCTAssertEqual(entries.map { $0.date?.description }, ["2015-05-21", "2026-11-30", nil, nil, "2024-02-01"])
        // Text that looks like a formula stays text; a number cell is its number as text.
        XCTAssertEqual(entries[2].title, "=SOM(1;2) is geen formule")
        XCTAssertEqual(entries[4].title, "112")
        XCTAssertEqual(entries[4].source, "2015")
        // Empty cells are absent values; long text is whole.
        XCTAssertNil(entries[1].status)
        XCTAssertNil(entries[2].municipality)
        XCTAssertGreaterThan(entries[3].body.count, 1_000)
        XCTAssertEqual(entries[3].status, .resolved)
        XCTAssertEqual(entries[0].topics, ["Participatie", "Vertrouwen"])
        XCTAssertEqual(entries[1].topics, ["Co-creatie", "Maatschappelijk vastgoed"])
        XCTAssertTrue(entries[1].body.hasSuffix("\n\ncontact: Jan de Vries"))
        XCTAssertEqual(
            entries[0].body, "Bewoners zijn argwanend over financiële afspraken; ‘de gemeente’ beslist toch.")
    }

    func testTheSameEntriesAsTheCSVSavedFromTheSameSheet() throws {
        let fromXlsx = try KnowledgeBase.inMemory()
        let fromCSV = try KnowledgeBase.inMemory()
        try fromXlsx.importRecords(from: [try .file(SpreadsheetCSVTests.fixture("dutch-entries.xlsx"))])
        try fromCSV.importRecords(from: [try .file(SpreadsheetCSVTests.fixture("utf8-bom.csv"))])
        func contents(_ knowledgeBase: KnowledgeBase) throws -> [[String]] {
            try (1...5).map { try knowledgeBase.entry(String($0)) }.map {
                [
                    $0.title, $0.body, $0.municipality ?? "", $0.topics.joined(separator: "|"),
                    $0.date?.description ?? "",
                ]
            }
        }
        XCTAssertEqual(try contents(fromXlsx), try contents(fromCSV))
    }

    func testAnExportedWorkbookImportsIntoANewKnowledgeBaseUnchanged() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let workbook = try source.exportBytes(.xlsx)
        XCTAssertEqual(Array(workbook.prefix(2)), Array("PK".utf8))
        let copy = try KnowledgeBase.inMemory()
        let report = try copy.importRecords(from: [.bytes(workbook, name: "kennisbank.xlsx", format: .xlsx)])
        XCTAssertEqual(report.entries, try source.count())
        XCTAssertEqual(try copy.exportText(.jsonl), try source.exportText(.jsonl))
    }

    func testTheDateIsWrittenAsADateCellAndTextAsInlineStrings() throws {
        var writer = XlsxWriter()
        writer.append([.text("title"), .text("date")])
        writer.append([.text("  spaties & <tekens> \"'\r\n"), .date(try XCTUnwrap(Day(year: 2015, month: 5, day: 21)))])
        let data = try writer.data()
        let archive = try Archive(data: data, accessMode: .read)
        var sheet = Data()
        _ = try archive.extract(try XCTUnwrap(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        XCTAssertTrue(xml.contains("t=\"inlineStr\""), xml)
        XCTAssertTrue(xml.contains("<v>42145</v>"), xml)
        let rows = try XlsxReader(data: data, name: "t.xlsx").rows()
        XCTAssertEqual(
            rows,
            [
                .init(number: 1, cells: ["title", "date"]),
                .init(number: 2, cells: ["  spaties & <tekens> \"'\r\n", "2015-05-21"]),
            ])
    }

    func testSerialDaysColumnsAndDateFormats() {
        XCTAssertEqual(XlsxReader.isoDate(serial: 42145, date1904: false), "2015-05-21")
        XCTAssertEqual(XlsxReader.isoDate(serial: 1, date1904: false), "1900-01-01")
        XCTAssertEqual(XlsxReader.isoDate(serial: 59, date1904: false), "1900-02-28")
        XCTAssertNil(XlsxReader.isoDate(serial: 60, date1904: false), "29 February 1900 never was")
        XCTAssertEqual(XlsxReader.isoDate(serial: 61, date1904: false), "1900-03-01")
        XCTAssertEqual(XlsxReader.isoDate(serial: 45323.75, date1904: false), "2024-02-01", "a time of day is dropped")
        XCTAssertEqual(XlsxReader.isoDate(serial: 0, date1904: true), "1904-01-01")
        XCTAssertEqual(XlsxWriter.serial(of: Day(year: 2026, month: 11, day: 30)!), 46356)
        XCTAssertEqual(XlsxReader.column(of: "A1"), 0)
        XCTAssertEqual(XlsxReader.column(of: "AB7"), 27)
        XCTAssertEqual(XlsxWriter.columnName(27), "AB")
        XCTAssertEqual(XlsxWriter.columnName(0), "A")
        XCTAssertTrue(XlsxReader.isDateFormat("mm/dd/yy"))
        XCTAssertTrue(XlsxReader.isDateFormat("[$-413]d\\ mmmm\\ yyyy"))
        XCTAssertFalse(XlsxReader.isDateFormat("0.00"))
        XCTAssertFalse(XlsxReader.isDateFormat("[Red]0"))
        XCTAssertFalse(XlsxReader.isDateFormat("\"dag\" 0"))
    }

    func testBadRowsOfAWorkbookAreNamedByTheirSheetRow() throws {
        var writer = XlsxWriter()
        writer.append([.text("soort"), .text("titel"), .text("gemeente")])
        writer.append([.text("tip"), .text("Goed")])
        writer.append([.text("recept"), .text("Soep")])
        writer.append([.text("struikelblok"), .text("Zonder gemeente")])
        let knowledgeBase = try KnowledgeBase.inMemory()
        let source = ImportSource.bytes([UInt8](try writer.data()), name: "lijst.xlsx", format: .xlsx)
        XCTAssertThrowsError(try knowledgeBase.importRecords(from: [source])) { error in
            guard case KennisbankError.importFailedRecords(let problems, _) = error else {
                return XCTFail("expected every bad row, got \(error)")
            }
            XCTAssertEqual(
                problems.map(\.location),
                [RecordLocation(source: "lijst.xlsx", row: 3), .init(source: "lijst.xlsx", row: 4)])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
        let report = try knowledgeBase.importRecords(from: [source], options: ImportOptions(skipInvalid: true))
        XCTAssertEqual(report.added, 1)
    }

    func testAFileThatIsNotAWorkbookIsRefusedWithOneLine() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let text = try ExchangeFixtures.write("kind,title\ntip,x\n", named: "lijst.xlsx", in: self)
        let zipWithoutWorkbook = try Archive(accessMode: .create)
        let data = Data("hallo".utf8)
        try zipWithoutWorkbook.addEntry(with: "hallo.txt", type: .file, uncompressedSize: Int64(data.count)) {
            position, size in data.subdata(in: Int(position)..<Int(position) + size)
        }
        let zip = try ExchangeFixtures.write(
            bytes: [UInt8](try XCTUnwrap(zipWithoutWorkbook.data)), named: "leeg.xlsx", in: self)
        for path in [text, zip] {
            XCTAssertThrowsError(try knowledgeBase.importRecords(from: [try .file(path)])) { error in
                XCTAssertEqual(error as? KennisbankError, .cannotImport(source: path, problem: .notAWorkbook))
            }
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }
}
