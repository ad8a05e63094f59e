/// A word that is not in the search index, and the nearest word that is: what a search would
/// correct it to (see ``KnowledgeBase/spellingCorrections(in:)``).
public struct SpellingCorrection: Sendable, Hashable, Codable {
    /// The word as typed (`finacieel`).
    public var typed: String
    /// The word searched instead, as the texts write it (`financieel`, `financiële`).
    public var corrected: String

    /// Creates a correction.
    public init(typed: String, corrected: String) {
        self.typed = typed
        self.corrected = corrected
    }
}
