import GRDB
import KennisbankText

/// An ``EntryFilter`` turned into SQL conditions on `entry e` (joined to `municipality m`),
/// with every name resolved first so that a wrong one is an error, not an empty result.
struct EntryConditions {
    /// The conditions, ANDed.
    var clauses: [String] = []
    /// Their arguments, in order.
    var arguments: StatementArguments = []

    /// Resolves `filter` against `db`.
    init(_ filter: EntryFilter, in db: Database) throws {
        if !filter.kinds.isEmpty {
            let kinds = Set(filter.kinds).map(\.rawValue).sorted()
            clauses.append("e.kind IN (\(kinds.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(kinds)
        }
        if !filter.municipalities.isEmpty {
            let ids = try Set(filter.municipalities.map { try MunicipalityLookup.resolve($0, in: db).id }).sorted()
            clauses.append("e.municipality_id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        if let province = filter.province {
            clauses.append("m.province = ?")
            arguments += [try Province.resolve(province)]
        }
        if !filter.topics.isEmpty {
            var keys: [String] = []
            for label in filter.topics {
                let key = try EntryValidation.topic(label).key
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM topic WHERE key = ?", arguments: [key]) != nil else {
                    throw KennisbankError.unknownTopic(label, suggestions: try Self.topicSuggestions(for: key, in: db))
                }
                keys.append(key)
            }
            clauses.append("""
                EXISTS (SELECT 1 FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                        WHERE et.entry_id = e.id AND t.key IN (\(keys.map { _ in "?" }.joined(separator: ","))))
                """)
            arguments += StatementArguments(keys)
        }
        if !filter.statuses.isEmpty {
            let statuses = Set(filter.statuses).map(\.rawValue).sorted()
            clauses.append("e.status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(statuses)
        }
        if let since = try EntryValidation.date(filter.since) {
            clauses.append("e.date >= ?")
            arguments += [since]
        }
        if let until = try EntryValidation.date(filter.until) {
            clauses.append("e.date <= ?")
            arguments += [until]
        }
    }

    /// `WHERE …`, or nothing when the filter selects everything.
    var whereClause: String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }

    /// Topic labels close to `key`, for a "did you mean".
    static func topicSuggestions(for key: String, in db: Database) throws -> [String] {
        let all = try Row.fetchAll(db, sql: "SELECT label, key FROM topic ORDER BY key")
        return all.compactMap { row -> (Int, String)? in
            let candidate: String = row["key"]
            if candidate.contains(key) || key.contains(candidate) { return (0, row["label"]) }
            return EditDistance.levenshtein(key, candidate, limit: max(2, key.count / 3)).map { ($0, row["label"]) }
        }
        .sorted { $0 < $1 }
        .prefix(5)
        .map(\.1)
    }
}
