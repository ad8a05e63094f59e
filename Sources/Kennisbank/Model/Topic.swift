import KennisbankText

/// A topic label with its folded identity, and how many entries carry it.
public struct Topic: Codable, Sendable, Hashable {
    /// The label as first written (`Co-creatie`).
    public var label: String
    /// The folded identity: case, diacritics and separators removed (`cocreatie`).
    public var key: String
    /// The number of entries with this topic.
    public var entryCount: Int

    /// Creates a topic value.
    public init(label: String, key: String, entryCount: Int) {
        self.label = label
        self.key = key
        self.entryCount = entryCount
    }

    /// The identity of a topic label: nil when the label folds to nothing (`--`, `!!`).
    public static func key(for label: String) -> String? {
        let key = TextFolding.lookupKey(label)
        return key.isEmpty ? nil : key
    }
}
