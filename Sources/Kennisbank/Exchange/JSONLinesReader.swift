/// Reads JSON Lines: one JSON object a line, blank lines skipped, line by line so that
/// memory does not grow with the file.
final class JSONLinesReader: ImportRecordReader {
    private let input: ByteInput
    private let name: String
    private var lineNumber = 0

    /// Reads `input`; `name` names it in errors.
    init(input: ByteInput, name: String) {
        self.input = input
        self.name = name
    }

    func next() throws -> ImportRecord? {
        while true {
            lineNumber += 1
            let location = RecordLocation(source: name, line: lineNumber)
            let read: [UInt8]?
            do {
                // Only a line that embeds files may go past the ordinary limit.
                read = try input.readLine(
                    limit: ImportLimits.recordBytes,
                    extending: (ImportLimits.attachmentRecordBytes, JSONRecordDecoder.mayEmbedFiles))
            } catch let tooLong as ByteInput.LineTooLong {
                throw location.failure(.lineTooLong(limit: tooLong.limit))
            }
            guard var line = read else { return nil }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
                line.removeFirst(3)
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return try JSONRecordDecoder.record(line, at: location) { .lineTooLong(limit: $0) }
        }
    }
}
