/// Generated search text as raw bytes: FTS5 and query syntax soup, quotes of every kind,
/// brackets, SQL, Dutch words, control characters, invalid UTF-8 (overlong forms, lone
/// continuation bytes, surrogates, cut-off sequences) and long runs. With NUL bytes for the
/// library in-process; without them for `kb`'s arguments (an argument of `exec` is a C string).
public struct HostileQuery {
    /// The pieces a query is made of (one of them NUL, left out unless NUL is allowed).
    public static let pieces: [String] = [
        "buurthuis", "buurthuizen", "vrijwilligers", "financiële", "financie\u{308}le", "risico's", "'s-Hertogenbosch",
        "’s-Hertogenbosch", "co-creatie", "wat", "werkt?", "gemeente", "Súdwest-Fryslân", "OF", "OR", "AND", "NOT",
        "NIET",
        "NEAR", "NEAR(", "AND NOT", "-", "--", "*", "**", "^", ":", "title:", "body:", "entry_fts:", "{title body}:",
        "\"", "“",
        "”", "„", "'", "`", "(", ")", "((", "))", "[", "]", "{", "}", "+", ",", ".", "?", "%", "&", "|", "\\", "/", ";",
        "=", "<",
        ">", "!", "@", "#", "$", "~", "'); DROP TABLE entry; --", "' OR 1=1 --", "x' OR '1'='1", "rank", "bm25",
        "MATCH",
        "rowid", "a*", "-a", "-\"a b\"", "\"a b\"*", "NEAR(a b, 2)", "a OR", "OR a", "NIET NIET", "0", "-1",
        "9999999999999999999999", "1e308", "\u{0}", "\u{1}", "\u{7}", "\u{1B}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\n",
        "\t", "\r",
        "\r\n", "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{202E}", "\u{FFFD}", "\u{FFFF}", "\u{E000}", "🏠", "👩‍👩‍👧",
        "e\u{301}",
        "\u{345}", "ﬁ", "ß", "İ", "ĳ", "Ⅻ", "𝔟𝔲𝔲𝔯𝔱", "日本語", "עברית", "العربية", " ", "  ", "",
        // Syntax characters followed by combining marks, and spreadsheet formula starts (issue 10, items 2 and 5).
        "\"\u{301}", ",\u{301}", "'\u{308}", "*\u{20DD}", "(\u{301}", "-\u{308}x", "\"\u{301},=1+1,\"\u{301}", "=1+1",
        "=HYPERLINK(\"x\")",
        "+31", "@SUM(A1)", "'=al", "''+twee", "\t=x", "\r-x",
    ]

    /// Byte sequences that are not UTF-8.
    public static let brokenUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xBF, 0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x8F],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3],
        [0xE0, 0x80, 0xAF],
    ]

    /// The sequence the queries are drawn from.
    public var random: SeededRandom
    /// The pieces this generator uses: ``pieces``, without NUL unless it is allowed.
    private let usable: [String]
    /// The lowest byte of a run of random bytes: 0, or 1 when NUL is not allowed.
    private let lowestByte: Int

    /// Queries drawn from `random`, with NUL bytes only if `allowsNUL`.
    public init(random: SeededRandom, allowsNUL: Bool) {
        self.random = random
        usable = allowsNUL ? Self.pieces : Self.pieces.filter { !$0.unicodeScalars.contains("\u{0}") }
        lowestByte = allowsNUL ? 0 : 1
    }

    /// One generated query, cut at `maxLength` bytes (most are short; some are long runs).
    public mutating func bytes(maxLength: Int = .max) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<random.within(1...14) {
            switch random.below(20) {
            case 0..<11: bytes += Array(random.pick(usable).utf8)
            case 11..<14: bytes += random.pick(Self.brokenUTF8)
            case 14..<16: bytes += (0..<random.within(1...6)).map { _ in UInt8(random.within(lowestByte...255)) }
            case 16:
                bytes += Array(repeating: Array(random.pick(usable).utf8), count: random.within(2...400)).flatMap { $0 }
            case 17:
                bytes += Array(
                    repeating: UInt8(ascii: random.pick(["\"", "(", "*", "-", "'"] as [Unicode.Scalar])),
                    count: random.within(2...2_000))
            default: break
            }
            if random.chance(0.5) { bytes.append(UInt8(ascii: " ")) }
        }
        return Array(bytes.prefix(maxLength))
    }

    /// One generated query decoded as UTF-8 the way the command line decodes an argument
    /// (invalid bytes become U+FFFD).
    public mutating func text(maxLength: Int = .max) -> String {
        String(decoding: bytes(maxLength: maxLength), as: UTF8.self)
    }

    /// One of the pieces (for the text of generated entries).
    public mutating func piece() -> String { random.pick(usable) }
}
