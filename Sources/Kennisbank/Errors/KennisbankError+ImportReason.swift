extension KennisbankError {
    /// What is wrong with a record of an import (see ``ImportProblem``). Sizes are in bytes.
    public enum ImportReason: Equatable, Sendable, Codable {
        // MARK: Fields and values

        /// The record has a field `name` that no record has; `allowed` are those it may have.
        case unknownField(String, allowed: [RecordField])
        /// The record has no kind.
        case noKind
        /// The kind is not `example`, `obstacle`, `tip` or `municipality`.
        case unknownKind(String)
        /// The UUID is not one.
        case notAUUID(String)
        /// The entry has no title.
        case noTitle
        /// The status is not `open`, `addressed` or `resolved`.
        case notAStatus(String)
        /// A status on an entry of `kind`, which is not an obstacle.
        case statusOnlyForObstacles(EntryKind)
        /// An obstacle that addresses other obstacles.
        case obstacleCannotAddress
        /// A time that is not an ISO 8601 time.
        case notATime(String)
        /// The municipality record has no name.
        case noName
        /// The municipality's name has no letters or digits.
        case nameWithoutLetters(String)
        /// The municipality `name` is known with code `known`, the record says `given`.
        case codeConflict(name: String, known: String, given: String)
        /// The code belongs to another municipality, `holder`.
        case codeTaken(code: String, holder: String)
        /// The same kind, municipality and title as the entry at `location` (their derived UUIDs meet).
        case sameEntry(as: RecordLocation)
        /// The UUID is also used by the entry at `location`.
        case uuidUsed(String, at: RecordLocation)
        /// The UUID belongs to an entry of kind `stored` in the knowledge base.
        case kindCannotChange(stored: EntryKind)
        /// An entry of `kind` without a municipality.
        case municipalityRequired(EntryKind)
        /// An entry of `municipality` (nil: a network tip) that the importing account may not add or change.
        case notYours(municipality: String?)
        /// A value that breaks a rule of the knowledge base.
        indirect case invalid(KennisbankError)
        /// A list where one text belongs.
        case notOneText
        /// Something else where text belongs.
        case notText(ValueShape)
        /// Something else where a list of texts belongs.
        case notTextList(ValueShape)

        // MARK: Reading a format

        /// The bytes are not UTF-8 (`format` says what to save them as).
        case notUTF8(ExchangeFormat)
        /// A Markdown file larger than `limit`.
        case fileTooLarge(limit: Int)
        /// A markdown file in a folder that cannot be read.
        case fileUnreadable
        /// A JSON Lines line longer than `limit`.
        case lineTooLong(limit: Int)
        /// A JSON record longer than `limit`.
        case jsonRecordTooLong(limit: Int)
        /// A CSV record longer than `limit` (a quote may be missing).
        case csvRecordTooLong(limit: Int)
        /// A CSV record with more than `limit` fields.
        case tooManyColumns(limit: Int)
        /// A quote inside an unquoted CSV field.
        case quoteInsideField
        /// Text after the closing quote of a CSV field.
        case textAfterClosingQuote
        /// A quoted CSV field that is never closed.
        case quoteNotClosed
        /// A CSV record with `count` fields where the header has `header`.
        case fieldCountMismatch(count: Int, header: Int)
        /// An empty CSV file (no header).
        case emptyCSV
        /// A CSV header naming a column that is not a field; `allowed` are the columns.
        case unknownColumn(String, allowed: [RecordField])
        /// A CSV header naming a column twice.
        case duplicateColumn(RecordField)
        /// A CSV header without a column every record needs.
        case missingColumn(RecordField)
        /// An empty JSON file.
        case emptyJSON
        /// A JSON file that is neither an array nor one object.
        case notAJSONArray
        /// A JSON array that ends before its `]`.
        case arrayNotClosed
        /// Something other than `,` or `]` after an element of a JSON array.
        case expectedCommaOrBracket
        /// An element of a JSON array that is not an object.
        case elementNotObject
        /// A JSON record that is never closed.
        case recordNotClosed
        /// More text after the one object of a JSON file.
        case moreAfterObject
        /// More text after the closing `]` of a JSON file.
        case moreAfterArray
        /// Invalid JSON; `detail` is the parser's description, when it gave one.
        case invalidJSON(detail: String?)
        /// A JSON record that is not an object.
        case notAJSONObject(ValueShape)
        /// A Markdown note without front matter.
        case noFrontMatter
        /// Front matter without its closing `---`.
        case frontMatterNotClosed
        /// A `body` field in the front matter.
        case bodyInFrontMatter
        /// Front matter larger than `limit`.
        case frontMatterTooLarge(limit: Int)
        /// Front matter in a shape a note never needs.
        case frontMatter(FrontMatterProblem)
        /// Front matter that is not valid YAML.
        case invalidYAML(YAMLProblem)
        /// Front matter the YAML parser fails on without saying where.
        case unreadableYAML
        /// Front matter that is not fields (a list, a text).
        case frontMatterNotFields
        /// A field name that is not a word.
        case fieldNameNotWord
    }
}
