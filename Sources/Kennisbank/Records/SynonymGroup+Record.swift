import GRDB

extension SynonymGroup {
    /// Reads a row of `synonym_change`: its `action`, `words` (one a line), `author` and `changed_at`.
    init(row: Row) {
        let words: String = row["words"]
        self.init(
            words: words.split(separator: "\n").map(String.init), source: Source(action: row["action"]),
            author: row["author"], time: Timestamp.parse(row["changed_at"] as String))
    }
}

extension SynonymGroup.Source {
    /// The source of a change kept with `action` (`add` or `remove`) in `synonym_change`.
    init(action: String) {
        self = action == "remove" ? .removed : .added
    }

    /// The `action` column of `synonym_change` that keeps a change of this source.
    var action: String { self == .removed ? "remove" : "add" }
}
