/// Records read one at a time from an import file, so that a large file streams: what is
/// held in memory at once is one record, never the file.
protocol ImportRecordReader: AnyObject {
    /// The next record, or nil after the last.
    func next() throws -> ImportRecord?
    /// After ``next()`` threw: whether the reader can go on to the next record (the bad one was
    /// read whole, as a spreadsheet row or a note is), so that one run finds every bad record.
    var canContinue: Bool { get }
    /// What the reader noticed about its source that the report should say (read after the last record).
    var notes: [ImportNote] { get }
}

extension ImportRecordReader {
    var canContinue: Bool { false }
    var notes: [ImportNote] { [] }
}

/// Limits that keep hostile input from exhausting memory or time.
enum ImportLimits {
    /// The longest JSON Lines line or JSON record, in bytes (a body holds up to a million characters).
    static let recordBytes = 16 << 20
    /// The longest JSON Lines line or JSON record that embeds attached files (`--with-attachments`):
    /// ``recordBytes`` for the entry and 25 MiB (``Attachment/maximumSize``) of files, base64-encoded
    /// (34,952,536 bytes): 51,729,752 bytes in all. Only the embedded files may take it past ``recordBytes``.
    static let attachmentRecordBytes = recordBytes + base64Size(Attachment.maximumSize)

    /// The length of `bytes` bytes in base64, with padding.
    static func base64Size(_ bytes: Int) -> Int { (bytes + 2) / 3 * 4 }
    /// The largest Markdown file, in bytes.
    static let markdownFileBytes = 8 << 20
    /// The largest YAML front matter, in bytes.
    static let frontMatterBytes = 64 << 10
    /// The most columns a CSV file may have.
    static let csvColumns = 100
}
