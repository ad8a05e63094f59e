import GRDB
import KennisbankText

/// The steps behind ``KnowledgeBase/visitSuggestions(for:limit:)``: who can help with the
/// municipality's obstacles (``HelpFinder``, all of them), which conditions for success others
/// have that it lacks (``ConditionStates``), ranked by ``VisitReason``; then the people to call.
struct VisitSuggester {
    let db: Database
    let municipality: Municipality

    /// The suggestions, at most `limit`.
    func suggestions(limit: Int) throws -> VisitSuggestions {
        let help = try helpReport()
        let states = try ConditionStates(in: db)
        let lacking = states.lacking(municipality.name)

        struct Candidate {
            var name: String
            var evidence = HelpEvidenceCounts()
            var obstacles: [VisitSuggestion.ObstacleHelpHere] = []
            var conditions: [VisitSuggestion.ConditionGap] = []
            var tiers: [Int] {
                [
                    evidence.linked, evidence.resolvedObstacles, conditions.count, evidence.sameTopic,
                    evidence.similarText,
                ]
            }
        }
        var candidates: [String: Candidate] = [:]
        for obstacle in help?.obstacles ?? [] {
            for helper in obstacle.helpers {
                candidates[helper.name, default: Candidate(name: helper.name)].evidence =
                    (candidates[helper.name]?.evidence ?? HelpEvidenceCounts()) + HelpEvidenceCounts(helper.counts)
                candidates[helper.name]!.obstacles.append(
                    VisitSuggestion.ObstacleHelpHere(
                        obstacle: obstacle.obstacle, counts: helper.counts, evidence: helper.evidence))
            }
        }
        if !lacking.isEmpty {
            for other in states.byMunicipality.keys where other != municipality.name {
                let gaps = states.gaps(lacking, filledBy: other)
                if !gaps.isEmpty { candidates[other, default: Candidate(name: other)].conditions = gaps }
            }
        }
        let ranked = candidates.values.sorted { a, b in
            if a.tiers != b.tiers { return b.tiers.lexicographicallyPrecedes(a.tiers) }
            return (TextFolding.lookupKey(a.name), a.name) < (TextFolding.lookupKey(b.name), b.name)
        }
        .prefix(max(0, limit))

        var suggestions: [VisitSuggestion] = []
        for (index, candidate) in ranked.enumerated() {
            var counts = Dictionary(
                uniqueKeysWithValues: candidate.evidence.byReason.map { (VisitReason($0.key), $0.value) })
            if !candidate.conditions.isEmpty { counts[.condition] = candidate.conditions.count }
            let shown = candidate.obstacles.flatMap(\.evidence).map(\.entry.id)
            suggestions.append(
                VisitSuggestion(
                    rank: index + 1, municipality: candidate.name, counts: counts, obstacles: candidate.obstacles,
                    conditions: candidate.conditions, contacts: try contacts(of: candidate.name, for: shown)))
        }
        return VisitSuggestions(
            municipality: municipality.name,
            lacking: lacking.map {
                VisitSuggestions.LackingCondition(number: $0.number, title: $0.title, state: $0.state, date: $0.date)
            },
            suggestions: suggestions)
    }

    /// Who can help with every obstacle of the municipality, every helper listed; nil when it
    /// has no obstacles (the conditions may still suggest visits).
    private func helpReport() throws -> HelpReport? {
        let selection = try ComparisonSelection(EntryFilter(municipalities: [municipality.id]), in: db)
        do {
            return try HelpFinder(db: db, selection: selection, limits: HelpLimits(municipalities: Int.max)).report()
        } catch KennisbankError.noObstacles {
            return nil
        }
    }

    /// The people of `name`: the contacts of `entries` first (most of those entries first, then
    /// by name), then the others by name.
    private func contacts(of name: String, for entries: [Entry.ID]) throws -> [VisitContact] {
        var found: [(contact: VisitContact, key: String)] = []
        let shown: SQL = entries.isEmpty ? "0" : "ec.entry_id IN \(Set(entries).sorted())"
        for row in try Row.fetchAll(
            db,
            literal: """
                SELECT \(Person.columns), p.lookup_key,
                       (SELECT group_concat(ec.entry_id) FROM entry_contact ec
                        WHERE ec.person_id = p.id AND \(shown)) AS entries
                FROM \(Person.joins)
                WHERE m.name = \(name)
                """)
        {
            let ids = ((row["entries"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }.sorted().map {
                Entry.ID($0)
            }
            found.append((VisitContact(person: try Person(row: row), entries: ids), row["lookup_key"]))
        }
        return found.sorted { a, b in
            if a.contact.entries.count != b.contact.entries.count {
                return a.contact.entries.count > b.contact.entries.count
            }
            return (a.key, a.contact.person.name) < (b.key, b.contact.person.name)
        }
        .map(\.contact)
    }
}
