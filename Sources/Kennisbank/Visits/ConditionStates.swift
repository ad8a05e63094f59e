import GRDB

/// The latest state of each condition for success per municipality: its latest assessment by
/// date, then by id (`condition_assessment` keeps the whole history).
struct ConditionStates {
    /// One municipality's latest state of one condition.
    struct Latest {
        var municipality: String
        var number: Int
        var title: String
        var state: VisitSuggestion.State
        var date: Day
    }

    /// The latest states, by municipality name, in the conditions' order.
    let byMunicipality: [String: [Latest]]

    /// Reads every municipality's latest states in one query.
    init(in db: Database) throws {
        var byMunicipality: [String: [Latest]] = [:]
        for row in try Row.fetchAll(
            db,
            literal: """
                SELECT m.name AS municipality, c.number, c.title, l.state, l.date
                FROM (SELECT municipality_id, condition_id, state, date,
                             row_number() OVER (PARTITION BY municipality_id, condition_id
                                                ORDER BY date DESC, id DESC) AS latest
                      FROM condition_assessment) l
                JOIN success_condition c ON c.id = l.condition_id
                JOIN municipality m ON m.id = l.municipality_id
                WHERE l.latest = 1
                ORDER BY c.number
                """)
        {
            guard let state = VisitSuggestion.State(rawValue: row["state"]), let date = Day(iso: row["date"] as String)
            else { throw KennisbankError.damagedRow(table: "condition_assessment", id: nil) }
            let latest = Latest(
                municipality: row["municipality"], number: row["number"], title: row["title"], state: state, date: date)
            byMunicipality[latest.municipality, default: []].append(latest)
        }
        self.byMunicipality = byMunicipality
    }

    /// What `municipality` lacks: its conditions whose latest state is absent or partly.
    func lacking(_ municipality: String) -> [Latest] {
        (byMunicipality[municipality] ?? []).filter { $0.state != .present }
    }

    /// The conditions `municipality` lacks (`lacking`) that `other` has present.
    func gaps(_ lacking: [Latest], filledBy other: String) -> [VisitSuggestion.ConditionGap] {
        let present = Dictionary(
            (byMunicipality[other] ?? []).filter { $0.state == .present }.map { ($0.number, $0) },
            uniquingKeysWith: { a, _ in a })
        return lacking.compactMap { mine in
            present[mine.number].map {
                VisitSuggestion.ConditionGap(
                    number: mine.number, title: mine.title, state: $0.state, date: $0.date, lacking: mine.state)
            }
        }
    }
}
