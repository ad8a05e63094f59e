import Foundation

/// One entry found by a search, with why it was found.
public struct SearchHit: Sendable, Hashable, Codable {
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
        snippet.replacingOccurrences(of: Self.highlightStart, with: start, options: .literal)
            .replacingOccurrences(of: Self.highlightEnd, with: end, options: .literal)
    }

    private enum Keys: String, CodingKey { case snippet, score }

    /// Encodes the entry's fields plus `snippet` (matches marked with `**`) and `score`.
    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(snippet(markingWith: "**", "**"), forKey: .snippet)
        try container.encode((score * 1000).rounded() / 1000, forKey: .score)
    }

    /// Decodes what ``encode(to:)`` writes (the snippet keeps its `**` marks).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        self.init(
            entry: try Entry(from: decoder), snippet: try container.decode(String.self, forKey: .snippet),
            score: try container.decode(Double.self, forKey: .score))
    }
}
