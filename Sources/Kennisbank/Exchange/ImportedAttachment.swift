import Foundation

/// An attachment as an import file gives it: a file beside a Markdown note (its bytes), or an
/// item of a JSON record's `attachments` (its name, size and SHA-256, and its bytes when the
/// export embedded them with `--with-attachments`).
struct ImportedAttachment: Equatable {
    /// The name as the file gives it.
    var name: String
    /// The size the record names, if it names one.
    var size: Int?
    /// The SHA-256 the record names, if it names one (lower-case hex).
    var sha256: String?
    /// The bytes, or nil when the record only names the file.
    var contents: Data?
}

/// An attachment of an exported entry: its description, and its bytes when they travel too
/// (Markdown, and JSON with `--with-attachments`).
struct ExportedAttachment: Encodable {
    var attachment: Attachment
    var contents: Data?

    enum CodingKeys: String, CodingKey {
        case name, type, size, sha256, content
    }

    /// `{"name", "type", "size", "sha256"}`, and `"content"` (base64) when the bytes travel.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attachment.name, forKey: .name)
        try container.encode(attachment.mediaType, forKey: .type)
        try container.encode(attachment.size, forKey: .size)
        try container.encode(attachment.sha256, forKey: .sha256)
        if let contents { try container.encode(contents.base64EncodedString(), forKey: .content) }
    }
}

/// An entry as the JSON exports write it: its fields, and `attachments` when it has any.
struct EntryExportRecord: Encodable {
    var entry: Entry
    var attachments: [ExportedAttachment]

    enum CodingKeys: String, CodingKey {
        case attachments
    }

    func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        guard !attachments.isEmpty else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attachments, forKey: .attachments)
    }
}
