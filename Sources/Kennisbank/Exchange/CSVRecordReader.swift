/// Reads CSV (RFC 4180) record by record from a stream of bytes: fields separated by commas,
/// records by CRLF or LF, fields with commas, quotes or line breaks in double quotes and a
/// quote inside them doubled. Blank lines are skipped.
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
    private var started = false

    /// Reads `input`; `name` names it in errors.
    init(input: ByteInput, name: String) {
        self.input = input
        self.name = name
    }

    /// The next record's fields and the line it starts on, or nil after the last.
    func next() throws -> (fields: [String], line: Int)? {
        if !started {
            started = true
            if try input.peek() == 0xEF {
                guard try input.next() == 0xEF, try input.next() == 0xBB, try input.next() == 0xBF else {
                    throw RecordLocation(source: name, line: 1).failure(.notUTF8(.csv))
                }
            }
        }
        while true {
            guard try input.peek() != nil else { return nil }
            let start = line
            let fields = try readRecord(startingOn: start)
            if fields.count == 1, fields[0].isEmpty { continue }
            return (fields, start)
        }
    }

    private func readRecord(startingOn start: Int) throws -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var size = 0
        var quoted = false
        var closedQuote = false
        var quoteLine = start

        func finishField() throws {
            guard let text = ByteInput.text(field) else {
                throw RecordLocation(source: name, line: line).failure(.notUTF8(.csv))
            }
            fields.append(CSVFormulaGuard.restored(text))
            guard fields.count <= ImportLimits.csvColumns else {
                throw RecordLocation(source: name, line: start).failure(.tooManyColumns(limit: ImportLimits.csvColumns))
            }
            field.removeAll(keepingCapacity: true)
            closedQuote = false
        }

        while let byte = try input.next() {
            size += 1
            guard size <= ImportLimits.recordBytes else {
                throw RecordLocation(source: name, line: start).failure(
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
            case UInt8(ascii: ","):
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
                    throw RecordLocation(source: name, line: line).failure(.quoteInsideField)
                }
                quoted = true
                quoteLine = line
            default:
                guard !closedQuote else {
                    throw RecordLocation(source: name, line: line).failure(.textAfterClosingQuote)
                }
                field.append(byte)
            }
        }
        if quoted {
            throw RecordLocation(source: name, line: quoteLine).failure(.quoteNotClosed)
        }
        try finishField()
        return fields
    }
}
