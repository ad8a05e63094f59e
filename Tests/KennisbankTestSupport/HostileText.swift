/// Generated text that has broken CSV, Markdown and spreadsheet output before: the syntax
/// characters of those formats followed by combining marks (one `Character` with them in Swift,
/// still two scalars for every reader), formula prefixes (`=`, `+`, `-`, `@`, tab, CR) with and
/// without apostrophes before them, invisible and direction-changing characters (BOM, ZWSP,
/// RTL marks), and Dutch text with real apostrophes (`'s-Hertogenbosch`). All of it is text a
/// knowledge base accepts in every field.
public struct HostileText {
    /// Characters that mean something in CSV, Markdown, YAML or a spreadsheet.
    public static let syntax = [
        "\"", ",", ";", "'", "=", "+", "-", "@", "#", "|", "*", "_", "`", "<", ">", "[", "]", "\\", ":", "&", "!", "~",
        "---",
    ]
    /// Marks that combine with the character before them, and joiners.
    public static let combining = ["\u{301}", "\u{308}", "\u{20DD}", "\u{FE0F}", "\u{200D}", "\u{0345}", "\u{1F3FD}"]
    /// Characters a person cannot see, or that turn the text around.
    public static let invisible = [
        "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200E}", "\u{200F}", "\u{202E}", "\u{2066}", "\u{061C}", "\u{00A0}",
    ]
    /// Beginnings a spreadsheet runs as a formula, and look-alikes that it does not.
    public static let formulaStarts = [
        "=1+1", "=HYPERLINK(\"http://x\",\"klik\")", "=cmd|' /C calc'!A0", "+31 6 1234 5678", "-2 graden",
        "@SUM(A1:A9)",
        "'=al ontsnapt", "''+twee keer", "'''-drie", "'s-Hertogenbosch", "'t Zandt", "'", "''", "=\u{301}", "-\u{308}x",
    ]
    /// Ordinary Dutch words.
    public static let words = [
        "buurthuis", "vrijwilligers", "financiële", "risico's", "co-creatie", "Súdwest-Fryslân", "één", "naïef", "🏠",
        "👩‍👩‍👧", "日本語", "עברית",
    ]

    /// The sequence the text is drawn from.
    public var random: SeededRandom

    /// Text from a sequence of its own.
    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Text that continues `random` (read ``random`` back to continue it after).
    public init(random: SeededRandom) {
        self.random = random
    }

    /// A piece: a syntax character with a combining mark after it, a formula start, an invisible
    /// character, a word, or a syntax character alone.
    public mutating func piece() -> String {
        switch random.below(10) {
        case 0, 1, 2: return random.pick(Self.syntax) + random.pick(Self.combining)
        case 3: return random.pick(Self.formulaStarts)
        case 4: return random.pick(Self.invisible)
        case 5, 6: return random.pick(Self.syntax)
        default: return random.pick(Self.words)
        }
    }

    /// One line of text: often a formula start or a syntax character with a combining mark first.
    public mutating func line(maxPieces: Int = 8) -> String {
        var text = random.below(3) == 0 ? random.pick(Self.formulaStarts) : ""
        for _ in 0...random.below(maxPieces) {
            text += piece()
            if random.below(3) == 0 { text += " " }
        }
        return text
    }

    /// Several lines, with tabs and CR/LF line breaks between and inside them (a body).
    public mutating func lines() -> String {
        (0...random.below(4)).map { _ in
            (random.below(4) == 0 ? "\t" : "") + line()
        }.joined(separator: random.pick(["\n", "\r\n", "\n\n", "\r", "\n\t"]))
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { random.below(bound) }
}
