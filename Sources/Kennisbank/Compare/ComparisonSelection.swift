import GRDB

/// An ``EntryFilter`` read as a comparison (see ``KnowledgeBase/compare(_:)``), with what it
/// names looked up: the municipalities to compare and the labels of its topics, for results
/// and errors.
struct ComparisonSelection {
    /// The municipalities named in the filter, in the order given, without repeats.
    let named: [Municipality]
    /// The province.
    let province: Province?
    /// The selected topics (empty: all topics).
    let topicIDs: [Topic.ID]
    /// The labels of the selected topics, as stored.
    let topicLabels: [String]
    /// The selected statuses (empty: all).
    let statuses: [ObstacleStatus]

    /// Looks up what `filter` names; an id that names nothing is an error.
    init(_ filter: EntryFilter, in db: Database) throws {
        var seen: Set<Municipality.ID> = []
        let ids = filter.municipalities.filter { seen.insert($0).inserted }
        let municipalities = try ComparisonRecords.municipalities(ids, in: db)
        named = try ids.map { id in
            guard let found = municipalities[id] else {
                throw KennisbankError.unknownMunicipality(id.description, suggestions: [])
            }
            return found
        }
        province = filter.province
        var topicIDs: [Topic.ID] = []
        for id in filter.topics where !topicIDs.contains(id) { topicIDs.append(id) }
        let topics = try ComparisonRecords.topics(topicIDs, in: db)
        self.topicIDs = topicIDs.filter { topics[$0] != nil }
        self.topicLabels = self.topicIDs.compactMap { topics[$0]?.label }
        statuses = Array(Set(filter.statuses)).sorted { $0.rawValue < $1.rawValue }
    }

    /// Which municipalities' obstacles a query covers.
    enum Scope {
        /// The compared municipalities: those named, else those of the province, else all.
        case compared
        /// Every municipality the compared ones are set against: the province's when one is
        /// given together with names, else all.
        case network
        /// One municipality.
        case only(Municipality.ID)
    }

    /// The condition on `entry e` (with `municipality m` joined as ``municipalityJoin(_:)`` says)
    /// selecting the obstacles of `scope` that the filter keeps.
    func obstacles(_ scope: Scope, topics: Bool = true, statuses: Bool = true) -> SQL {
        // `+e.kind`: the kind index would fetch most rows of `entry` one by one; a municipality
        // index (for named ones) or one sequential scan is faster.
        var parts: [SQL] = ["+e.kind = 'obstacle'"]
        switch scope {
        case .compared:
            if !named.isEmpty {
                parts.append("e.municipality_id IN \(named.map(\.id))")
            } else if let province {
                parts.append("m.province = \(province)")
            }
        case .network:
            if !named.isEmpty, let province {
                parts.append("m.province = \(province)")
            }
        case .only(let id):
            parts.append("e.municipality_id = \(id)")
        }
        if statuses, !self.statuses.isEmpty {
            parts.append("e.status IN \(self.statuses)")
        }
        if topics, !topicIDs.isEmpty {
            parts.append(EntryFilter.hasTopic(topicIDs))
        }
        return parts.joined(operator: .and)
    }

    /// The join a query over `entry e` needs for ``obstacles(_:topics:statuses:)`` in `scope`.
    func municipalityJoin(_ scope: Scope) -> SQL {
        switch scope {
        case .compared where named.isEmpty && province != nil, .network where !named.isEmpty && province != nil:
            "JOIN municipality m ON m.id = e.municipality_id"
        default:
            ""
        }
    }

    /// Whether the other municipalities are limited to a province (names and a province given).
    var limitsOthersToProvince: Bool { !named.isEmpty && province != nil }
}
