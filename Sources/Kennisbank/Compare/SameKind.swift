/// "An obstacle of the same kind" as one asked about, for who can help: an obstacle elsewhere
/// whose topics overlap the asked obstacle's for at least half of their union (the Jaccard
/// similarity of the two topic sets is at least ``topicThreshold``), or whose title is clearly
/// similar (``SimilarTitles``).
///
/// So merely sharing a topic is not enough: `Vertrouwen` and `Vertrouwen, Co-creatie` are of a
/// kind (one of two), `Financiën, Beheer buurthuis` and `Vrijwilligers, Beheer buurthuis` are
/// not (one of three). A resolved obstacle of the same kind shows that its municipality can
/// help; one that only shares a topic shows that it faced something alike (it is listed among
/// those facing the same), not that it can help.
enum SameKind {
    /// The least Jaccard similarity of two obstacles' topic sets that makes them of a kind.
    static let topicThreshold = 0.5

    /// Whether an obstacle with `otherTopics` topics, `shared` of them among the asked
    /// obstacle's `askedTopics`, is of the same kind by its topics.
    static func byTopics(shared: Int, asked askedTopics: Int, other otherTopics: Int) -> Bool {
        let union = askedTopics + otherTopics - shared
        return shared > 0 && Double(shared) >= topicThreshold * Double(union)
    }
}
