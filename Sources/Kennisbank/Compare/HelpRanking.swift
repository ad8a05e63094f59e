import KennisbankText

/// Who can help with each asked obstacle and who faces the same, in order, and the
/// municipalities worth a visit over all of them.
///
/// Per obstacle: those that can help by their evidence, strongest reason first
/// (``HelpEvidenceCounts``: linked entries, then resolved obstacles of the same kind, then
/// tips and examples on the same topic, then with a similar title), then by name; those that
/// face the same by their number of such obstacles, then resolved ones, then name.
/// The network is never ranked: it is not a place to visit.
struct HelpRanking {
    /// For each numbered municipality (see ``HelpTallies``), what it sorts by: its name folded,
    /// then its name (both empty for the network).
    let names: [(String, String)]
    /// For each asked obstacle, the numbers of the municipalities that can help, best first.
    private(set) var helpers: [[Int]] = []
    /// For each asked obstacle, the numbers of the municipalities that face the same, most first.
    private(set) var facing: [[Int]] = []
    /// Per municipality number: its evidence summed over the obstacles, its summed score and
    /// with how many obstacles it helps.
    private(set) var visits: [Int: (evidence: HelpEvidenceCounts, score: Int, obstacles: Int)] = [:]

    /// Ranks `tallies`; `names` gives the municipalities' names by id.
    init(_ tallies: HelpTallies, names byID: [Municipality.ID: String]) {
        names = tallies.municipalityIDs.map { id in
            id.flatMap { byID[$0] }.map { (TextFolding.lookupKey($0), $0) } ?? ("", "")
        }
        let network = tallies.network
        for tally in tallies.byObstacle {
            var helpers: [(number: Int, evidence: HelpEvidenceCounts)] = []
            var facing: [(number: Int, count: Int, resolved: Int)] = []
            for (municipality, t) in tally where municipality != network {
                let evidence = t.evidence
                if !evidence.isEmpty {
                    helpers.append((municipality, evidence))
                    let sum = visits[municipality] ?? (HelpEvidenceCounts(), 0, 0)
                    visits[municipality] = (sum.evidence + evidence, sum.score + t.score, sum.obstacles + 1)
                }
                if t.facingCount > 0 { facing.append((municipality, t.facingCount, t.resolvedCount)) }
            }
            helpers.sort { a, b in
                if a.evidence != b.evidence { return a.evidence > b.evidence }
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

    /// The municipalities that can help most over all obstacles: by their evidence summed over
    /// the obstacles (strongest reason first, as per obstacle), then by the number of obstacles,
    /// then by name; at most `limit`.
    func bestVisits(limit: Int) -> [HelpSummary] {
        visits.sorted { a, b in
            if a.value.evidence != b.value.evidence { return a.value.evidence > b.value.evidence }
            if a.value.obstacles != b.value.obstacles { return a.value.obstacles > b.value.obstacles }
            return names[a.key] < names[b.key]
        }
        .prefix(limit).map {
            HelpSummary(
                name: names[$0.key].1, score: $0.value.score, obstacles: $0.value.obstacles,
                counts: $0.value.evidence.byReason)
        }
    }
}
