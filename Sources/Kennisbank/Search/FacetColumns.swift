import Foundation
import GRDB

/// Per entry, what the facets count by and the filters select on — kind, municipality, status,
/// date, topics — read from the database once and kept in memory (``FacetColumnsCache``), like
/// the columns of a search engine's facets: counting a search's 2,000 matches from here takes
/// microseconds, where looking each match up in the entry table took milliseconds (at 100,000
/// entries, the facets were a third of a `/zoeken` page).
struct FacetColumns: Sendable {
    /// One entry's values.
    struct Values: Sendable {
        var kind: EntryKind
        var municipality: Municipality.ID?
        var status: ObstacleStatus?
        var date: Day?
        /// Where the entry's topics are in ``topicIDs``.
        var topics: Range<Int>
    }

    /// The values of every entry, at its row id: SQLite hands out row ids one after another, so
    /// the array is about as long as the table (a removed entry leaves an empty place). Looking a
    /// match up is an index, not a hash: a fifth of the counting, with a dictionary, was hashing.
    private var values: [Values?]
    /// The topics of every entry, one entry's after another (no array per entry: counting
    /// copies the values of every match).
    var topicIDs: [Topic.ID]

    /// The values of the entry `id`, or nil when no entry has it.
    subscript(id: Entry.ID) -> Values? {
        values.indices.contains(Int(id.rawValue)) ? values[Int(id.rawValue)] : nil
    }

    /// The topics of the entry of `values`.
    func topics(of values: Values) -> ArraySlice<Topic.ID> {
        topicIDs[values.topics]
    }

    /// Reads the columns of every entry.
    init(in db: Database) throws {
        let count = try Int.fetchOne(db, sql: "SELECT max(id) FROM entry").map { max($0 + 1, 0) } ?? 0
        var values = [Values?](repeating: nil, count: count)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, municipality_id, status, date FROM entry")
        while let row = try rows.next() {
            let id: Entry.ID = try row.decoded("id", table: "entry")
            guard values.indices.contains(Int(id.rawValue)) else { continue }
            values[Int(id.rawValue)] = Values(
                kind: try row.decoded("kind", table: "entry"),
                municipality: try row.decodedIfPresent("municipality_id", table: "entry"),
                status: try row.decodedIfPresent("status", table: "entry"),
                date: try row.decodedIfPresent("date", table: "entry"), topics: 0..<0)
        }
        var topicIDs: [Topic.ID] = []
        let links = try Row.fetchCursor(db, sql: "SELECT entry_id, topic_id FROM entry_topic ORDER BY entry_id")
        while let link = try links.next() {
            let id: Entry.ID = try link.decoded("entry_id", table: "entry_topic")
            topicIDs.append(try link.decoded("topic_id", table: "entry_topic"))
            // In order of entry: an entry's topics follow each other.
            let index = Int(id.rawValue)
            if values.indices.contains(index), let entry = values[index] {
                values[index]?.topics =
                    (entry.topics.isEmpty ? topicIDs.count - 1 : entry.topics.lowerBound)..<topicIDs.count
            }
        }
        self.values = values
        self.topicIDs = topicIDs
    }
}

/// Which parts of an ``EntryFilter`` an entry passes, as `EntryFilter.condition` reads them in
/// SQL (a date filter passes no entry without a date; a status filter no entry without a status),
/// `provinces` being those of the entries' municipalities.
struct FacetFilterCheck {
    let filter: EntryFilter
    let provinces: [Municipality.ID: Province]

    func kind(_ values: FacetColumns.Values) -> Bool {
        filter.kinds.isEmpty || filter.kinds.contains(values.kind)
    }

    func municipality(_ values: FacetColumns.Values) -> Bool {
        filter.municipalities.isEmpty || values.municipality.map(filter.municipalities.contains) == true
    }

    func province(_ values: FacetColumns.Values) -> Bool {
        guard let province = filter.province else { return true }
        return values.municipality.flatMap { provinces[$0] } == province
    }

    func topic(_ topics: ArraySlice<Topic.ID>) -> Bool {
        filter.topics.isEmpty || topics.contains(where: filter.topics.contains)
    }

    /// The status and the dates: the parts no facet leaves out.
    func rest(_ values: FacetColumns.Values) -> Bool {
        if !filter.statuses.isEmpty, !(values.status.map(filter.statuses.contains) ?? false) { return false }
        if let since = filter.since, !(values.date.map { $0 >= since } ?? false) { return false }
        if let until = filter.until, !(values.date.map { $0 <= until } ?? false) { return false }
        return true
    }
}

/// The ``FacetColumns`` of one knowledge base, kept until its search index changes: every change
/// to an entry (added, changed, trashed, its topics) rewrites the index's structure record
/// (``SearchVocabulary/generation(in:)``), so a read that finds another record reads the columns
/// again. (What a municipality is called and where it lies is read anew for every count.)
final class FacetColumnsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation: Data?
    private var columns: FacetColumns?

    /// The columns as the database `db` holds them now. One search reads them while the others
    /// wait for it (at 100,000 entries 0.4 s), rather than each reading them at once.
    func columns(in db: Database) throws -> FacetColumns {
        let current = try SearchVocabulary.generation(in: db)
        lock.lock()
        defer { lock.unlock() }
        if generation == current, let columns { return columns }
        let read = try FacetColumns(in: db)
        generation = current
        columns = read
        return read
    }
}
