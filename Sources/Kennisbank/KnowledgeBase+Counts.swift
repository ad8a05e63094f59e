import GRDB

extension KnowledgeBase {
    /// The municipalities that hold any of the entries `filter` selects, with how many each,
    /// most first (then by name); at most `limit` when given. One GROUP BY query: the start page's
    /// "most entries" and the search page's counts per municipality.
    public func municipalityCounts(_ filter: EntryFilter = EntryFilter(), limit: Int? = nil) throws
        -> [MunicipalityCount]
    {
        try read { db in
            try Row.fetchAll(
                db,
                literal: """
                    SELECT \(Municipality.columns("m")), count(*) AS entry_count
                    FROM entry e JOIN municipality m ON m.id = e.municipality_id
                    WHERE \(filter.condition)
                    GROUP BY m.id ORDER BY entry_count DESC, m.name
                    LIMIT \(limit.map { max(0, $0) } ?? -1)
                    """
            ).map { row in MunicipalityCount(municipality: try Municipality(row: row), entryCount: row["entry_count"]) }
        }
    }

    /// The labels of the topics that any entry carries, by key: what a topic field offers. No
    /// counting (one index look-up per topic), so that a search page can offer them cheaply.
    public func topicLabels() throws -> [String] {
        try read { db in
            try String.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT t.label FROM topic t
                        WHERE EXISTS (SELECT 1 FROM entry_topic et WHERE et.topic_id = t.id) ORDER BY t.key
                        """))
        }
    }
}
