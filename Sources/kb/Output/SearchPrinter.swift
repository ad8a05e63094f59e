import Foundation
import Kennisbank
import KennisbankFrontEnd

/// Prints search results as a readable list, JSON, CSV or Markdown.
///
/// On a terminal, titles are bold and hits marked in colour (not with `NO_COLOR` or `TERM=dumb`),
/// and a title longer than the width is shortened at a word; into a file or a pipe the text is
/// whole and unmarked. Markdown marks hits with `**`, CSV too (in its snippet column).
struct SearchPrinter {
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog
    /// How standard output is laid out.
    var style: OutputStyle = .current

    /// Prints `results` in `format`.
    func print(_ results: SearchResults, format: SearchOutputFormat) throws {
        if let suggestion = results.suggestion {  // issue 15: spelling
            Terminal.note(
                results.isCorrected
                    ? catalog.text("output.spelling.corrected", ["query": results.query, "suggestion": suggestion])
                    : catalog.text("output.spelling.didYouMean", ["suggestion": suggestion]))
        }
        if results.isRelaxed {
            Terminal.note(
                catalog.text("output.search.relaxed", ["terms": results.searchedWords.joined(separator: ", ")]))
        }
        switch format {
        case .json:
            try Terminal.printJSON(results)
        case .table:
            if results.hits.isEmpty {
                Terminal.note(catalog.text("output.search.none"))
                return
            }
            Terminal.write(table(results))
            if let note = expansionNote(results) { Terminal.note(note) }  // issue 15: SearchPrinter+Expansions.swift
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
                let place = MarkdownText.escaped(entry.municipality ?? catalog.text("output.networkShort"))
                lines.append(
                    "\(index + 1). **\(MarkdownText.escaped(entry.title))** — \(MarkdownText.escaped(kindLabel(entry))), \(place) (#\(entry.id))"
                )
                let snippet = MarkdownText.escaped(hit.snippet(markingWith: "\u{E000}", "\u{E001}"), atLineStart: true)
                    .replacingOccurrences(of: "\u{E000}", with: "**", options: .literal)
                    .replacingOccurrences(of: "\u{E001}", with: "**", options: .literal)
                if !snippet.isEmpty { lines.append("   " + snippet) }
            }
            if !lines.isEmpty { Terminal.write(lines.joined(separator: "\n") + "\n") }
        }
    }

    /// The hits as text for people: the title (bold on a terminal), kind, place and topics, and the
    /// snippet with its hits marked on a terminal.
    func table(_ results: SearchResults) -> String {
        let (start, end) = style.hitMarks
        let (titleStart, titleEnd) = style.titleMarks
        // Every stored text is made printable before the marks go in.
        func printable(_ text: String) -> String { PrintableText.escaped(TextTable.oneLine(text)) }
        var lines: [String] = []
        for hit in results.hits {
            let entry = hit.entry
            let place = printable(entry.municipality ?? catalog.text("output.networkShort"))
            let topics = entry.topics.isEmpty ? "" : " · " + printable(entry.topics.joined(separator: ", "))
            let reference = "#\(entry.id)  "
            let title = style.fitted(printable(entry.title), reserving: reference.count)
            lines.append(reference + titleStart + title + titleEnd)
            lines.append("    \(printable(kindLabel(entry))) · \(place)\(topics)")
            let snippet = printable(hit.snippet)
                .replacingOccurrences(of: SearchHit.highlightStart, with: start)
                .replacingOccurrences(of: SearchHit.highlightEnd, with: end)
            if !snippet.isEmpty { lines.append("    " + snippet) }
            lines.append("")
        }
        return lines.dropLast().joined(separator: "\n") + "\n"
    }

    /// An entry's kind (with an obstacle's status) in words.
    func kindLabel(_ entry: Entry) -> String {
        EntryPrinter(catalog: catalog, style: style).kindLabel(entry)
    }
}
