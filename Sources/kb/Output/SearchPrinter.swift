import Foundation
import Kennisbank
import KennisbankFrontEnd

/// Prints search results as a readable list, JSON, CSV or Markdown.
enum SearchPrinter {
    static func print(_ results: SearchResults, format: SearchOutputFormat) throws {
        if results.isRelaxed {
            Terminal.note(
                "No entry holds all of \(results.searchedTerms.joined(separator: ", ")); these hold most of them.")
        }
        switch format {
        case .json:
            try Terminal.printJSON(results)
        case .table:
            if results.hits.isEmpty {
                Terminal.note("No hits. Try fewer or other words, or see `kb analyze TEXT` for how a text is searched.")
                return
            }
            let bold = Terminal.isInteractiveOutput
            let (start, end) = bold ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**")
            // Every stored text is made printable before the bold markers go in.
            func printable(_ text: String) -> String { PrintableText.escaped(TextTable.oneLine(text)) }
            var lines: [String] = []
            for hit in results.hits {
                let entry = hit.entry
                let place = printable(entry.municipality ?? "netwerk")
                let status = entry.status.map { " (\(Interface.catalog.name(of: $0)))" } ?? ""
                let topics = entry.topics.isEmpty ? "" : " · " + printable(entry.topics.joined(separator: ", "))
                lines.append("#\(entry.id)  \(start)\(printable(entry.title))\(end)")
                lines.append("    \(Interface.catalog.name(of: entry.kind))\(status) · \(place)\(topics)")
                let snippet = printable(hit.snippet)
                    .replacingOccurrences(of: SearchHit.highlightStart, with: start).replacingOccurrences(
                        of: SearchHit.highlightEnd, with: end)
                if !snippet.isEmpty { lines.append("    " + snippet) }
                lines.append("")
            }
            Terminal.write(lines.dropLast().joined(separator: "\n") + "\n")
        case .csv:
            let csv = CSVWriter(lineBreak: .lf)
            var text = csv.record([
                "id", "uuid", "kind", "title", "municipality", "topics", "status", "date", "score", "snippet",
            ])
            for hit in results.hits {
                let entry = hit.entry
                text += csv.record([
                    entry.id.description, entry.uuid.uuidString.lowercased(), entry.kind.rawValue, entry.title,
                    entry.municipality ?? "", entry.topics.joined(separator: "; "), entry.status?.rawValue ?? "",
                    entry.date?.description ?? "", String(format: "%.3f", hit.score),
                    hit.snippet(markingWith: "**", "**"),
                ])
            }
            Terminal.write(text)
        case .markdown:
            var lines: [String] = []
            for (index, hit) in results.hits.enumerated() {
                let entry = hit.entry
                let place = entry.municipality.map { MarkdownText.escaped($0) } ?? "netwerk"
                lines.append(
                    "\(index + 1). **\(MarkdownText.escaped(entry.title))** — \(Interface.catalog.name(of: entry.kind)), \(place) (#\(entry.id))"
                )
                let snippet = MarkdownText.escaped(hit.snippet(markingWith: "\u{E000}", "\u{E001}"), atLineStart: true)
                    .replacingOccurrences(of: "\u{E000}", with: "**", options: .literal)
                    .replacingOccurrences(of: "\u{E001}", with: "**", options: .literal)
                if !snippet.isEmpty { lines.append("   " + snippet) }
            }
            if !lines.isEmpty { Terminal.write(lines.joined(separator: "\n") + "\n") }
        }
    }
}
