/// Reads a JSON file: an array of record objects (what `kb export --format json` and
/// `kb list … --format json` write) or one object (what `kb show --format json` writes).
///
/// The array is split into its objects as the bytes arrive and each object is decoded on its
/// own, so memory holds one record at a time and each error names the line its record starts on.
final class JSONArrayReader: ImportRecordReader {
    private enum State { case start, firstElement, nextElement, done }

    private let input: ByteInput
    private let name: String
    private var state = State.start
    /// The line of the next byte.
    private var line = 1

    /// Reads `input`; `name` names it in errors.
    init(input: ByteInput, name: String) {
        self.input = input
        self.name = name
    }

    func next() throws -> ImportRecord? {
        switch state {
        case .done:
            return nil
        case .start:
            try skipWhitespace(allowingByteOrderMark: true)
            switch try input.peek() {
            case UInt8(ascii: "["):
                _ = try consume()
                state = .firstElement
                return try next()
            case UInt8(ascii: "{"):
                let record = try readObject()
                try expectEnd(reason: .moreAfterObject)
                state = .done
                return record
            case nil:
                throw here.failure(.emptyJSON)
            default:
                throw here.failure(.notAJSONArray)
            }
        case .firstElement:
            try skipWhitespace()
            if try input.peek() == UInt8(ascii: "]") {
                _ = try consume()
                try expectEnd(reason: .moreAfterArray)
                state = .done
                return nil
            }
            state = .nextElement
            return try readObject()
        case .nextElement:
            try skipWhitespace()
            switch try consume() {
            case UInt8(ascii: ","):
                try skipWhitespace()
                return try readObject()
            case UInt8(ascii: "]"):
                try expectEnd(reason: .moreAfterArray)
                state = .done
                return nil
            case nil:
                throw here.failure(.arrayNotClosed)
            default:
                throw here.failure(.expectedCommaOrBracket)
            }
        }
    }

    private var here: RecordLocation {
        RecordLocation(source: name, line: line)
    }

    /// Reads one `{…}` object, tracking strings so that braces inside them do not count.
    private func readObject() throws -> ImportRecord {
        let location = here
        guard try input.peek() == UInt8(ascii: "{") else {
            if try input.peek() == nil {
                throw location.failure(.arrayNotClosed)
            }
            throw location.failure(.elementNotObject)
        }
        var bytes: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        while let byte = try consume() {
            bytes.append(byte)
            // Only a record that embeds files may go past the ordinary limit.
            if bytes.count == ImportLimits.recordBytes + 1, !JSONRecordDecoder.mayEmbedFiles(bytes) {
                throw location.failure(.jsonRecordTooLong(limit: ImportLimits.recordBytes))
            }
            guard bytes.count <= ImportLimits.attachmentRecordBytes else {
                throw location.failure(.jsonRecordTooLong(limit: ImportLimits.attachmentRecordBytes))
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    return try JSONRecordDecoder.record(bytes, at: location) { .jsonRecordTooLong(limit: $0) }
                }
            default: break
            }
        }
        throw location.failure(.recordNotClosed)
    }

    private func consume() throws -> UInt8? {
        let byte = try input.next()
        if byte == 0x0A { line += 1 }
        return byte
    }

    private func skipWhitespace(allowingByteOrderMark: Bool = false) throws {
        if allowingByteOrderMark, try input.peek() == 0xEF {
            guard try consume() == 0xEF, try consume() == 0xBB, try consume() == 0xBF else {
                throw here.failure(.notUTF8(.json))
            }
        }
        while let byte = try input.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            _ = try consume()
        }
    }

    private func expectEnd(reason: KennisbankError.ImportReason) throws {
        try skipWhitespace()
        if try input.peek() != nil {
            throw here.failure(reason)
        }
    }
}
