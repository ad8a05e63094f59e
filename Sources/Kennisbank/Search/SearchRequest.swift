/// A search: what a person typed, the filters, and which page of hits.
public struct SearchRequest: Sendable, Hashable {
    /// The query as typed; any text is valid. Empty: list by the filters alone.
    public var query: String
    /// Which entries may be hit.
    public var filter: EntryFilter
    /// The most hits to return.
    public var limit: Int
    /// How many of the best hits to skip.
    public var offset: Int

    /// Creates a search request.
    public init(query: String = "", filter: EntryFilter = EntryFilter(), limit: Int = 20, offset: Int = 0) {
        self.query = query
        self.filter = filter
        self.limit = limit
        self.offset = offset
    }
}
