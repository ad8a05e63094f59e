import KennisbankText

/// The groups of words a search treats as one: the built-in thesaurus of the binary
/// (`Data/synonyms.yaml`) with the coordinator's changes (`kb synonyms`) applied in order.
///
/// A group is symmetric: each word finds every other word of its groups. Words are matched by
/// their index terms (see ``key(_:analyzer:)``), so inflected forms and other spellings meet.
struct Thesaurus: Sendable {
    /// The groups in force, built-in first, then the coordinator's in the order added.
    var groups: [SynonymGroup]
    /// The removals in force: what the coordinator took out, in order.
    var removals: [SynonymGroup]

    /// The most words a group member has, as typed: how long a run of query words may be.
    static let maximumPhraseWords = 6

    /// The built-in groups, from `Data/synonyms.yaml`, read at build time (the `EmbedFiles`
    /// plugin writes its groups as Swift data, `EmbeddedThesaurus`): parsing the YAML at every
    /// `kb search` was 7–8 % of the process.
    static let builtIn: [SynonymGroup] = EmbeddedThesaurus.groups.map {
        SynonymGroup(words: $0, source: .builtIn, author: nil, time: nil)
    }

    /// The built-in thesaurus with `changes` applied in order: an addition is a group of its own;
    /// a removal takes its words (by key) out of every group before it, built-in or added.
    static func applying(_ changes: [SynonymGroup], analyzer: DutchAnalyzer) -> Thesaurus {
        var groups = builtIn
        var removals: [SynonymGroup] = []
        for change in changes {
            switch change.source {
            case .added: groups.append(change)
            case .removed:
                let keys = Set(change.words.map { key($0, analyzer: analyzer) })
                for index in groups.indices {
                    groups[index].words.removeAll { keys.contains(key($0, analyzer: analyzer)) }
                }
                groups.removeAll { Set($0.words.map { key($0, analyzer: analyzer) }).count < 2 }
                removals.append(change)
            case .builtIn: groups.append(change)
            }
        }
        return Thesaurus(groups: groups, removals: removals)
    }

    /// The key a word or phrase is matched by: its index terms as a query reads them, joined by
    /// spaces (`Bewoners` and `bewoner` → `bewoner`); empty when it has no searchable word.
    static func key(_ text: String, analyzer: DutchAnalyzer) -> String {
        analyzer.tokens(in: text, forQuery: true)
            .filter { !$0.isSurfaceForm && !$0.isColocated }
            .map(\.term)
            .joined(separator: " ")
    }

    /// Key → the words of its groups with another key, in group order without duplicates.
    func index(analyzer: DutchAnalyzer) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for group in groups {
            let keyed = group.words.map { (key: Self.key($0, analyzer: analyzer), word: $0) }
            for (key, _) in keyed where !key.isEmpty {
                var words = index[key] ?? []
                for other in keyed where other.key != key && !other.key.isEmpty && !words.contains(other.word) {
                    words.append(other.word)
                }
                index[key] = words
            }
        }
        return index.filter { !$0.value.isEmpty }
    }

    /// The index of the built-in thesaurus for the standard analyzer, made once: the common case
    /// of a knowledge base whose coordinator changed nothing.
    static let builtInIndex = Thesaurus(groups: builtIn, removals: []).index(analyzer: .standard)
}
