import Foundation
import XMLCoder
import ZIPFoundation

/// Writes a minimal Excel workbook (.xlsx): one sheet, its rows of inline strings, and date
/// cells as dates (a serial day number with the built-in date format, so that a spreadsheet
/// shows and sorts them as dates). The sheet's XML is written by XMLCoder and the archive by
/// ZIPFoundation; the fixed parts (content types, relationships, styles) are constants.
struct XlsxWriter {
    /// A cell to write.
    enum Cell: Equatable {
        /// Text (empty text leaves the cell out).
        case text(String)
        /// A date.
        case date(Day)
    }

    private var rows: [[Cell]] = []

    /// An empty workbook.
    init() {}

    /// Appends a row.
    mutating func append(_ row: [Cell]) {
        rows.append(row)
    }

    /// The workbook's bytes.
    func data(sheetName: String = "Kennisbank") throws -> Data {
        let encoder = XMLEncoder()
        // A carriage return would be read back as a line feed: keep it as a character reference.
        encoder.charactersEscapedInElements.append(("\r", "&#13;"))
        let sheet = Sheet(rows: rows)
        let sheetXML = try encoder.encode(
            sheet, withRootKey: "worksheet",
            rootAttributes: ["xmlns": Self.mainNamespace],
            header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
        let workbookXML = try encoder.encode(
            Workbook(sheets: .init(sheet: [.init(name: sheetName, sheetId: 1, relationship: "rId1")])),
            withRootKey: "workbook",
            rootAttributes: ["xmlns": Self.mainNamespace, "xmlns:r": Self.relationshipNamespace],
            header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(Self.contentTypes.utf8)),
            ("_rels/.rels", Data(Self.packageRelationships.utf8)),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", Data(Self.workbookRelationships.utf8)),
            ("xl/styles.xml", Data(Self.styles.utf8)),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The serial day number of `day` in the 1900 date system (valid from 1 March 1900).
    static func serial(of day: Day) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        return calendar.dateComponents([.day], from: start, to: date).day!
    }

    /// The column letters of a zero-based column (0 → `A`, 27 → `AB`).
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    // MARK: The sheet as XMLCoder writes it

    private struct Sheet: Encodable {
        struct SheetData: Encodable {
            var row: [Row]
        }
        var sheetData: SheetData

        init(rows: [[Cell]]) {
            sheetData = SheetData(
                row: rows.enumerated().map { index, cells in
                    Row(
                        r: index + 1,
                        c: cells.enumerated().compactMap { column, cell in
                            SheetCell(cell, reference: XlsxWriter.columnName(column) + String(index + 1))
                        })
                })
        }
    }

    private struct Row: Encodable, DynamicNodeEncoding {
        var r: Int
        var c: [SheetCell]

        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" ? .attribute : .element
        }
    }

    private struct SheetCell: Encodable, DynamicNodeEncoding {
        struct InlineString: Encodable {
            var t: Text
        }
        struct Text: Encodable, DynamicNodeEncoding {
            var space = "preserve"
            var value: String

            enum CodingKeys: String, CodingKey {
                case space = "xml:space"
                case value = ""
            }

            static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
                key.stringValue == "xml:space" ? .attribute : .element
            }
        }

        var r: String
        var t: String?
        var s: Int?
        var `is`: InlineString?
        var v: Int?

        init?(_ cell: Cell, reference: String) {
            r = reference
            switch cell {
            case .text(let text):
                guard !text.isEmpty else { return nil }
                t = "inlineStr"
                `is` = InlineString(t: Text(value: text))
            case .date(let day):
                s = 1
                v = XlsxWriter.serial(of: day)
            }
        }

        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            ["r", "t", "s"].contains(key.stringValue) ? .attribute : .element
        }
    }

    private struct Workbook: Encodable {
        struct Sheets: Encodable {
            var sheet: [Sheet]
        }
        struct Sheet: Encodable, DynamicNodeEncoding {
            var name: String
            var sheetId: Int
            var relationship: String

            enum CodingKeys: String, CodingKey {
                case name, sheetId
                case relationship = "r:id"
            }

            static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
                .attribute
            }
        }
        var sheets: Sheets
    }

    // MARK: The fixed parts

    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        </Relationships>
        """

    /// Two cell styles: 0 general, 1 the built-in date format 14 (shown in the reader's locale).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}

/// The entries (and the municipalities that travel with them) as an Excel workbook: the columns
/// of the CSV export (see ``CSVEntryFormat``), the date as a date cell. The workbook is written
/// when complete.
final class XlsxExportWriter: ExportWriter {
    private let sink: ExportSink
    private var workbook = XlsxWriter()
    private let dateColumn = CSVEntryFormat.columns.firstIndex(of: "date")

    init(sink: ExportSink) {
        self.sink = sink
        workbook.append(CSVEntryFormat.columns.map { .text($0) })
    }

    func write(_ municipality: Municipality) throws {
        workbook.append(CSVEntryFormat.row(municipality).map { .text($0) })
    }

    func write(_ entry: Entry) throws {
        var cells = CSVEntryFormat.row(entry).map { XlsxWriter.Cell.text($0) }
        if let dateColumn, let date = entry.date { cells[dateColumn] = .date(date) }
        workbook.append(cells)
    }

    func finish() throws {
        try sink.write(bytes: [UInt8](try workbook.data()))
        try sink.flush()
    }
}
