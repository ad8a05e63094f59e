/// Writes CSV the one way every CSV of Kennisbank is written (`kb export`, `kb search`,
/// `kb compare`): RFC 4180, fields separated by commas (or semicolons, for Excel in a Dutch
/// locale), records by a line break.
///
/// A cell is put in double quotes, with every quote in it doubled, when it holds a comma, a quote,
/// a line feed or a carriage return, when it starts or ends with white space (which other readers
/// may trim), or when it starts with a byte order mark (which a reader drops at the start of a
/// file). A cell a spreadsheet would run as a formula gets a leading apostrophe first
/// (see `CSVFormulaGuard`); `kb import` removes it again.
///
/// The rules work on the UTF-8 bytes, not on `Character`s: a quote or a comma followed by a
/// combining mark (`"\u{301}`) is one `Character` for Swift but still a quote or a comma for
/// every CSV reader, and is quoted and doubled like any other.
public struct CSVWriter: Sendable {
    /// The line break written after each record.
    public enum LineBreak: String, Sendable {
        /// `\r\n`, as RFC 4180 says (exports and comparisons).
        case crlf = "\r\n"
        /// `\n` (search results, as they have always been written).
        case lf = "\n"
    }

    /// The line break after each record.
    public var lineBreak: LineBreak
    /// The byte between fields: a comma, or a semicolon for Excel in a Dutch locale.
    public var delimiter: UInt8

    /// A writer whose records end with `lineBreak` and whose fields are separated by `delimiter`
    /// (an ASCII character: `,` or `;`).
    public init(lineBreak: LineBreak = .crlf, delimiter: Unicode.Scalar = ",") {
        self.lineBreak = lineBreak
        self.delimiter = UInt8(ascii: delimiter)
    }

    /// One record: its cells, separated by commas, and the line break.
    public func record(_ cells: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.reduce(cells.count + 2) { $0 + $1.utf8.count + 2 })
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(delimiter) }
            Self.append(cell, to: &bytes, delimiter: delimiter)
        }
        bytes.append(contentsOf: lineBreak.rawValue.utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Several records, one after the other.
    public func records(_ rows: [[String]]) -> String {
        rows.map(record).joined()
    }

    /// One cell as it is written: neutralised against formulas, and quoted where needed.
    public static func cell(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ text: String, to bytes: inout [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        let cell = CSVFormulaGuard.neutralised(text)
        guard needsQuotes(cell, delimiter: delimiter) else {
            bytes.append(contentsOf: cell.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in cell.utf8 {
            // A quote is one byte in UTF-8 and never part of another character's bytes.
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ cell: String, delimiter: UInt8) -> Bool {
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace || first == "\u{FEFF}" { return true }
        return cell.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
    }
}
