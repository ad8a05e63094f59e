import Foundation

/// One entry with the files attached to it: what `kb show --format json` and the web API's
/// `GET /api/v1/entries/{uuid}` give.
///
/// Its JSON: the entry's fields (see ``Entry``) and `"attachments": [{"name", "type", "size",
/// "sha256"}]`, by name (empty when there are none), the names the JSON export uses. The bytes
/// never travel here (`kb attachments extract`, or the entry page's links, give them).
public struct EntryWithAttachments: Sendable, Hashable, Encodable {
    /// The entry.
    public var entry: Entry
    /// The files attached to it (not the detached ones), by name.
    public var attachments: [Attachment]

    /// Creates the value.
    public init(entry: Entry, attachments: [Attachment]) {
        self.entry = entry
        self.attachments = attachments
    }

    enum CodingKeys: String, CodingKey {
        case attachments
    }

    /// The entry's fields and `attachments`, always present.
    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(
            attachments.map { ExportedAttachment(attachment: $0, contents: nil) }, forKey: .attachments)
    }
}
