/// One entry found by a search, with why it was found.
public struct SearchHit: Sendable, Hashable, Encodable {
    /// The entry.
    public var entry: Entry
    /// A fragment of the entry with the matched words between ``SearchHit/highlightStart`` and
    /// ``SearchHit/highlightEnd``.
    public var snippet: String
    /// Relevance: higher is better (BM25, title weighted above body); 0 for a listing without a query.
    public var score: Double

    /// Marks the start of a matched word in ``snippet`` (a private-use character, replaced by the caller).
    public static let highlightStart = "\u{E000}"
    /// Marks the end of a matched word in ``snippet``.
    public static let highlightEnd = "\u{E001}"

    /// Creates a hit.
    public init(entry: Entry, snippet: String, score: Double) {
        self.entry = entry
        self.snippet = snippet
        self.score = score
    }

    /// The snippet with the highlight markers replaced by `start` and `end`.
    public func snippet(markingWith start: String, _ end: String) -> String {
        snippet.replacingOccurrences(of: Self.highlightStart, with: start).replacingOccurrences(of: Self.highlightEnd, with: end)
    }

    /// Encodes the entry's fields plus `snippet` (matches marked with `**`) and `score`.
    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        enum Keys: String, CodingKey { case snippet, score }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(snippet(markingWith: "**", "**"), forKey: .snippet)
        try container.encode((score * 1000).rounded() / 1000, forKey: .score)
    }
}
