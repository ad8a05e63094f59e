import Foundation

/// Generated search text as raw bytes, the way a shell hands arguments to `kb`: FTS5 and query
/// syntax soup, quotes of every kind, brackets, SQL, Dutch words, control characters, invalid
/// UTF-8 (overlong forms, lone continuation bytes, surrogates, cut-off sequences) and long runs.
/// (No NUL: an argument of `exec` is a C string. NUL bytes are fuzzed in-process.)
struct QueryBytes {
    private var random: SeededRandom

    init(salt: UInt64) { random = SeededRandom(salt: salt) }

    static let pieces: [String] = [
        "buurthuis", "buurthuizen", "vrijwilligers", "financiële", "risico's", "'s-Hertogenbosch", "co-creatie", "wat", "werkt?",
        "gemeente", "Súdwest-Fryslân", "OF", "OR", "AND", "NOT", "NIET", "NEAR", "NEAR(", "AND NOT", "-", "--", "*", "**", "^", ":",
        "title:", "body:", "entry_fts:", "{title body}:", "\"", "“", "”", "„", "'", "`", "(", ")", "((", "))", "[", "]", "{", "}", "+",
        ",", ".", "?", "%", "&", "|", "\\", "/", ";", "=", "<", ">", "!", "@", "#", "$", "~", "'); DROP TABLE entry; --", "x' OR '1'='1",
        "rank", "bm25", "MATCH", "rowid", "a*", "-a", "-\"a b\"", "\"a b\"*", "NEAR(a b, 2)", "a OR", "OR a", "NIET NIET", "0", "-1",
        "9999999999999999999999", "1e308", "🏠", "👩‍👩‍👧", "\u{200B}", "\u{FEFF}", "\u{202E}", "e\u{301}", "\u{0345}", "ﬁ", "ß", "İ",
        "Ⅻ", "𝔟𝔲𝔲𝔯𝔱", "日本語", "עברית", "العربية", "\t", "\n", "\r\n", "\u{1}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{FFFF}",
        // Syntax characters followed by combining marks, and spreadsheet formula starts (issue 10, items 2 and 5).
        "\"\u{301}", ",\u{301}", "'\u{308}", "*\u{20DD}", "(\u{301}", "-\u{308}x", "\"\u{301},=1+1,\"\u{301}", "=1+1", "=HYPERLINK(\"x\")",
        "+31", "@SUM(A1)", "'=al", "''+twee", "\t=x", "\r-x",
    ]

    static let brokenUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xBF, 0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x8F],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE0, 0x80, 0xAF],
    ]

    /// One generated argument: up to `maxLength` bytes (most are short; some are long runs).
    mutating func argument(maxLength: Int = 4_096) -> [UInt8] {
        var bytes: [UInt8] = []
        let parts = Int.random(in: 1...12, using: &random)
        for _ in 0..<parts {
            switch Int.random(in: 0..<20, using: &random) {
            case 0..<11: bytes += Array(Self.pieces.randomElement(using: &random)!.utf8)
            case 11..<14: bytes += Self.brokenUTF8.randomElement(using: &random)!
            case 14..<16: bytes += (0..<Int.random(in: 1...6, using: &random)).map { _ in UInt8.random(in: 1...255, using: &random) }
            case 16: bytes += Array(repeating: Array(Self.pieces.randomElement(using: &random)!.utf8), count: Int.random(in: 2...400, using: &random)).flatMap { $0 }
            case 17: bytes += Array(repeating: UInt8(ascii: ["\"", "(", "*", "-", "'"].randomElement(using: &random)!), count: Int.random(in: 2...2_000, using: &random))
            default: break
            }
            bytes.append(UInt8(ascii: " "))
        }
        return Array(bytes.prefix(maxLength))
    }

    /// One to four arguments, or one long text cut into arguments below the kernel's 128 KiB
    /// limit for one argument (`size` bytes in all).
    mutating func arguments(size: Int? = nil) -> [[UInt8]] {
        guard let size else {
            return (0..<Int.random(in: 1...4, using: &random)).map { _ in argument() }
        }
        var all: [UInt8] = []
        while all.count < size { all += argument(maxLength: 65_536) }
        return stride(from: 0, to: size, by: 100_000).map { Array(all[$0..<min($0 + 100_000, size)]) }
    }

    /// A random element, for choosing commands and filters.
    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }

    /// A random number in `range`.
    mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
}
