extension KennisbankError {
    /// A record of an import that stops it: where it was read, the field (when the problem is
    /// one field's), and what is wrong. Nothing of the import was stored.
    public struct ImportProblem: Equatable, Sendable, Codable {
        /// Where the record was read.
        public var location: RecordLocation
        /// The field the problem is about, as the file names it; nil for the record as a whole
        /// (and for ``ImportReason/unknownField(_:allowed:)``, which names the field itself).
        public var field: RecordField?
        /// What is wrong.
        public var reason: ImportReason

        /// A problem at `location`, in `field`.
        public init(location: RecordLocation, field: RecordField? = nil, reason: ImportReason) {
            self.location = location
            self.field = field
            self.reason = reason
        }
    }

    /// What a value of an import file is instead of the text or list of texts a field needs.
    public indirect enum ValueShape: Equatable, Sendable, Codable {
        /// JSON `null`.
        case null
        /// Text.
        case text
        /// A number.
        case number
        /// `true` or `false`.
        case boolean
        /// A JSON object.
        case object
        /// A list.
        case list
        /// A list holding something other than text.
        case listHolding(ValueShape)
        /// A YAML list of lists or of empty values.
        case nestedList
        /// A YAML mapping under a field.
        case fieldGroup
        /// A YAML alias.
        case alias
        /// Anything else.
        case other
    }

    /// What the guard before the YAML parser found in a note's front matter.
    public enum FrontMatterProblem: Equatable, Sendable, Codable {
        /// A line indented deeper than `columns` columns.
        case indentedTooDeep(columns: Int)
        /// An anchor or alias (`&…`, `*…`), introduced by `symbol`.
        case anchorOrAlias(symbol: String)
        /// Lists nested deeper than `levels` levels.
        case nestedTooDeep(levels: Int)
    }

    /// What the YAML parser reported about a note's front matter.
    public enum YAMLProblem: Equatable, Sendable, Codable {
        /// The parser's own description of the problem.
        case parser(String)
        /// These fields appear more than once.
        case duplicateFields([String])
        /// Another problem, which the parser does not describe.
        case unreadable
    }
}
