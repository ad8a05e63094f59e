extension KennisbankError.ImportReason {
    /// The stable machine name of each case.
    public enum Code: String, CaseIterable, Codable, Sendable {
        /// The code of ``KennisbankError/ImportReason/unknownField(_:allowed:)``.
        case unknownField = "unknown_field"
        /// The code of ``KennisbankError/ImportReason/noKind``.
        case noKind = "no_kind"
        /// The code of ``KennisbankError/ImportReason/unknownKind(_:)``.
        case unknownKind = "unknown_kind"
        /// The code of ``KennisbankError/ImportReason/notAUUID(_:)``.
        case notAUUID = "not_a_uuid"
        /// The code of ``KennisbankError/ImportReason/noTitle``.
        case noTitle = "no_title"
        /// The code of ``KennisbankError/ImportReason/notAStatus(_:)``.
        case notAStatus = "not_a_status"
        /// The code of ``KennisbankError/ImportReason/statusOnlyForObstacles(_:)``.
        case statusOnlyForObstacles = "status_only_for_obstacles"
        /// The code of ``KennisbankError/ImportReason/obstacleCannotAddress``.
        case obstacleCannotAddress = "obstacle_cannot_address"
        /// The code of ``KennisbankError/ImportReason/notATime(_:)``.
        case notATime = "not_a_time"
        /// The code of ``KennisbankError/ImportReason/noName``.
        case noName = "no_name"
        /// The code of ``KennisbankError/ImportReason/nameWithoutLetters(_:)``.
        case nameWithoutLetters = "name_without_letters"
        /// The code of ``KennisbankError/ImportReason/codeConflict(name:known:given:)``.
        case codeConflict = "code_conflict"
        /// The code of ``KennisbankError/ImportReason/codeTaken(code:holder:)``.
        case codeTaken = "code_taken"
        /// The code of ``KennisbankError/ImportReason/sameEntry(as:)``.
        case sameEntry = "same_entry"
        /// The code of ``KennisbankError/ImportReason/uuidUsed(_:at:)``.
        case uuidUsed = "uuid_used"
        /// The code of ``KennisbankError/ImportReason/kindCannotChange(stored:)``.
        case kindCannotChange = "kind_cannot_change"
        /// The code of ``KennisbankError/ImportReason/municipalityRequired(_:)``.
        case municipalityRequired = "municipality_required"
        /// The code of ``KennisbankError/ImportReason/notYours(municipality:)``.
        case notYours = "not_yours"
        /// The code of ``KennisbankError/ImportReason/invalid(_:)``.
        case invalid
        /// The code of ``KennisbankError/ImportReason/notOneText``.
        case notOneText = "not_one_text"
        /// The code of ``KennisbankError/ImportReason/notText(_:)``.
        case notText = "not_text"
        /// The code of ``KennisbankError/ImportReason/notTextList(_:)``.
        case notTextList = "not_text_list"
        /// The code of ``KennisbankError/ImportReason/notUTF8(_:)``.
        case notUTF8 = "not_utf8"
        /// The code of ``KennisbankError/ImportReason/fileTooLarge(limit:)``.
        case fileTooLarge = "file_too_large"
        /// The code of ``KennisbankError/ImportReason/fileUnreadable``.
        case fileUnreadable = "file_unreadable"
        /// The code of ``KennisbankError/ImportReason/lineTooLong(limit:)``.
        case lineTooLong = "line_too_long"
        /// The code of ``KennisbankError/ImportReason/jsonRecordTooLong(limit:)``.
        case jsonRecordTooLong = "json_record_too_long"
        /// The code of ``KennisbankError/ImportReason/csvRecordTooLong(limit:)``.
        case csvRecordTooLong = "csv_record_too_long"
        /// The code of ``KennisbankError/ImportReason/tooManyColumns(limit:)``.
        case tooManyColumns = "too_many_columns"
        /// The code of ``KennisbankError/ImportReason/quoteInsideField``.
        case quoteInsideField = "quote_inside_field"
        /// The code of ``KennisbankError/ImportReason/textAfterClosingQuote``.
        case textAfterClosingQuote = "text_after_closing_quote"
        /// The code of ``KennisbankError/ImportReason/quoteNotClosed``.
        case quoteNotClosed = "quote_not_closed"
        /// The code of ``KennisbankError/ImportReason/fieldCountMismatch(count:header:)``.
        case fieldCountMismatch = "field_count_mismatch"
        /// The code of ``KennisbankError/ImportReason/emptyCSV``.
        case emptyCSV = "empty_csv"
        /// The code of ``KennisbankError/ImportReason/unknownColumn(_:allowed:)``.
        case unknownColumn = "unknown_column"
        /// The code of ``KennisbankError/ImportReason/duplicateColumn(_:)``.
        case duplicateColumn = "duplicate_column"
        /// The code of ``KennisbankError/ImportReason/missingColumn(_:)``.
        case missingColumn = "missing_column"
        /// The code of ``KennisbankError/ImportReason/emptyJSON``.
        case emptyJSON = "empty_json"
        /// The code of ``KennisbankError/ImportReason/notAJSONArray``.
        case notAJSONArray = "not_a_json_array"
        /// The code of ``KennisbankError/ImportReason/arrayNotClosed``.
        case arrayNotClosed = "array_not_closed"
        /// The code of ``KennisbankError/ImportReason/expectedCommaOrBracket``.
        case expectedCommaOrBracket = "expected_comma_or_bracket"
        /// The code of ``KennisbankError/ImportReason/elementNotObject``.
        case elementNotObject = "element_not_object"
        /// The code of ``KennisbankError/ImportReason/recordNotClosed``.
        case recordNotClosed = "record_not_closed"
        /// The code of ``KennisbankError/ImportReason/moreAfterObject``.
        case moreAfterObject = "more_after_object"
        /// The code of ``KennisbankError/ImportReason/moreAfterArray``.
        case moreAfterArray = "more_after_array"
        /// The code of ``KennisbankError/ImportReason/invalidJSON(detail:)``.
        case invalidJSON = "invalid_json"
        /// The code of ``KennisbankError/ImportReason/notAJSONObject(_:)``.
        case notAJSONObject = "not_a_json_object"
        /// The code of ``KennisbankError/ImportReason/noFrontMatter``.
        case noFrontMatter = "no_front_matter"
        /// The code of ``KennisbankError/ImportReason/frontMatterNotClosed``.
        case frontMatterNotClosed = "front_matter_not_closed"
        /// The code of ``KennisbankError/ImportReason/bodyInFrontMatter``.
        case bodyInFrontMatter = "body_in_front_matter"
        /// The code of ``KennisbankError/ImportReason/frontMatterTooLarge(limit:)``.
        case frontMatterTooLarge = "front_matter_too_large"
        /// The code of ``KennisbankError/ImportReason/frontMatter(_:)``.
        case frontMatter = "front_matter"
        /// The code of ``KennisbankError/ImportReason/invalidYAML(_:)``.
        case invalidYAML = "invalid_yaml"
        /// The code of ``KennisbankError/ImportReason/unreadableYAML``.
        case unreadableYAML = "unreadable_yaml"
        /// The code of ``KennisbankError/ImportReason/frontMatterNotFields``.
        case frontMatterNotFields = "front_matter_not_fields"
        /// The code of ``KennisbankError/ImportReason/fieldNameNotWord``.
        case fieldNameNotWord = "field_name_not_word"
    }

    /// The stable machine name of this case.
    public var code: Code {
        switch self {
        case .unknownField: .unknownField
        case .noKind: .noKind
        case .unknownKind: .unknownKind
        case .notAUUID: .notAUUID
        case .noTitle: .noTitle
        case .notAStatus: .notAStatus
        case .statusOnlyForObstacles: .statusOnlyForObstacles
        case .obstacleCannotAddress: .obstacleCannotAddress
        case .notATime: .notATime
        case .noName: .noName
        case .nameWithoutLetters: .nameWithoutLetters
        case .codeConflict: .codeConflict
        case .codeTaken: .codeTaken
        case .sameEntry: .sameEntry
        case .uuidUsed: .uuidUsed
        case .kindCannotChange: .kindCannotChange
        case .municipalityRequired: .municipalityRequired
        case .notYours: .notYours
        case .invalid: .invalid
        case .notOneText: .notOneText
        case .notText: .notText
        case .notTextList: .notTextList
        case .notUTF8: .notUTF8
        case .fileTooLarge: .fileTooLarge
        case .fileUnreadable: .fileUnreadable
        case .lineTooLong: .lineTooLong
        case .jsonRecordTooLong: .jsonRecordTooLong
        case .csvRecordTooLong: .csvRecordTooLong
        case .tooManyColumns: .tooManyColumns
        case .quoteInsideField: .quoteInsideField
        case .textAfterClosingQuote: .textAfterClosingQuote
        case .quoteNotClosed: .quoteNotClosed
        case .fieldCountMismatch: .fieldCountMismatch
        case .emptyCSV: .emptyCSV
        case .unknownColumn: .unknownColumn
        case .duplicateColumn: .duplicateColumn
        case .missingColumn: .missingColumn
        case .emptyJSON: .emptyJSON
        case .notAJSONArray: .notAJSONArray
        case .arrayNotClosed: .arrayNotClosed
        case .expectedCommaOrBracket: .expectedCommaOrBracket
        case .elementNotObject: .elementNotObject
        case .recordNotClosed: .recordNotClosed
        case .moreAfterObject: .moreAfterObject
        case .moreAfterArray: .moreAfterArray
        case .invalidJSON: .invalidJSON
        case .notAJSONObject: .notAJSONObject
        case .noFrontMatter: .noFrontMatter
        case .frontMatterNotClosed: .frontMatterNotClosed
        case .bodyInFrontMatter: .bodyInFrontMatter
        case .frontMatterTooLarge: .frontMatterTooLarge
        case .frontMatter: .frontMatter
        case .invalidYAML: .invalidYAML
        case .unreadableYAML: .unreadableYAML
        case .frontMatterNotFields: .frontMatterNotFields
        case .fieldNameNotWord: .fieldNameNotWord
        }
    }
}
