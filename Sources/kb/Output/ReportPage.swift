import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb report`: one page a person can forward or print — the selection's entries in full,
/// grouped by kind, and the comparison for the same selection (the sections of
/// `kb compare --format html`), as self-contained HTML (inline CSS with a print style sheet, no
/// external files) or as Markdown. Every stored text is escaped.
struct ReportPage {
    /// The selection in words (`Deventer · onderwerp Vertrouwen`).
    var selection: String
    /// When the report was made.
    var made: Date
    /// The selected entries.
    var entries: [Entry]
    /// The comparison of the same selection.
    var comparison: ComparisonReport
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog

    /// The kinds in the order the report shows them.
    static let kinds: [EntryKind] = [.obstacle, .example, .tip]

    /// The entries of `kind`, in the order they were given.
    func entries(of kind: EntryKind) -> [Entry] {
        entries.filter { $0.kind == kind }
    }

    /// The fields shown under an entry's title: municipality, topics, status, source, date.
    func fields(_ entry: Entry) -> [(String, String)] {
        var fields = [
            (
                catalog.text("output.field.municipality"),
                entry.municipality ?? catalog.text("output.wholeNetwork")
            )
        ]
        if !entry.topics.isEmpty {
            fields.append((catalog.text("output.field.topics"), entry.topics.joined(separator: ", ")))
        }
        if let status = entry.status {
            fields.append((catalog.text("reportPage.status"), catalog.text("output.status.\(status.rawValue)")))
        }
        if let source = entry.source { fields.append((catalog.text("output.field.source"), source)) }
        if let date = entry.date { fields.append((catalog.text("output.field.date"), HumanTime.text(date))) }
        return fields
    }

    // MARK: HTML

    /// The page as one self-contained HTML document.
    func html() -> String {
        let escape = ComparisonHTML.escape
        let title = catalog.text("reportPage.title")
        var body: [String] = []
        body.append("<header><p class=\"kicker\">Kennisbank</p><h1>\(escape(title))</h1>")
        body.append("<p class=\"selection\">\(escape(selection))</p>")
        body.append(
            "<p class=\"made\">\(escape(catalog.text("reportPage.made", ["date": HumanTime.text(made)])))</p></header>")
        body.append("<nav><ul>")
        for kind in Self.kinds {
            let count = entries(of: kind).count
            body.append(
                "<li><a href=\"#\(kind.rawValue)\">\(escape(catalog.text("reportPage.group.\(kind.rawValue)")))</a> <span class=\"muted\">\(count)</span></li>"
            )
        }
        body.append("<li><a href=\"#matrix\">\(escape(catalog.text("reportPage.comparison")))</a></li></ul></nav>")
        if entries.isEmpty {
            body.append("<p class=\"empty\">\(escape(catalog.text("reportPage.noEntries")))</p>")
        }
        for kind in Self.kinds {
            let group = entries(of: kind)
            body.append(
                "<section id=\"\(kind.rawValue)\" class=\"entries\"><h2>\(escape(catalog.text("reportPage.group.\(kind.rawValue)")))</h2>"
            )
            if group.isEmpty {
                body.append("<p class=\"empty\">\(escape(catalog.text("reportPage.none")))</p>")
            }
            for entry in group {
                body.append(
                    "<article class=\"entry \(entry.status?.rawValue ?? "")\"><h3><span class=\"ref\">#\(entry.id)</span> \(escape(entry.title))</h3>"
                )
                body.append(
                    "<dl class=\"fields\">"
                        + fields(entry).map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>")
                for paragraph in EntryPrinter.paragraphs(entry.body) {
                    body.append("<p>\(escape(paragraph))</p>")
                }
                body.append("</article>")
            }
            body.append("</section>")
        }
        body.append("<div class=\"comparison\">")
        body += ComparisonHTML(report: comparison, catalog: catalog).sections()
        body.append("</div>")
        body.append("<footer>\(escape(catalog.text("reportPage.footer")))</footer>")
        return """
            <!DOCTYPE html>
            <html lang="\(catalog.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(title)) · \(escape(selection))</title>
            <style>\(ComparisonHTML.css)\(Self.css)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The report's own rules, after the comparison's style sheet.
    static let css = """
        .made { margin: .2rem 0 0; color: #7b8794; font-size: .9rem; }
        nav ul { list-style: none; padding: 0; margin: 1.2rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; }
        nav a { color: #1c4e80; }
        article.entry { border: 1px solid #e4e7eb; border-left: 4px solid #1c4e80; border-radius: 6px; padding: .3rem 1rem .6rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        #obstacle article.entry { border-left-color: #e67a2e; }
        #obstacle article.entry.resolved { border-left-color: #0b6e4f; }
        #obstacle article.entry.addressed { border-left-color: #d9a400; }
        #tip article.entry { border-left-color: #0b6e4f; }
        article.entry h3 { margin: .5rem 0 .3rem; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; margin: 0 0 .5rem; }
        dl.fields dt { margin: 0; color: #52606d; font-weight: 600; }
        dl.fields dt::first-letter { text-transform: uppercase; }
        dl.fields dd { margin: 0; }
        article.entry p { margin: .45rem 0; max-width: 48rem; }
        .comparison { margin-top: 2.5rem; }
        @media print {
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          section.entries { break-before: auto; }
          .comparison { break-before: page; }
        }

        """

    // MARK: Markdown

    /// The page as Markdown: headings per kind, the entries with their fields and body, and the
    /// comparison's matrix as a table. Every stored text escaped.
    func markdown() -> String {
        let escape = { (text: String) in MarkdownText.escaped(text) }
        var lines = ["# " + escape(catalog.text("reportPage.title")), ""]
        lines.append(escape(selection))
        lines.append("")
        lines.append(escape(catalog.text("reportPage.made", ["date": HumanTime.text(made)])))
        for kind in Self.kinds {
            lines += ["", "## " + escape(catalog.text("reportPage.group.\(kind.rawValue)"))]
            let group = entries(of: kind)
            if group.isEmpty { lines += ["", escape(catalog.text("reportPage.none"))] }
            for entry in group {
                lines += ["", "### #\(entry.id) " + escape(entry.title), ""]
                for (label, value) in fields(entry) { lines.append("- **\(escape(label))**: \(escape(value))") }
                for paragraph in EntryPrinter.paragraphs(entry.body) {
                    lines += ["", MarkdownText.escaped(paragraph, atLineStart: true)]
                }
            }
        }
        lines += ["", "## " + escape(catalog.text("reportPage.comparison")), ""]
        lines.append(escape(catalog.text("reportPage.matrixLegend")))
        let matrix = comparison.comparison
        lines.append("")
        lines.append(
            "| "
                + ([catalog.text("compare.html.topic")] + matrix.municipalities.map(\.name)).map(escape).joined(
                    separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: matrix.municipalities.count + 1))
        for row in matrix.rows {
            let cells = [ComparisonWording.label(row, catalog)] + row.cells.map(ComparisonReport.cellText)
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        if let help = comparison.help, comparison.shows(.help) {
            lines += [
                "", "### " + escape(catalog.text("compare.html.help.title", ["municipality": help.municipality])), "",
            ]
            if help.bestVisits.isEmpty { lines.append(escape(catalog.text("compare.html.help.nobodyYet"))) }
            for (index, visit) in help.bestVisits.enumerated() {
                lines.append(
                    "\(index + 1). **\(escape(visit.name))** — "
                        + escape(catalog.text("compare.html.help.helpsWith", count: visit.obstacles))
                        + " (\(escape(ComparisonWording.countsText(visit.counts, catalog))))")
            }
        }
        lines += ["", escape(catalog.text("reportPage.footer"))]
        return lines.joined(separator: "\n") + "\n"
    }
}
