import Foundation

/// An entry's Markdown body as HTML that is safe by construction: no HTML a person wrote ever
/// reaches the page as markup, and a link is a link only to `http`, `https` or `mailto`.
///
/// Why not Ink (the Markdown package at hand): Ink 0.6.0 copies raw HTML (`<script>`) through,
/// puts a link's or image's URL into `href`/`src` unescaped (so `"` ends the attribute) and
/// keeps any scheme (`javascript:`); a sanitiser on its output would have to parse HTML again.
/// This renderer instead reads the common subset people write in a note — paragraphs,
/// headings, lists, quotes, fenced code, rules, emphasis, code, links — into blocks and inline
/// parts, and writes every piece of text through ``escape(_:)``: raw HTML shows as text.
///
/// Headings move one level down (`#` is `<h2>`): the page's `<h1>` is the entry's title.
enum MarkdownHTML {
    /// The HTML of `markdown`.
    static func render(_ markdown: String) -> String {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return blocks(lines).joined(separator: "\n")
    }

    /// Text escaped for an element's content or a double-quoted attribute.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` as a link target when it is an absolute `http`/`https` URL with a host, or a
    /// `mailto:` address; nil for every other scheme (`javascript:`, `data:`, `file:`), a relative
    /// reference, or anything with spaces or control characters in it.
    static func safeURL(_ text: String) -> String? {
        guard !text.isEmpty,
            !text.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
            }),
            let components = URLComponents(string: text), let scheme = components.scheme?.lowercased()
        else { return nil }
        switch scheme {
        case "http", "https":
            guard let host = components.host, !host.isEmpty else { return nil }
            return text
        case "mailto":
            return components.path.isEmpty ? nil : text
        default:
            return nil
        }
    }

    // MARK: Blocks

    private static func blocks(_ lines: [String]) -> [String] {
        var html: [String] = []
        var index = 0
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { html.append("<p>" + inlineLines(paragraph) + "</p>") }
            paragraph = []
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                index += 1
            } else if let fence = fence(trimmed) {
                flush()
                var code: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                html.append("<pre><code>" + escape(code.joined(separator: "\n")) + "</code></pre>")
            } else if let heading = heading(trimmed) {
                flush()
                html.append("<h\(heading.level)>" + inline(heading.text) + "</h\(heading.level)>")
                index += 1
            } else if isRule(trimmed) {
                flush()
                html.append("<hr>")
                index += 1
            } else if trimmed.hasPrefix(">") {
                flush()
                var quoted: [String] = []
                while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                    var rest = lines[index].trimmingCharacters(in: .whitespaces).dropFirst()
                    if rest.first == " " { rest = rest.dropFirst() }
                    quoted.append(String(rest))
                    index += 1
                }
                html.append("<blockquote>" + blocks(quoted).joined(separator: "\n") + "</blockquote>")
            } else if let first = listItem(trimmed) {
                flush()
                var items = [[first.text]]
                index += 1
                while index < lines.count {
                    let next = lines[index]
                    let nextTrimmed = next.trimmingCharacters(in: .whitespaces)
                    if nextTrimmed.isEmpty { break }
                    if let item = listItem(nextTrimmed), item.ordered == first.ordered {
                        items.append([item.text])
                    } else if next.first == " " || next.first == "\t" {
                        items[items.count - 1].append(nextTrimmed)
                    } else {
                        break
                    }
                    index += 1
                }
                let tag = first.ordered ? "ol" : "ul"
                html.append(
                    "<\(tag)>" + items.map { "<li>" + inlineLines($0) + "</li>" }.joined() + "</\(tag)>")
            } else {
                paragraph.append(line)
                index += 1
            }
        }
        flush()
        return html
    }

    /// The closing fence of a line that opens a fenced code block (```` ``` ```` or `~~~`).
    private static func fence(_ line: String) -> String? {
        for marker in ["```", "~~~"] where line.hasPrefix(marker) { return marker }
        return nil
    }

    /// An ATX heading's HTML level (one lower than its `#`s) and text.
    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return (min(6, hashes + 1), text.trimmingCharacters(in: .whitespaces))
    }

    /// `---`, `***` or `___` (three or more, spaces between allowed).
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard let mark = marks.first, "-*_".contains(mark), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// A list item's text and whether its list is numbered: `- `, `* `, `+ `, `1. `, `1) `.
    private static func listItem(_ line: String) -> (text: String, ordered: Bool)? {
        if let mark = line.first, "-*+".contains(mark), line.dropFirst().first == " " {
            return (String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces), false)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces), true)
    }

    /// Lines of one paragraph: a line ending in two spaces or a backslash breaks the line.
    private static func inlineLines(_ lines: [String]) -> String {
        var html = ""
        for (number, line) in lines.enumerated() {
            let last = number == lines.count - 1
            var text = line.trimmingCharacters(in: .whitespaces)
            var hardBreak = false
            if !last, line.hasSuffix("  ") {
                hardBreak = true
            } else if !last, text.hasSuffix("\\") {
                text.removeLast()
                hardBreak = true
            }
            html += inline(text)
            if !last { html += hardBreak ? "<br>\n" : "\n" }
        }
        return html
    }

    // MARK: Inline

    /// The HTML of one stretch of inline Markdown.
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var html = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\"
            where index + 1 < characters.count && characters[index + 1].isASCII
                && characters[index + 1].isPunctuationOrSymbol:
                html += escape(String(characters[index + 1]))
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = find(Array(repeating: "`", count: run), in: characters, from: index + run) {
                    let code = String(characters[(index + run)..<close]).trimmingCharacters(in: .whitespaces)
                    html += "<code>" + escape(code) + "</code>"
                    index = close + run
                } else {
                    html += escape(String(characters[index..<(index + run)]))
                    index += run
                }
            case "[", "!":
                let start = character == "!" ? index + 1 : index
                if start < characters.count, characters[start] == "[", let link = link(characters, at: start) {
                    html += link.html
                    index = link.end
                } else {
                    html += escape(String(character))
                    index += 1
                }
            case "<":
                if let close = characters[(index + 1)...].firstIndex(of: ">"),
                    let url = safeURL(String(characters[(index + 1)..<close]))
                {
                    html += anchor(url, text: escape(url))
                    index = close + 1
                } else {
                    html += "&lt;"
                    index += 1
                }
            case "*", "_":
                if let emphasis = emphasis(characters, at: index) {
                    html += emphasis.html
                    index = emphasis.end
                } else {
                    html += escape(String(character))
                    index += 1
                }
            default:
                html += escape(String(character))
                index += 1
            }
        }
        return html
    }

    private static func anchor(_ url: String, text: String) -> String {
        "<a href=\"" + escape(url) + "\" rel=\"nofollow noopener\">" + text + "</a>"
    }

    /// The first index at or after `start` where `needle` occurs in `characters`.
    private static func find(_ needle: [Character], in characters: [Character], from start: Int) -> Int? {
        guard !needle.isEmpty, start <= characters.count - needle.count else { return nil }
        for position in start...(characters.count - needle.count)
        where characters[position..<(position + needle.count)].elementsEqual(needle) {
            return position
        }
        return nil
    }

    /// `[text](url)` (or `![text](url)`, an image, shown as a link with its text): a link when the URL is
    /// safe, else only its text.
    private static func link(_ characters: [Character], at start: Int) -> (html: String, end: Int)? {
        var depth = 0
        var position = start
        var textEnd: Int?
        while position < characters.count {
            switch characters[position] {
            case "\\": position += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { textEnd = position }
            default: break
            }
            if textEnd != nil { break }
            position += 1
        }
        guard let textEnd, textEnd + 1 < characters.count, characters[textEnd + 1] == "(" else { return nil }
        var parentheses = 0
        position = textEnd + 1
        var destinationEnd: Int?
        while position < characters.count {
            switch characters[position] {
            case "\\": position += 1
            case "(": parentheses += 1
            case ")":
                parentheses -= 1
                if parentheses == 0 { destinationEnd = position }
            default: break
            }
            if destinationEnd != nil { break }
            position += 1
        }
        guard let destinationEnd else { return nil }
        let text = inline(String(characters[(start + 1)..<textEnd]))
        var destination = String(characters[(textEnd + 2)..<destinationEnd]).trimmingCharacters(in: .whitespaces)
        if let space = destination.firstIndex(where: { $0 == " " }) {
            destination = String(destination[..<space])
        }
        if destination.hasPrefix("<"), destination.hasSuffix(">") {
            destination = String(destination.dropFirst().dropLast())
        }
        guard let url = safeURL(destination) else { return (text, destinationEnd + 1) }
        return (anchor(url, text: text), destinationEnd + 1)
    }

    /// `**strong**`, `__strong__`, `*emphasis*` or `_emphasis_`, closed on the same stretch of text.
    private static func emphasis(_ characters: [Character], at start: Int) -> (html: String, end: Int)? {
        let mark = characters[start]
        let run = min(2, characters[start...].prefix { $0 == mark }.count)
        let open = start + run
        guard open < characters.count, !characters[open].isWhitespace else { return nil }
        if mark == "_", start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { return nil }
        let delimiter = Array(repeating: mark, count: run)
        var search = open + 1
        while let close = find(delimiter, in: characters, from: search) {
            let afterClose = close + run
            let intraword =
                mark == "_" && afterClose < characters.count
                && (characters[afterClose].isLetter || characters[afterClose].isNumber)
            if !characters[close - 1].isWhitespace, !intraword {
                let inner = inline(String(characters[open..<close]))
                let tag = run == 2 ? "strong" : "em"
                return ("<\(tag)>" + inner + "</\(tag)>", afterClose)
            }
            search = close + 1
        }
        return nil
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
