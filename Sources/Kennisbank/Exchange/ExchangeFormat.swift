import Foundation

/// The file formats knowledge moves in and out by.
public enum ExchangeFormat: String, CaseIterable, Sendable, Codable {
    /// JSON Lines: one JSON object a line — municipalities first, then entries. The bulk path.
    case jsonl
    /// JSON: an array of the same objects.
    case json
    /// Markdown notes with YAML front matter, one file per entry: in a folder, or in a zip.
    case markdown
    /// CSV (RFC 4180) with a header row naming the fields.
    case csv
    /// An Excel workbook: the first sheet, a header row as in CSV.
    case xlsx

    /// The format a file name's extension says (`.jsonl`, `.ndjson`, `.json`, `.md`, `.markdown`,
    /// `.csv`, `.xlsx`; `.zip` is a zip of Markdown notes), if any.
    public init?(fileName: String) {
        let name = fileName.lowercased()
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "jsonl", "ndjson": self = .jsonl
        case "json": self = .json
        case "md", "markdown", "zip": self = .markdown
        case "csv": self = .csv
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// Reads a format as a person types it (`jsonl`, `JSON`, `md`, `markdown`, `csv`, `xlsx`).
    public init?(userText: String) {
        switch userText.trimmingCharacters(in: .whitespaces).lowercased() {
        case "jsonl", "ndjson", "json-lines", "jsonlines": self = .jsonl
        case "json": self = .json
        case "markdown", "md": self = .markdown
        case "csv": self = .csv
        case "xlsx", "excel": self = .xlsx
        default: return nil
        }
    }
}
