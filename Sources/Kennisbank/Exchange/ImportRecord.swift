import Foundation
import KennisbankText

/// One record of an import file, read but not yet checked against the knowledge base:
/// a municipality that the CBS registry may not hold, or an entry.
struct ImportRecord {
    /// What the record describes.
    enum Content {
        /// A municipality (`"kind": "municipality"`).
        case municipality(MunicipalityRecord)
        /// A practice example, obstacle or tip.
        case entry(EntryRecord)
    }

    /// What the record describes.
    var content: Content
    /// Where it was read.
    var location: RecordLocation
    /// The notes of the same import this note links to with `[[wikilinks]]`, by source name
    /// (Markdown only); see ``ImportSession/linkNotes()``.
    var noteLinks: [String] = []
    /// The attachments that come with an entry record: files beside a Markdown note, or the
    /// `attachments` of a JSON record (see ``ImportSession/applyAttachments(of:)``).
    var attachments: [ImportedAttachment] = []

    /// The fields an entry record may have: those of the JSON output of an entry.
    /// `id`, `municipality_code` and `province` are accepted; `id` and `province` are ignored
    /// (they belong to the knowledge base the record came from).
    static let entryFields: [RecordField] = [
        .id, .uuid, .kind, .title, .body, .municipality, .municipalityCode, .province,
        .topics, .source, .date, .status, .addresses, .createdAt, .updatedAt, .contacts,
    ]
    /// The fields a municipality record may have: those of the JSON output of a municipality.
    static let municipalityFields: [RecordField] = [.id, .kind, .name, .code, .province, .attribution]

    /// Reads a record from its fields, keyed by ``FieldValue/key(_:)``.
    init(fields: [String: FieldValue], location: RecordLocation) throws {
        self.location = location
        guard let kindText = try fields["kind"]?.text(field: .kind, at: location) else {
            throw location.failure(.noKind, field: .kind)
        }
        if ["municipality", "gemeente"].contains(TextFolding.lookupKey(kindText)) {
            try Self.rejectUnknown(fields, known: Self.municipalityFields, at: location)
            content = .municipality(try MunicipalityRecord(fields: fields, location: location))
            return
        }
        guard let kind = EntryKind(userText: kindText) else {
            throw location.failure(.unknownKind(kindText), field: .kind)
        }
        try Self.rejectUnknown(fields, known: Self.entryFields, at: location)
        content = .entry(try EntryRecord(kind: kind, fields: fields, location: location))
    }

    private static func rejectUnknown(_ fields: [String: FieldValue], known: [RecordField], at location: RecordLocation)
        throws
    {
        if let unknown = fields.keys.sorted().first(where: { key in !known.contains { $0.rawValue == key } }) {
            throw location.failure(.unknownField(unknown, allowed: known.filter { $0 != .id }))
        }
    }
}

/// An entry as an import file gives it: text still to be validated and resolved.
struct EntryRecord: Equatable {
    var kind: EntryKind
    var uuid: UUID?
    var title: String
    var body: String
    var municipality: String?
    var municipalityCode: String?
    var topics: [String]
    var source: String?
    var date: String?
    var status: ObstacleStatus?
    var addresses: [String]
    /// The contact persons as the file names them; nil when the record names none (an update
    /// then keeps the entry's contacts: an export without personal data, or an empty CSV cell,
    /// never clears them on import; `kb edit --remove-contact` does).
    var contacts: [String]?
    var createdAt: Date?
    var updatedAt: Date?

    /// Reads the fields of an entry record; each error names its field.
    init(kind: EntryKind, fields: [String: FieldValue], location: RecordLocation) throws {
        func text(_ field: RecordField) throws -> String? {
            try fields[field.rawValue]?.text(field: field, at: location)
        }
        func list(_ field: RecordField) throws -> [String] {
            try fields[field.rawValue]?.list(field: field, at: location) ?? []
        }
        func time(_ field: RecordField) throws -> Date? {
            guard let value = try text(field) else { return nil }
            guard let time = Timestamp.parse(value.trimmingCharacters(in: .whitespaces)) else {
                throw location.failure(.notATime(value), field: field)
            }
            return time
        }
        self.kind = kind
        if let uuidText = try text(.uuid) {
            guard let uuid = UUID(uuidString: uuidText.trimmingCharacters(in: .whitespaces)) else {
                throw location.failure(.notAUUID(uuidText), field: .uuid)
            }
            self.uuid = uuid
        }
        guard let title = try text(.title) else {
            throw location.failure(.noTitle, field: .title)
        }
        self.title = title
        body = try fields["body"]?.text(field: .body, at: location) ?? ""
        municipality = try text(.municipality)
        municipalityCode = try text(.municipalityCode)
        topics = try list(.topics)
        source = try text(.source)
        date = try text(.date)
        if let statusText = try text(.status) {
            guard let status = ObstacleStatus(userText: statusText) else {
                throw location.failure(.notAStatus(statusText), field: .status)
            }
            guard kind == .obstacle else {
                throw location.failure(.statusOnlyForObstacles(kind), field: .status)
            }
            self.status = status
        }
        addresses = try list(.addresses).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !addresses.isEmpty, kind == .obstacle {
            throw location.failure(.obstacleCannotAddress, field: .addresses)
        }
        if fields[RecordField.contacts.rawValue] != nil {
            let named = try list(.contacts).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            contacts = named.isEmpty ? nil : named
        }
        createdAt = try time(.createdAt)
        updatedAt = try time(.updatedAt)
    }
}

/// A municipality as an import file gives it: one that travels with exported entries
/// because the CBS registry does not hold it (a sample, a new merger).
struct MunicipalityRecord: Equatable {
    var name: String
    var code: String?
    var province: String?
    var attribution: String?

    /// Reads the fields of a municipality record.
    init(fields: [String: FieldValue], location: RecordLocation) throws {
        guard let name = try fields["name"]?.text(field: .name, at: location) else {
            throw location.failure(.noName, field: .name)
        }
        self.name = name
        code = try fields["code"]?.text(field: .code, at: location)
        province = try fields["province"]?.text(field: .province, at: location)
        attribution = try fields["attribution"]?.text(field: .attribution, at: location)
    }

    /// A municipality record with these values.
    init(name: String, code: String?, province: String?, attribution: String?) {
        self.name = name
        self.code = code
        self.province = province
        self.attribution = attribution
    }
}
