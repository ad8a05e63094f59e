import KennisbankText

/// Who can help with each asked obstacle and who faces the same, in order, and the
/// municipalities worth a visit over all of them.
///
/// Per obstacle: those that can help by score, then by their strongest reason, then by name;
/// those that face the same by their number of such obstacles, then resolved ones, then name.
/// The network is never ranked: it is not a place to visit.
struct HelpRanking {
    /// For each numbered municipality (see ``HelpTallies``), what it sorts by: its name folded,
    /// then its name (both empty for the network).
    let names: [(String, String)]
    /// For each asked obstacle, the numbers of the municipalities that can help, best first.
    private(set) var helpers: [[Int]] = []
    /// For each asked obstacle, the numbers of the municipalities that face the same, most first.
    private(set) var facing: [[Int]] = []
    /// Per municipality number, its scores summed over the obstacles and with how many it helps.
    private var visits: [Int: (score: Int, obstacles: Int)] = [:]

    /// Ranks `tallies`; `names` gives the municipalities' names by id.
    init(_ tallies: HelpTallies, names byID: [Municipality.ID: String]) {
        names = tallies.municipalityIDs.map { id in
            id.flatMap { byID[$0] }.map { (TextFolding.lookupKey($0), $0) } ?? ("", "")
        }
        let network = tallies.network
        for tally in tallies.byObstacle {
            var helpers: [(number: Int, score: Int, strongest: Int)] = []
            var facing: [(number: Int, count: Int, resolved: Int)] = []
            for (municipality, t) in tally where municipality != network {
                let score = t.score
                if score > 0 {
                    helpers.append((municipality, score, t.strongestWeight))
                    visits[municipality, default: (0, 0)].score += score
                    visits[municipality, default: (0, 0)].obstacles += 1
                }
                if t.facingCount > 0 { facing.append((municipality, t.facingCount, t.resolvedCount)) }
            }
            helpers.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.strongest != b.strongest { return a.strongest > b.strongest }
                return names[a.number] < names[b.number]
            }
            facing.sort { a, b in
                if a.count != b.count { return a.count > b.count }
                if a.resolved != b.resolved { return a.resolved > b.resolved }
                return names[a.number] < names[b.number]
            }
            self.helpers.append(helpers.map(\.number))
            self.facing.append(facing.map(\.number))
        }
    }

    /// The name of municipality `number`.
    func name(_ number: Int) -> String { names[number].1 }

    /// The municipalities that can help most over all obstacles: by summed score, then by the
    /// number of obstacles, then by name; at most `limit`.
    func bestVisits(limit: Int) -> [HelpSummary] {
        visits.map {
            (
                summary: HelpSummary(name: names[$0.key].1, score: $0.value.score, obstacles: $0.value.obstacles),
                key: names[$0.key]
            )
        }
        .sorted { a, b in
            if a.summary.score != b.summary.score { return a.summary.score > b.summary.score }
            if a.summary.obstacles != b.summary.obstacles { return a.summary.obstacles > b.summary.obstacles }
            return a.key < b.key
        }
        .prefix(limit).map(\.summary)
    }
}
