import GRDB

extension EntryFilter {
    /// The filter as one SQL condition on `entry e` left-joined to `municipality m`; `1` when
    /// it selects everything. Every value is a bound argument.
    var condition: SQL {
        var parts: [SQL] = []
        if !kinds.isEmpty { parts.append("e.kind IN \(Set(kinds).sorted())") }
        if !municipalities.isEmpty { parts.append("e.municipality_id IN \(Set(municipalities).sorted())") }
        if let province { parts.append("m.province = \(province)") }
        if !topics.isEmpty { parts.append(Self.hasTopic(topics)) }
        if !statuses.isEmpty { parts.append("e.status IN \(Set(statuses).map(\.rawValue).sorted())") }
        if let since { parts.append("e.date >= \(since)") }
        if let until { parts.append("e.date <= \(until)") }
        return parts.isEmpty ? "1" : parts.joined(operator: .and)
    }

    /// `WHERE` and ``condition``, or nothing when the filter selects everything.
    var whereClause: SQL {
        selectsEverything ? "" : "WHERE \(condition)"
    }

    /// True for an entry `e` with any of `topics`.
    static func hasTopic(_ topics: [Topic.ID], entry: String = "e") -> SQL {
        "EXISTS (SELECT 1 FROM entry_topic et WHERE et.entry_id = \(SQL(sql: entry)).id AND et.topic_id IN \(Set(topics).sorted()))"
    }
}

extension Array where Element == SQL {
    /// The conditions joined by `AND` (or `OR`), each in parentheses; `1` for none.
    func joined(operator: SQLJoiner) -> SQL {
        guard count > 1 else { return first ?? "1" }
        return "(" + joined(separator: `operator` == .and ? ") AND (" : ") OR (") + ")"
    }
}

/// How `[SQL].joined(operator:)` joins conditions.
enum SQLJoiner {
    case and, or
}
