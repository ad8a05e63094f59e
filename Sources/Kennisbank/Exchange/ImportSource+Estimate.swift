import Foundation

extension ImportSource {
    /// About how many records the source holds, for progress: the lines of a JSON Lines file, the
    /// lines of a CSV file but its header, the notes of a Markdown folder or zip; nil when unknown
    /// (standard input, JSON, a workbook, text in memory). Read in large chunks, once, before the import.
    func estimatedRecords() -> Int? {
        guard case .path(let path) = input else { return nil }
        switch format {
        case .jsonl: return Self.countLines(path)
        case .csv: return Self.countLines(path).map { max(0, $0 - 1) }
        case .markdown where Self.isZipFile(path):
            return (try? ZipNoteArchive(path: path, name: name))?.notes.count
        case .markdown:
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
            return names.map { $0.filter { $0.hasSuffix(".md") }.count }
        case .json, .xlsx: return nil
        }
    }

    /// The number of lines of the file at `path` (a last line without a line break counts), or nil
    /// when it cannot be read.
    private static func countLines(_ path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var lines = 0
        var last: UInt8 = UInt8(ascii: "\n")
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { bytes in
                for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 }
            }
            last = chunk.last ?? last
        }
        return last == UInt8(ascii: "\n") ? lines : lines + 1
    }
}
