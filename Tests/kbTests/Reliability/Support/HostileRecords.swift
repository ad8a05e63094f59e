import Foundation

/// A JSON Lines file for `kb import` whose every text field holds what broke the CSV writers
/// (issue 10, items 2 and 5): CSV, Markdown and YAML syntax characters followed by combining marks,
/// formula starts (`=`, `+`, `-`, `@`, tab) with and without apostrophes before them, real
/// leading apostrophes (`'s-Hertogenbosch`), BOM, ZWSP, right-to-left marks, tabs and line breaks
/// in bodies — within what `kb` accepts, so that the whole file imports.
struct HostileRecords {
    static let syntax = ["\"", ",", ";", "'", "=", "+", "-", "@", "#", "|", "*", "_", "`", "<", ">", "[", "]", "\\", ":", "&", "!", "~", "---"]
    static let combining = ["\u{301}", "\u{308}", "\u{20DD}", "\u{FE0F}", "\u{200D}", "\u{0345}"]
    static let invisible = ["\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200E}", "\u{200F}", "\u{202E}", "\u{2066}", "\u{00A0}"]
    static let formulaStarts = [
        "=1+1", "=HYPERLINK(\"http://x\",\"klik\")", "=cmd|' /C calc'!A0", "+31 6 1234 5678", "-2 graden", "@SUM(A1:A9)",
        "'=al ontsnapt", "''+twee keer", "'s-Hertogenbosch", "'t Zandt", "'", "=\u{301}", "-\u{308}x",
    ]
    static let words = ["buurthuis", "vrijwilligers", "financiële", "risico's", "co-creatie", "Súdwest-Fryslân", "één", "🏠", "עברית"]

    /// The file's text.
    let text: String
    /// The names of the municipalities it adds.
    let municipalities: [String]

    init(entries: Int, tag: Int, random: inout SeededRandom) {
        func pick(_ items: [String]) -> String { items.randomElement(using: &random)! }
        func line(_ pieces: Int = 8) -> String {
            var text = Bool.random(using: &random) ? pick(Self.formulaStarts) : ""
            for _ in 0...Int.random(in: 0..<pieces, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0, 1, 2: text += pick(Self.syntax) + pick(Self.combining)
                case 3: text += pick(Self.formulaStarts)
                case 4: text += pick(Self.invisible)
                case 5, 6: text += pick(Self.syntax)
                default: text += pick(Self.words)
                }
                if Int.random(in: 0..<3, using: &random) == 0 { text += " " }
            }
            return text
        }
        func object(_ fields: [String: Any]) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        var lines: [String] = []
        var names: [String] = []
        for index in 0..<3 {
            let name = String((line(3) + " Stad \(tag) \(index)").suffix(90))
            names.append(name)
            lines.append(object(["kind": "municipality", "name": name, "province": "Utrecht"]))
        }
        for index in 0..<entries {
            let kind = ["tip", "example", "obstacle"][index % 3]
            var record: [String: Any] = [
                "kind": kind, "title": String(line().prefix(300)) + " \(index)",
                "body": (0...Int.random(in: 0..<4, using: &random)).map { _ in (Bool.random(using: &random) ? "\t" : "") + line() }
                    .joined(separator: pick(["\n", "\r\n", "\n\n", "\n\t"])),
                "topics": (0..<Int.random(in: 0..<4, using: &random)).map { _ in String((line(3) + " thema").suffix(90)) },
            ]
            if kind != "tip" || Bool.random(using: &random) { record["municipality"] = names[(index / 3) % names.count] }
            if Bool.random(using: &random) { record["source"] = String(line().prefix(300)) }
            lines.append(object(record))
        }
        text = lines.joined(separator: "\n") + "\n"
        municipalities = names
    }
}
