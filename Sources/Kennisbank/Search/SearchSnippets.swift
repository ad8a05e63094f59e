import GRDB
import KennisbankText

/// The snippets of search hits: FTS5's `snippet()` over a bounded window of each column.
///
/// `snippet()` weighs every match in a column against every other to find the best fragment, so its
/// work grows with the square of the matches: on the index, one long body of a repeated word, or an
/// entry with very many topics, makes a search that hits it take minutes. The snippets are
/// therefore made on a small FTS5 table in memory, with the index's `dutch` tokenizer and the same
/// match expression, that holds at most ``windowBytes`` of each column of the hits: a short column
/// as it is (its snippet is exactly the one `snippet()` on the index gives), a longer one cut to a
/// window around its first match, which the analyzer finds in the column's first ``scanBytes``. An
/// ellipsis marks where a window cuts a column. A hit that matches nowhere in its windows (its
/// match lies further on) gets the opening of its body.
struct SearchSnippets {
    /// The most UTF-8 bytes of a column the snippet sees (plus an ellipsis at either end).
    static let windowBytes = 4 << 10
    /// Bytes of the window before the first match.
    static let leadingBytes = 1 << 10
    /// Bytes of a long column searched for its first match.
    static let scanBytes = 256 << 10
    /// Tokens in a snippet.
    static let tokenCount = 24
    /// Marks text left out, in a snippet and at the ends of a window.
    static let ellipsis = "…"
    /// Characters of the body that stand in for a snippet without a match.
    static let openingLength = 200

    let analyzer: DutchAnalyzer
    /// The index terms of the query's positive words and phrases.
    let terms: Set<String>
    /// The folded prefixes of the query's positive prefixes.
    let prefixes: [String]

    /// The snippet maker for `query`, as `analyzer` (the index's) reads it.
    init(compiled: SearchQueryCompiler.Output, analyzer: DutchAnalyzer) {
        self.analyzer = analyzer
        self.terms = Set(compiled.positiveTerms)
        self.prefixes = compiled.positivePrefixes
    }

    /// The snippet maker for `query`, as `analyzer` (the index's) reads it.
    init(query: SearchQuery, analyzer: DutchAnalyzer) {
        self.init(compiled: query.compiled(using: analyzer), analyzer: analyzer)
    }

    /// The snippets of `entries`, in order, for the FTS5 expression `expression` (without
    /// exclusions): matched words between ``SearchHit/highlightStart`` and ``SearchHit/highlightEnd``.
    func snippets(for entries: [Entry], matching expression: String) throws -> [String] {
        guard !entries.isEmpty else { return [] }
        let found = try Self.scratch.writeWithoutTransaction { db -> [Int: String] in
            var found: [Int: String] = [:]
            // The rows live only in this transaction: rolling it back leaves the table empty.
            try db.inTransaction {
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO hit_text (rowid, title, body, topics, municipality) VALUES (?, ?, ?, ?, ?)")
                for (index, entry) in entries.enumerated() {
                    try insert.execute(
                        arguments: StatementArguments([index.databaseValue] + columns(of: entry).map(\.databaseValue)))
                }
                let rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT rowid, snippet(hit_text, -1, char(57344), char(57345), ?, ?) FROM hit_text WHERE hit_text MATCH ?
                            """), arguments: [Self.ellipsis, Self.tokenCount, expression])
                while let row = try rows.next() {
                    found[row[0]] = row[1]
                }
                return .rollback
            }
            return found
        }
        return entries.indices.map { found[$0] ?? Self.opening(of: entries[$0].body) }
    }

    /// The databases in memory that snippets are made in: one per search running at that moment
    /// (see ``SnippetScratch``).
    static let scratch = SnippetScratch()

    /// What the snippet sees of `entry`: its title, body, topics and municipality (the indexed
    /// columns), each cut to a window of at most ``windowBytes`` (plus the ellipses).
    func columns(of entry: Entry) -> [String] {
        [entry.title, entry.body, entry.topics.joined(separator: " · "), entry.municipality ?? ""].map(window(of:))
    }

    /// `text` when it fits ``windowBytes``; else the window around its first match (or its
    /// start), cut between words where one ends nearby, with an ellipsis where text is left out.
    func window(of text: String) -> String {
        guard text.utf8.count > Self.windowBytes else { return text }
        var text = text
        return text.withUTF8 { bytes in
            let match = firstMatch(in: bytes) ?? 0
            var start = max(0, min(match - Self.leadingBytes, bytes.count - Self.windowBytes))
            var end = min(bytes.count, start + Self.windowBytes)
            start = Self.boundary(in: bytes, after: start, limit: match)
            end = Self.boundary(in: bytes, before: end, limit: max(start, match))
            return (start > 0 ? Self.ellipsis : "")
                + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                + (end < bytes.count ? Self.ellipsis : "")
        }
    }

    /// The byte offset of the first token in the first ``scanBytes`` of `bytes` that holds a
    /// query term (a stopword only when no other term comes), or nil.
    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var found: Int?
        var firstStopword: Int?
        analyzer.analyze(utf8: UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, Self.scanBytes)])) { token in
            guard matches(token.term) else { return true }
            if token.isStopword {
                if firstStopword == nil { firstStopword = token.byteRange.lowerBound }
                return true
            }
            found = token.byteRange.lowerBound
            return false
        }
        return found ?? firstStopword
    }

    /// True when an index term is one the query looks for.
    func matches(_ term: String) -> Bool {
        if terms.contains(term) { return true }
        if term.hasPrefix(DutchAnalyzer.compoundPartMarker) { return terms.contains(String(term.dropFirst())) }
        return prefixes.contains { term.hasPrefix($0) || term.hasPrefix(DutchAnalyzer.surfaceFormMarker + $0) }
    }

    /// A cut at or after `offset` (and at most `limit`): after the next space or line break
    /// within 64 bytes, else the next start of a character.
    static func boundary(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int, limit: Int) -> Int {
        guard offset > 0 else { return 0 }
        let reach = min(limit, offset + 64, bytes.count)
        if let space = (offset..<reach).first(where: { bytes[$0] == 0x20 || bytes[$0] == 0x0A }) { return space + 1 }
        var index = offset
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    /// A cut at or before `offset` (and at least `limit`): at the last space or line break within
    /// 64 bytes, else the last start of a character.
    static func boundary(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int, limit: Int) -> Int {
        guard offset < bytes.count else { return bytes.count }
        let reach = max(limit, offset - 64)
        if reach < offset, let space = (reach..<offset).last(where: { bytes[$0] == 0x20 || bytes[$0] == 0x0A }) {
            return space
        }
        var index = offset
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The first ``openingLength`` characters of `body`: the snippet of a hit without one.
    static func opening(of body: String) -> String {
        String(body.prefix(openingLength))
    }
}
