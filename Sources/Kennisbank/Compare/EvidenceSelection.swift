import GRDB

/// The entries that show why a municipality can help or faces the same: linked entries and
/// those with a similar title (from the tallies), and the newest entries on the obstacle's
/// topics — read for the municipalities listed and the network only.
struct EvidenceSelection {
    let limits: HelpLimits
    /// For each asked obstacle and listed municipality (by number), the entries on its topics
    /// to show, per ``EntryClass``, newest first.
    private var shown: [[Int: [[FoundEntry]]]]

    /// Picks, for each listed municipality and the network, the newest and the oldest entry of
    /// each of its topic sets that meets the obstacle's topics, newest first — enough to fill
    /// ``HelpLimits/evidence`` after the linked ones — and reads them.
    init(
        _ tallies: HelpTallies, signatures: [TopicSignature], ranking: HelpRanking, linked: [Entry.ID: [LinkedEntry]],
        limits: HelpLimits, in db: Database
    ) throws {
        self.limits = limits
        let keep = limits.evidence + (linked.values.map(\.count).max() ?? 0)
        var newest: [[Int: [[Entry.ID]]]] = Array(repeating: [:], count: tallies.asked.count)
        var ids: Set<Entry.ID> = []
        for (index, obstacle) in tallies.asked.enumerated() {
            let topics = Set(obstacle.topicIDs)
            guard !topics.isEmpty else { continue }
            let listed =
                ranking.helpers[index].prefix(limits.municipalities)
                + ranking.facing[index].prefix(limits.municipalities)
            for municipality in Set(listed + (tallies.network.map { [$0] } ?? [])) {
                // Per EntryClass, and last the resolved obstacles of the same kind (SameKind).
                var lists: [[Entry.ID]] = [[], [], [], []]
                for row in tallies.signaturesOf[municipality] ?? []
                where !topics.isDisjoint(with: signatures[row].topicIDs) {
                    let signature = signatures[row]
                    var into = [signature.entryClass.rawValue]
                    if signature.entryClass == .resolvedObstacle, tallies.isOfKind(signature, index) {
                        into.append(Self.resolvedOfKind)
                    }
                    for list in into {
                        lists[list].append(signature.newest)
                        if signature.oldest != signature.newest { lists[list].append(signature.oldest) }
                    }
                }
                lists = lists.map { Array(Set($0).sorted(by: >).prefix(keep)) }
                for list in lists { ids.formUnion(list) }
                newest[index][municipality] = lists
            }
        }
        let loaded = try FoundEntry.fetchByID(ids, in: db)
        shown = newest.map { byMunicipality in
            byMunicipality.mapValues { lists in lists.map { $0.compactMap { loaded[$0] } } }
        }
    }

    /// The index of the list of resolved obstacles of the same kind, after those of each ``EntryClass``.
    private static let resolvedOfKind = 3

    /// The entries on the topics shown for `municipality` and asked obstacle `obstacle`, of `entryClass`.
    private func shown(_ obstacle: Int, _ municipality: Int, _ entryClass: EntryClass) -> [FoundEntry] {
        shown[obstacle][municipality]?[entryClass.rawValue] ?? []
    }

    /// The resolved obstacles of the same kind by their topics shown for `municipality` and `obstacle`.
    private func shownOfKind(_ obstacle: Int, _ municipality: Int) -> [FoundEntry] {
        shown[obstacle][municipality]?[Self.resolvedOfKind] ?? []
    }

    /// The strongest entries of `tally` (municipality `municipality`, asked obstacle `obstacle`),
    /// at most ``HelpLimits/evidence``: linked, resolved obstacles of the same kind, tips and
    /// examples on the topic, then those with a similar title; newest first within each.
    func evidence(_ tally: HelpTally, obstacle: Int, municipality: Int) -> [HelpEvidence] {
        let linkedIDs = Set(tally.linked.map(\.summary.id))
        var list = tally.linked.map { HelpEvidence(entry: $0.summary, reason: .linked) }
        let ofKind = (shownOfKind(obstacle, municipality) + tally.resolvedOfKindByTitle).sorted {
            $0.summary.id > $1.summary.id
        }
        list += ofKind.map { HelpEvidence(entry: $0.summary, reason: .resolvedObstacle) }
        list += tally.resolvedByText.map { HelpEvidence(entry: $0.summary, reason: .resolvedObstacle) }
        list += shown(obstacle, municipality, .advice).filter { !linkedIDs.contains($0.summary.id) }
            .map { HelpEvidence(entry: $0.summary, reason: .sameTopic) }
        list += tally.adviceByText.map { HelpEvidence(entry: $0.summary, reason: .similarText) }
        return Array(list.prefix(limits.evidence))
    }

    /// Some obstacles of the same kind in `tally`, resolved first, at most ``HelpLimits/evidence``.
    func facingExamples(_ tally: HelpTally, obstacle: Int, municipality: Int) -> [FacingObstacle] {
        var list = shown(obstacle, municipality, .resolvedObstacle).map {
            FacingObstacle(entry: $0.summary, match: .sameTopic)
        }
        list += tally.resolvedByText.map { FacingObstacle(entry: $0.summary, match: .similarText) }
        list += shown(obstacle, municipality, .unresolvedObstacle).map {
            FacingObstacle(entry: $0.summary, match: .sameTopic)
        }
        list += tally.unresolvedByText.map { FacingObstacle(entry: $0.summary, match: .similarText) }
        return Array(list.prefix(limits.evidence))
    }
}
