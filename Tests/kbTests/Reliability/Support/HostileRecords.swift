import Foundation
import KennisbankTestSupport

/// A JSON Lines file for `kb import` whose every text field holds what broke the CSV writers
/// (issue 10, items 2 and 5): ``HostileText`` — CSV, Markdown and YAML syntax characters
/// followed by combining marks, formula starts (`=`, `+`, `-`, `@`, tab) with and without
/// apostrophes before them, real leading apostrophes (`'s-Hertogenbosch`), BOM, ZWSP,
/// right-to-left marks, tabs and line breaks in bodies — within what `kb` accepts, so that the
/// whole file imports.
struct HostileRecords {
    /// The file's text.
    let text: String
    /// The names of the municipalities it adds, as kb stores them: without the white space at
    /// their ends.
    let municipalities: [String]

    init(entries: Int, tag: Int, random: inout SeededRandom) {
        var text = HostileText(random: random)
        defer { random = text.random }
        func object(_ fields: [String: Any]) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        var lines: [String] = []
        var names: [String] = []
        for index in 0..<3 {
            var name = String((text.line(maxPieces: 3) + " Stad \(tag) \(index)").suffix(88))
            // The names go to `--municipality=NAME`, which the argument parser splits at the `=`
            // character: a first scalar that joins the `=` into one character (a zero-width
            // non-joiner, a combining mark) would hide the option, so such a name starts with x.
            let stored = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if ("=" + stored).count != 1 + stored.count { name = "x" + name }
            // The first name always starts with white space (a no-break space), which kb trims.
            if index == 0 { name = "\u{A0} " + name }
            names.append(name)
            lines.append(object(["kind": "municipality", "name": name, "province": "Utrecht"]))
        }
        for index in 0..<entries {
            let kind = ["tip", "example", "obstacle"][index % 3]
            var record: [String: Any] = [
                "kind": kind, "title": String(text.line().prefix(300)) + " \(index)",
                "body": text.lines(),
                "topics": (0..<text.below(4)).map { _ in String((text.line(maxPieces: 3) + " thema").suffix(90)) },
            ]
            if kind != "tip" || text.below(2) == 0 { record["municipality"] = names[(index / 3) % names.count] }
            if text.below(2) == 0 { record["source"] = String(text.line().prefix(300)) }
            lines.append(object(record))
        }
        self.text = lines.joined(separator: "\n") + "\n"
        municipalities = names.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
