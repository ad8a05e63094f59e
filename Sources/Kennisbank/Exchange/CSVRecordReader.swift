/// Reads CSV (RFC 4180) record by record from a stream of bytes: fields separated by a
/// delimiter, records by CRLF or LF, fields with delimiters, quotes or line breaks in double
/// quotes and a quote inside them doubled. Blank lines are skipped (but counted as rows).
///
/// Files as spreadsheets save them are read as they are: the delimiter is `,`, `;` (Dutch Excel)
/// or a tab, whichever the first record (the header) holds most of outside quotes; the text is
/// UTF-8, with or without a byte order mark, or Windows-1252 (see ``SpreadsheetTextDecoder``).
///
/// A cell that ``CSVWriter`` neutralised against spreadsheet formulas (`'=1+1`) is read back as
/// the text it held (`=1+1`); see ``CSVFormulaGuard``.
///
/// Stricter than a spreadsheet on purpose: a quote in the middle of an unquoted field, text
/// after a closing quote and a quote never closed are errors that name their line, where a
/// lenient reader would silently shift or swallow fields.
final class CSVRecordReader {
    private let input: ByteInput
    private let name: String
    /// The line of the next byte.
    private var line = 1
    /// The spreadsheet row of the next record (blank lines count, as they do in a spreadsheet).
    private var row = 1
    private var started = false
    /// The byte between fields: detected from the first record unless given.
    private(set) var delimiter: UInt8?
    /// How the file's bytes become text.
    private(set) var decoder = SpreadsheetTextDecoder()

    /// Reads `input`; `name` names it in errors. Without a `delimiter`, the first record's decides.
    init(input: ByteInput, name: String, delimiter: UInt8? = nil) {
        self.input = input
        self.name = name
        self.delimiter = delimiter
    }

    /// The next record's fields, the line it starts on and its spreadsheet row, or nil after the last.
    func next() throws -> (fields: [String], line: Int, row: Int)? {
        if !started {
            started = true
            if try input.peek() == 0xEF {
                guard try input.next() == 0xEF, try input.next() == 0xBB, try input.next() == 0xBF else {
                    throw RecordLocation(source: name, row: 1).failure(.notUTF8(.csv))
                }
                decoder.sawByteOrderMark()
            }
            if delimiter == nil { delimiter = try detectDelimiter() }
        }
        while true {
            guard try input.peek() != nil else { return nil }
            let start = line
            let startRow = row
            let fields = try readRecord(startingOn: start)
            row += 1
            if fields.count == 1, fields[0].isEmpty { continue }
            return (fields, start, startRow)
        }
    }

    /// The delimiter the first record holds most of outside quotes (`;`, `,` or a tab; `,` when it
    /// holds none); the record's bytes are put back to be read as usual.
    private func detectDelimiter() throws -> UInt8 {
        var bytes: [UInt8] = []
        var quoted = false
        var counts: [UInt8: Int] = [:]
        while let byte = try input.next() {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == 0x0A { break }
                if Self.delimiters.contains(byte) { counts[byte, default: 0] += 1 }
            }
            if bytes.count > ImportLimits.recordBytes { break }
        }
        input.unread(bytes)
        let best = Self.delimiters.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? UInt8(ascii: ",")
        return (counts[best] ?? 0) > 0 ? best : UInt8(ascii: ",")
    }

    /// The delimiters recognised, in order of preference when a header holds as many of each.
    private static let delimiters: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09].reversed()

    private func readRecord(startingOn start: Int) throws -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var size = 0
        var quoted = false
        var closedQuote = false

        func finishField() throws {
            guard let text = decoder.text(field) else {
                throw RecordLocation(source: name, row: row).failure(.notUTF8(.csv))
            }
            fields.append(CSVFormulaGuard.restored(text))
            guard fields.count <= ImportLimits.csvColumns else {
                throw RecordLocation(source: name, row: row).failure(.tooManyColumns(limit: ImportLimits.csvColumns))
            }
            field.removeAll(keepingCapacity: true)
            closedQuote = false
        }

        while let byte = try input.next() {
            size += 1
            guard size <= ImportLimits.recordBytes else {
                throw RecordLocation(source: name, row: row).failure(
                    .csvRecordTooLong(limit: ImportLimits.recordBytes))
            }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if try input.peek() == UInt8(ascii: "\"") {
                        _ = try input.next()
                        field.append(byte)
                    } else {
                        quoted = false
                        closedQuote = true
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case delimiter ?? UInt8(ascii: ","):
                try finishField()
            case 0x0D:
                if try input.peek() == 0x0A { _ = try input.next() }
                try finishField()
                line += 1
                return fields
            case 0x0A:
                try finishField()
                line += 1
                return fields
            case UInt8(ascii: "\""):
                guard field.isEmpty, !closedQuote else {
                    throw RecordLocation(source: name, row: row).failure(.quoteInsideField)
                }
                quoted = true
            default:
                guard !closedQuote else {
                    throw RecordLocation(source: name, row: row).failure(.textAfterClosingQuote)
                }
                field.append(byte)
            }
        }
        if quoted {
            throw RecordLocation(source: name, row: row).failure(.quoteNotClosed)
        }
        try finishField()
        return fields
    }
}
