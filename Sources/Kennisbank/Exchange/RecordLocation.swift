/// Where an imported record was read: a file as the user named it (`-` for standard input)
/// and, for line-based formats, the line the record starts on. It is the first thing every
/// import error says.
public struct RecordLocation: Sendable, Hashable, Codable {
    /// The file as it was named, or `-` for standard input.
    public var source: String
    /// The line the record starts on, counted from 1; nil for a whole file (Markdown) or a
    /// spreadsheet row.
    public var line: Int?
    /// The spreadsheet row of a CSV or .xlsx record, as a spreadsheet numbers it (the header is row 1).
    public var row: Int?

    /// The record at `line` of `source`.
    public init(source: String, line: Int?) {
        self.source = source
        self.line = line
    }

    /// The record in spreadsheet row `row` of `source`.
    public init(source: String, row: Int) {
        self.source = source
        self.row = row
    }

    /// The error that stops an import: where, which field, and what is wrong.
    func failure(_ reason: KennisbankError.ImportReason, field: RecordField? = nil) -> KennisbankError {
        .importFailed(KennisbankError.ImportProblem(location: self, field: field, reason: reason))
    }

    /// `error` (from validation) placed at this record and field; an import error passes as it is.
    func placing(_ error: KennisbankError, field: RecordField?) -> KennisbankError {
        if case .importFailed = error { return error }
        return failure(.invalid(error), field: field)
    }
}

/// A field of an import record, by the name the file formats give it (the fields of an
/// entry's and a municipality's JSON output).
public enum RecordField: String, CaseIterable, Sendable, Codable {
    /// The entry's id in the knowledge base it came from (ignored).
    case id
    /// The entry's UUID.
    case uuid
    /// `example`, `obstacle`, `tip` or `municipality`.
    case kind
    /// The entry's title.
    case title
    /// The entry's body.
    case body
    /// The entry's municipality, by name.
    case municipality
    /// The entry's municipality, by CBS code.
    case municipalityCode = "municipality_code"
    /// A province (ignored on entries).
    case province
    /// The entry's topics.
    case topics
    /// The entry's source.
    case source
    /// The date the entry refers to.
    case date
    /// An obstacle's status.
    case status
    /// The obstacles an entry addresses.
    case addresses
    /// The entry's contact persons, each as `Name (Municipality)`, a name or a UUID.
    case contacts
    /// When the entry was created.
    case createdAt = "created_at"
    /// When the entry was last changed.
    case updatedAt = "updated_at"
    /// A municipality record's name.
    case name
    /// A municipality record's CBS code.
    case code
    /// A municipality record's attribution.
    case attribution
}
