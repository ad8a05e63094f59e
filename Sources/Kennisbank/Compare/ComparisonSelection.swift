import GRDB

/// A ``ComparisonFilter`` resolved against the database: names checked, topics looked up,
/// ready to become SQL over `entry e` (joined to `municipality m` where a province applies).
struct ComparisonSelection {
    /// The municipalities named in the filter, in the order given, without repeats.
    let named: [Municipality]
    /// The province, spelled as the registry spells it.
    let province: String?
    /// The ids of the selected topics (empty: all topics).
    let topicIDs: [Int64]
    /// The labels of the selected topics, as stored.
    let topicLabels: [String]
    /// The selected statuses' raw values (empty: all).
    let statuses: [String]

    /// Resolves `filter`; an unknown or ambiguous municipality, province or topic is an error.
    init(_ filter: ComparisonFilter, in db: Database) throws {
        var seen: Set<Int64> = []
        named = try filter.municipalities
            .map { try MunicipalityLookup.resolve($0, in: db) }
            .filter { seen.insert($0.id).inserted }
        province = try filter.province.map(Province.resolve)
        var topicIDs: [Int64] = []
        var topicLabels: [String] = []
        for label in filter.topics {
            let key = try EntryValidation.topic(label).key
            guard let row = try Row.fetchOne(db, sql: "SELECT id, label FROM topic WHERE key = ?", arguments: [key]) else {
                throw KennisbankError.unknownTopic(label, suggestions: try EntryConditions.topicSuggestions(for: key, in: db))
            }
            let id: Int64 = row["id"]
            if !topicIDs.contains(id) {
                topicIDs.append(id)
                topicLabels.append(row["label"])
            }
        }
        self.topicIDs = topicIDs
        self.topicLabels = topicLabels
        statuses = Set(filter.statuses).map(\.rawValue).sorted()
    }

    /// Which municipalities' obstacles a query covers.
    enum Scope {
        /// The compared municipalities: those named, else those of the province, else all.
        case compared
        /// Every municipality the compared ones are set against: the province's when one is
        /// given together with names, else all.
        case network
        /// One municipality.
        case only(Int64)
    }

    /// SQL conditions (ANDed) on `entry e` and `municipality m` selecting the obstacles of
    /// `scope` that the filter keeps; `joinsMunicipality` says whether `m` is used.
    func obstacleConditions(_ scope: Scope, topics: Bool = true, statuses: Bool = true) -> SQLConditions {
        // `+e.kind`: the kind index would fetch most rows of `entry` one by one; a municipality
        // index (for named ones) or one sequential scan is faster.
        var conditions = SQLConditions(clauses: ["+e.kind = 'obstacle'"])
        switch scope {
        case .compared:
            if !named.isEmpty {
                conditions.clauses.append("e.municipality_id IN (\(Self.list(named.map(\.id))))")
            } else if let province {
                conditions.restrict(toProvince: province)
            }
        case .network:
            if !named.isEmpty, let province {
                conditions.restrict(toProvince: province)
            }
        case .only(let id):
            conditions.clauses.append("e.municipality_id = \(id)")
        }
        if statuses, !self.statuses.isEmpty {
            conditions.clauses.append("e.status IN (\(self.statuses.map { _ in "?" }.joined(separator: ",")))")
            conditions.arguments += StatementArguments(self.statuses)
        }
        if topics, !topicIDs.isEmpty {
            conditions.clauses.append(
                "EXISTS (SELECT 1 FROM entry_topic ft WHERE ft.entry_id = e.id AND ft.topic_id IN (\(Self.list(topicIDs))))")
        }
        return conditions
    }

    /// Whether the other municipalities are limited to a province (names and a province given).
    var limitsOthersToProvince: Bool { !named.isEmpty && province != nil }

    /// Row ids as a SQL list; they are integers from the database, never user text.
    static func list(_ ids: some Sequence<Int64>) -> String {
        ids.map(String.init).joined(separator: ",")
    }
}

/// SQL conditions with their arguments.
struct SQLConditions {
    /// The conditions, ANDed.
    var clauses: [String]
    /// Their arguments, in order.
    var arguments: StatementArguments = []
    /// Whether a clause uses `municipality m`.
    var joinsMunicipality = false

    /// `WHERE …`, or nothing.
    var whereClause: String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }

    /// The joins the conditions need after `entry e`.
    var municipalityJoin: String {
        joinsMunicipality ? "JOIN municipality m ON m.id = e.municipality_id" : ""
    }

    mutating func restrict(toProvince province: String) {
        clauses.append("m.province = ?")
        arguments += [province]
        joinsMunicipality = true
    }
}
