/// How many entries show that a municipality can help, per reason of ``HelpReason``, strongest
/// reason first — what "who can help" and the visit suggestions rank by.
///
/// The order is lexicographic: more linked tips and examples first; with as many, more resolved
/// obstacles of the same kind; then more tips and examples on the same topic; then more with a
/// similar title. So one linked entry or resolved obstacle outranks any number of same-topic
/// matches, however many.
struct HelpEvidenceCounts: Comparable, Hashable {
    var linked = 0
    var resolvedObstacles = 0
    var sameTopic = 0
    var similarText = 0

    /// The counts, strongest reason first.
    var tiers: [Int] { [linked, resolvedObstacles, sameTopic, similarText] }

    /// Whether no entry counts.
    var isEmpty: Bool { tiers.allSatisfy { $0 == 0 } }

    /// The counts by reason (reasons without entries left out).
    var byReason: [HelpReason: Int] {
        [.linked: linked, .resolvedObstacle: resolvedObstacles, .sameTopic: sameTopic, .similarText: similarText]
            .filter { $0.value > 0 }
    }

    /// The counts of `counts` by reason.
    init(_ counts: [HelpReason: Int]) {
        self.init(
            linked: counts[.linked] ?? 0, resolvedObstacles: counts[.resolvedObstacle] ?? 0,
            sameTopic: counts[.sameTopic] ?? 0, similarText: counts[.similarText] ?? 0)
    }

    /// Counts as given.
    init(linked: Int = 0, resolvedObstacles: Int = 0, sameTopic: Int = 0, similarText: Int = 0) {
        self.linked = linked
        self.resolvedObstacles = resolvedObstacles
        self.sameTopic = sameTopic
        self.similarText = similarText
    }

    /// The weaker evidence: fewer of the strongest reason where they differ.
    static func < (a: Self, b: Self) -> Bool {
        a.tiers.lexicographicallyPrecedes(b.tiers)
    }

    /// The counts of both, added.
    static func + (a: Self, b: Self) -> Self {
        Self(
            linked: a.linked + b.linked, resolvedObstacles: a.resolvedObstacles + b.resolvedObstacles,
            sameTopic: a.sameTopic + b.sameTopic, similarText: a.similarText + b.similarText)
    }
}
