import GRDB
import KennisbankText

/// When a new topic label is too close to an existing topic to be meant as another one: a typo
/// (`Vertrouwn`), another spelling or a plural (`Buurthuizen` for `Buurthuis`).
///
/// Labels that fold alike (`co creatie`, `Co-creatie`) are already one topic; this catches the
/// rest: the same Dutch stems, or a small edit distance for the length of the folded label
/// (one edit from 5 characters, two from 10; none below 5, where one letter makes another word).
/// Labels whose numbers differ (`Wmo 2015`, `Wmo 2007`) are never close: the number is the point.
/// The existing topics are read once into buckets by stems and by length, so that checking the
/// new topics of a large import stays fast.
struct TopicSimilarity {
    /// Existing labels by their stems.
    private var byStems: [String: String] = [:]
    /// Existing (key, label) pairs by the length of the key.
    private var byLength: [Int: [(key: String, label: String)]] = [:]

    /// The topics of `db` with an id up to `maxID` (all when nil).
    init(db: Database, upTo maxID: Int64? = nil) throws {
        let limit: Int64 = maxID ?? Int64.max
        for row in try Row.fetchAll(db, literal: "SELECT label, key FROM topic WHERE id <= \(limit) ORDER BY key") {
            let key: String = row["key"]
            let label: String = row["label"]
            let stems = Self.stems(of: label)
            if !stems.isEmpty, byStems[stems] == nil { byStems[stems] = label }
            byLength[key.unicodeScalars.count, default: []].append((key, label))
        }
    }

    /// The stems of `label` as the search index stores them, joined: equal for singular and plural.
    static func stems(of label: String) -> String {
        DutchAnalyzer.standard.terms(in: label).filter { !$0.hasPrefix(DutchAnalyzer.surfaceFormMarker) }
            .joined(separator: " ")
    }

    /// The digits of a folded key, in order.
    static func digits(of key: String) -> String {
        String(key.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The edits a folded key of this length may be from another to count as close.
    static func allowedEdits(forLength length: Int) -> Int {
        length < 5 ? 0 : (length < 10 ? 1 : 2)
    }

    /// The label of an existing topic (other than `topic` itself) that `topic` is close to, if any.
    func closeTopic(to topic: TopicLabel) -> String? {
        let stems = Self.stems(of: topic.label)
        if !stems.isEmpty, let label = byStems[stems], TextFolding.lookupKey(label) != topic.key,
            Self.digits(of: TextFolding.lookupKey(label)) == Self.digits(of: topic.key)
        {
            return label
        }
        let length = topic.key.unicodeScalars.count
        let digits = Self.digits(of: topic.key)
        var best: (distance: Int, label: String)?
        for otherLength in max(0, length - 2)...(length + 2) {
            for other in byLength[otherLength] ?? []
            where other.key != topic.key && Self.digits(of: other.key) == digits {
                let limit = Self.allowedEdits(forLength: min(length, otherLength))
                guard limit > 0, let distance = EditDistance.levenshtein(topic.key, other.key, limit: limit) else {
                    continue
                }
                if best.map({ distance < $0.distance }) ?? true { best = (distance, other.label) }
            }
        }
        return best?.label
    }

    /// Throws ``KennisbankError/similarTopics(_:)`` when any of `topics` that is not yet a topic
    /// of `db` is close to an existing one.
    static func refuseClose(_ topics: [TopicLabel], in db: Database) throws {
        var new: [TopicLabel] = []
        for topic in topics where try Bool.fetchOne(db, literal: "SELECT 1 FROM topic WHERE key = \(topic.key)") != true
        {
            new.append(topic)
        }
        guard !new.isEmpty else { return }
        let existing = try TopicSimilarity(db: db)
        let similar = new.compactMap { topic in
            existing.closeTopic(to: topic).map { SimilarTopic(label: topic.label, existing: $0) }
        }
        if !similar.isEmpty { throw KennisbankError.similarTopics(similar) }
    }
}
