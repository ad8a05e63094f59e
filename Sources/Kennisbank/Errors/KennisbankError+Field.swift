extension KennisbankError {
    /// A field whose value breaks a rule (empty, control characters, too long), by what it
    /// holds rather than by its name in some file format.
    public enum Field: String, CaseIterable, Codable, Sendable {
        /// An entry's title.
        case title
        /// An entry's body.
        case body
        /// An entry's source.
        case source
        /// A topic label.
        case topic
        /// A reference to a municipality (a name, alias or code).
        case municipality
        /// The name of a new municipality.
        case municipalityName = "municipality_name"
        /// A province name.
        case province
        /// A municipality's attribution (`Bron: CBS`).
        case attribution
        /// A CBS municipality code.
        case code
    }
}

extension KennisbankError.Field {
    /// The field of an import record that holds this value.
    var recordField: RecordField {
        switch self {
        case .title: .title
        case .body: .body
        case .source: .source
        case .topic: .topics
        case .municipality: .municipality
        case .municipalityName: .name
        case .province: .province
        case .attribution: .attribution
        case .code: .code
        }
    }
}
