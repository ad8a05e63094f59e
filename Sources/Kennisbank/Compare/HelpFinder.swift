import GRDB

/// Who can help one municipality: the steps behind ``KnowledgeBase/whoCanHelp(_:filter:limits:)``.
///
/// 1. ``HelpQueries``: the asked obstacles; counts from one GROUP BY over the entries that share
///    a topic with them (grouped by municipality, class of entry and the set of those topics they
///    carry, so each entry counts once per obstacle however many topics it shares); links from
///    `entry_obstacle`; similar titles from the full-text index (``SimilarTitles``).
/// 2. ``HelpTallies``: what each municipality and the network has for each obstacle.
/// 3. ``HelpRanking``: who can help and who faces the same, in order; the best visits.
/// 4. ``EvidenceSelection``: the entries that show why, loaded only to be shown.
struct HelpFinder {
    let db: Database
    let selection: ComparisonSelection
    let limits: HelpLimits

    /// The report for the one municipality of the selection; an error when it has no selected obstacles.
    func report() throws -> HelpReport {
        let me = selection.named[0]
        let queries = HelpQueries(db: db, selection: selection, asking: me.id)
        let asked = try queries.askedObstacles()
        guard !asked.isEmpty else { throw ComparisonQuery.noObstacles(selection) }

        var tallies = HelpTallies(asked: asked)
        let signatures = try queries.topicSignatures(tallies.topics)
        tallies.addTopical(signatures)
        let linked = try queries.linkedEntries(asked)
        tallies.addLinks(linked)
        let similar = try SimilarTitles.matches(
            for: asked.map { ($0.summary.id, $0.summary.title, $0.topicIDs) }, others: queries.others,
            sharingTopics: true, in: db)
        tallies.addSimilar(similar, linked: linked)

        let names = try ComparisonRecords.municipalities(tallies.municipalityIDs.compactMap { $0 }, in: db).mapValues(
            \.name)
        let ranking = HelpRanking(tallies, names: names)
        let evidence = try EvidenceSelection(
            tallies, signatures: signatures, ranking: ranking, linked: linked, limits: limits, in: db)

        let obstacles = asked.enumerated().map { index, obstacle in
            let tally = tallies.byObstacle[index]
            let helpers = ranking.helpers[index].prefix(limits.municipalities).enumerated().map { rank, municipality in
                let t = tally[municipality]!
                return HelpingMunicipality(
                    rank: rank + 1, name: ranking.name(municipality), score: t.score, counts: t.counts,
                    evidence: evidence.evidence(t, obstacle: index, municipality: municipality))
            }
            let facing = ranking.facing[index].prefix(limits.municipalities).map { municipality in
                let t = tally[municipality]!
                return FacingMunicipality(
                    name: ranking.name(municipality), obstacles: t.facingCount, resolved: t.resolvedCount,
                    examples: evidence.facingExamples(t, obstacle: index, municipality: municipality))
            }
            let network = tallies.network.flatMap { tally[$0] } ?? HelpTally()
            return ObstacleHelp(
                obstacle: obstacle.summary, topics: obstacle.topicLabels,
                facing: facing, facingCount: ranking.facing[index].count,
                helpers: helpers, helperCount: ranking.helpers[index].count,
                network: tallies.network.map { evidence.evidence(network, obstacle: index, municipality: $0) } ?? [],
                networkCounts: network.counts)
        }
        return HelpReport(
            municipality: me.name, obstacles: obstacles, bestVisits: ranking.bestVisits(limit: limits.municipalities))
    }
}
