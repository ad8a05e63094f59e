/// What an import may do beyond adding new entries and updating entries from newer records.
public struct ImportOptions: Sendable, Equatable {
    /// Apply records without a UUID to the stored entry of the same kind, municipality and title
    /// (otherwise such a record is reported as a possible duplicate and not applied).
    public var updateMatching: Bool
    /// Apply records older than the stored entry, and bring back entries from the trash to apply
    /// records to them (otherwise both are reported and not applied).
    public var force: Bool
    /// Add records that nearly repeat a stored entry of the same kind and municipality
    /// (otherwise they are reported and not added).
    public var allowDuplicate: Bool
    /// Take new topics as they are, also where they resemble existing ones (otherwise they are
    /// all reported in ``KennisbankError/similarTopics(_:)`` and nothing is imported).
    public var allowSimilarTopics: Bool
    /// Only add what is missing: a record of a stored or trashed entry leaves it as it is.
    public var onlyAdd: Bool
    /// Leave out records that are invalid, list them in ``ImportReport/invalid``, and import the
    /// rest (otherwise one invalid record means nothing is imported).
    public var skipInvalid: Bool
    /// Who imports: recorded with every version the import makes.
    public var author: Author?
    /// The account that imports, when it is checked: a record of an entry it may not add or
    /// change (see ``Account/may(_:municipality:)``) is refused as invalid.
    public var account: Account?

    /// Options for an import; by default nothing is overwritten that could be lost.
    public init(
        updateMatching: Bool = false, force: Bool = false, allowDuplicate: Bool = false, onlyAdd: Bool = false,
        allowSimilarTopics: Bool = false, skipInvalid: Bool = false, author: Author? = nil,
        account: Account? = nil
    ) {
        self.account = account
        self.updateMatching = updateMatching
        self.force = force
        self.allowDuplicate = allowDuplicate
        self.onlyAdd = onlyAdd
        self.allowSimilarTopics = allowSimilarTopics
        self.skipInvalid = skipInvalid
        self.author = author
    }
}
