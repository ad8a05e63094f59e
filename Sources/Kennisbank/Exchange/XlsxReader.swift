import Foundation
import XMLCoder
import ZIPFoundation

/// Reads the first sheet of an Excel workbook (.xlsx) as rows of text, the way a person sees
/// them: shared and inline strings as their text, numbers as written, date cells (a date number
/// format on a serial number) as ISO dates (`2015-05-21`), booleans as `TRUE`/`FALSE`, a formula
/// as its last computed value. Empty cells are empty text.
///
/// A workbook is a ZIP archive of XML parts (ZIPFoundation opens it, XMLCoder reads the parts);
/// anything that is not such an archive, or lacks its workbook or first sheet, is
/// ``KennisbankError/ImportFileProblem/notAWorkbook``.
struct XlsxReader {
    /// One row of the sheet: its number as the spreadsheet shows it, and its cells from column A.
    struct Row: Equatable {
        var number: Int
        var cells: [String]
    }

    /// The largest workbook read, and the largest part unpacked from it (a ZIP can pack a lot).
    static let fileLimit = 64 << 20
    static let partLimit = 256 << 20

    private let archive: Archive
    private let name: String

    /// Opens the workbook at `path`; `name` names it in errors.
    init(path: String, name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KennisbankError.cannotImport(source: name, problem: .noSuchFile)
        }
        guard !isDirectory.boolValue else {
            throw KennisbankError.cannotImport(source: name, problem: .isFolder)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.fileLimit else {
            throw KennisbankError.cannotImport(source: name, problem: .notAWorkbook)
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw KennisbankError.cannotImport(source: name, problem: .unreadable)
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw KennisbankError.cannotImport(source: name, problem: .notAWorkbook)
        }
        self.name = name
    }

    /// Opens a workbook held in memory.
    init(data: Data, name: String) throws {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw KennisbankError.cannotImport(source: name, problem: .notAWorkbook)
        }
        self.name = name
    }

    /// The rows of the first sheet, in order; rows without any text are left out.
    func rows() throws -> [Row] {
        let decoder = XlsxParts.decoder()
        let workbook = try decode(XlsxParts.Workbook.self, at: "xl/workbook.xml", with: decoder)
        let relationships = try decode(
            XlsxParts.Relationships.self, at: "xl/_rels/workbook.xml.rels", with: decoder)
        guard let first = workbook.sheets.sheet.first,
            let target = relationships.relationship.first(where: { $0.id == first.relationship })?.target
        else { throw failure }
        let sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let shared =
            try optional("xl/sharedStrings.xml").map {
                try decode(XlsxParts.SharedStrings.self, from: $0, with: decoder).si?.map(\.text) ?? []
            } ?? []
        let styles = try optional("xl/styles.xml").map { try decode(XlsxParts.Styles.self, from: $0, with: decoder) }
        let dateStyles = Self.dateStyles(styles)
        let date1904 = ["1", "true"].contains(workbook.workbookPr?.date1904?.lowercased() ?? "")
        let sheet = try decode(XlsxParts.Worksheet.self, at: sheetPath, with: decoder)

        var rows: [Row] = []
        var nextRow = 1
        for row in sheet.sheetData?.row ?? [] {
            let number = row.r.flatMap(Int.init) ?? nextRow
            nextRow = number + 1
            var cells: [String] = []
            for cell in row.c ?? [] {
                let column = cell.r.flatMap(Self.column(of:)) ?? cells.count
                guard column < 16_384 else { throw failure }
                let text = try self.text(of: cell, shared: shared, dateStyles: dateStyles, date1904: date1904)
                if column >= cells.count { cells += Array(repeating: "", count: column - cells.count + 1) }
                cells[column] = text
            }
            while cells.last?.isEmpty == true { cells.removeLast() }
            if !cells.isEmpty { rows.append(Row(number: number, cells: cells)) }
        }
        return rows
    }

    private var failure: KennisbankError {
        .cannotImport(source: name, problem: .notAWorkbook)
    }

    private func text(of cell: XlsxParts.Worksheet.Cell, shared: [String], dateStyles: Set<Int>, date1904: Bool)
        throws -> String
    {
        let value = cell.v?.value ?? ""
        switch cell.t {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), shared.indices.contains(index) else {
                throw failure
            }
            return shared[index]
        case "inlineStr":
            return cell.is?.text ?? ""
        case "str", "e", "d":
            return value
        case "b":
            return value == "1" ? "TRUE" : "FALSE"
        default:
            let number = value.trimmingCharacters(in: .whitespaces)
            if let style = cell.s.flatMap(Int.init), dateStyles.contains(style), let serial = Double(number) {
                return Self.isoDate(serial: serial, date1904: date1904) ?? number
            }
            return number
        }
    }

    /// The indexes of the cell styles whose number format shows a date.
    private static func dateStyles(_ styles: XlsxParts.Styles?) -> Set<Int> {
        var custom: [Int: String] = [:]
        for format in styles?.numFmts?.numFmt ?? [] {
            if let id = Int(format.numFmtId) { custom[id] = format.formatCode ?? "" }
        }
        var result: Set<Int> = []
        for (index, style) in (styles?.cellXfs?.xf ?? []).enumerated() {
            guard let id = style.numFmtId.flatMap(Int.init) else { continue }
            let isDate = custom[id].map(isDateFormat) ?? builtInDateFormats.contains(id)
            if isDate { result.insert(index) }
        }
        return result
    }

    /// The built-in number formats that show a date (ECMA-376, 18.8.30).
    private static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code shows a date: it has a day, month or year part outside quoted text,
    /// escapes and brackets (`[Red]`, `[$-413]`).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "m", "y":
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// The ISO date of a serial day number: days since 30 December 1899 (the 1900 system,
    /// whose day 60 is the 29 February 1900 that never was) or since 1 January 1904.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if !date1904 {
            guard days != 60 else { return nil }
            if days < 60 { days += 1 }
        }
        let epoch = date1904 ? (1904, 1, 1) : (1899, 12, 30)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: epoch.0, month: epoch.1, day: epoch.2)),
            let date = calendar.date(byAdding: .day, value: days, to: start)
        else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Day(year: year, month: month, day: day)?.description
    }

    /// The zero-based column of a cell reference (`A1` → 0, `AB7` → 27).
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
            guard letters <= 3 else { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    private func decode<T: Decodable>(_ type: T.Type, at path: String, with decoder: XMLCoder.XMLDecoder) throws -> T {
        guard let data = try optional(path) else { throw failure }
        return try decode(type, from: data, with: decoder)
    }

    private func decode<T: Decodable>(_ type: T.Type, from data: Data, with decoder: XMLCoder.XMLDecoder) throws -> T {
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw failure
        }
    }

    /// The bytes of the part at `path`, or nil when the workbook has none.
    private func optional(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.partLimit) else { throw failure }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                guard data.count <= Self.partLimit else { throw failure }
            }
        } catch {
            throw failure
        }
        return data
    }
}
