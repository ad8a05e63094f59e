import Foundation
import Kennisbank
import KennisbankFrontEnd

/// Prints entries as a table, a detail view, JSON, CSV or Markdown.
///
/// Text for people comes from the catalog; on a terminal a table is shortened to its width (at a
/// word, with "…"), into a file or a pipe every text is whole.
struct EntryPrinter {
    /// The catalog the words come from.
    var catalog: Catalog = Interface.catalog
    /// How standard output is laid out.
    var style: OutputStyle = .current

    /// A list of entries in `format`.
    func printList(_ entries: [Entry], format: EntryFormat) throws {
        switch format {
        case .json:
            try Terminal.printJSON(entries)
        case .csv:
            Terminal.write(Self.csv(entries))
        case .markdown:
            Terminal.write(markdownList(entries))
        case .table:
            if entries.isEmpty {
                Terminal.note(catalog.text("output.list.none"))
                return
            }
            Terminal.say(listTable(entries).render(width: style.width))
        }
    }

    /// The table of `entries` for people.
    func listTable(_ entries: [Entry]) -> TextTable {
        TextTable(
            headers: ["id", "kind", "municipality", "title", "topics"].map { catalog.text("output.list.column.\($0)") },
            rows: entries.map { entry in
                [
                    entry.id.description, kindLabel(entry), entry.municipality ?? catalog.text("output.network"),
                    entry.title, entry.topics.joined(separator: ", "),
                ]
            })
    }

    /// `entries` as CSV: a header row and one row an entry, the columns of `kb export --format csv`.
    static func csv(_ entries: [Entry]) -> String {
        let writer = CSVWriter()
        return writer.record(CSVEntryFormat.columns) + writer.records(entries.map(CSVEntryFormat.row))
    }

    /// `entries` as a Markdown table; every text escaped.
    func markdownList(_ entries: [Entry]) -> String {
        listTable(entries).markdown()
    }

    /// One entry in `format`; `addressedBy` lists who addresses an obstacle, `attachments` the
    /// files attached to it (in JSON as `attachments`, see ``EntryWithAttachments``).
    func printOne(
        _ entry: Entry, addressedBy: [Entry] = [], addresses: [Entry] = [], attachments: [Attachment] = [],
        format: EntryFormat
    ) throws {
        switch format {
        case .json:
            try Terminal.printJSON(EntryWithAttachments(entry: entry, attachments: attachments))
        case .csv:
            Terminal.write(Self.csv([entry]))
        case .markdown:
            Terminal.write(
                markdownOne(entry, addressedBy: addressedBy, addresses: addresses, attachments: attachments))
        case .table:
            Terminal.say(detail(entry, addressedBy: addressedBy, addresses: addresses, attachments: attachments))
        }
    }

    /// The fields of one entry as (label, value) pairs, in the order people read them; an
    /// attachment reads `begroting.xlsx (18,2 kB, application/vnd…)`.
    func fields(_ entry: Entry, addressedBy: [Entry], addresses: [Entry], attachments: [Attachment] = [])
        -> [(String, String)]
    {
        var fields = [(catalog.text("output.field.kind"), kindLabel(entry))]
        if let municipality = entry.municipality {
            let details = [entry.municipalityCode, entry.province?.rawValue].compactMap { $0 }.joined(separator: ", ")
            fields.append(
                (catalog.text("output.field.municipality"), municipality + (details.isEmpty ? "" : " (\(details))")))
        } else {
            fields.append((catalog.text("output.field.municipality"), catalog.text("output.wholeNetwork")))
        }
        if !entry.topics.isEmpty {
            fields.append((catalog.text("output.field.topics"), entry.topics.joined(separator: ", ")))
        }
        if let source = entry.source { fields.append((catalog.text("output.field.source"), source)) }
        if let date = entry.date { fields.append((catalog.text("output.field.date"), HumanTime.text(date))) }
        for obstacle in addresses {
            fields.append((catalog.text("output.field.addresses"), "#\(obstacle.id) \(obstacle.title)"))
        }
        for contact in entry.contacts {
            let role = contact.role.map { ", " + $0 } ?? ""
            fields.append((catalog.text("output.field.contact"), contact.qualifiedName + role))
        }
        for helper in addressedBy {
            fields.append(
                (
                    catalog.text("output.field.addressedBy"),
                    "#\(helper.id) \(helper.title) (\(helper.municipality ?? catalog.text("output.networkShort")))"
                ))
        }
        for attachment in attachments {
            fields.append(
                (
                    catalog.text("output.field.attachment"),
                    catalog.text(
                        "output.attachment",
                        [
                            "name": PrintableText.escaped(attachment.name),
                            "size": AttachmentsCommand.size(attachment.size), "type": attachment.mediaType,
                        ])
                ))
        }
        fields.append(("uuid", entry.uuid.uuidString.lowercased()))
        fields.append((catalog.text("output.field.created"), HumanTime.text(entry.createdAt)))
        fields.append((catalog.text("output.field.updated"), HumanTime.text(entry.updatedAt)))
        return fields
    }

    /// One entry for people: its id and title, aligned fields, and the body.
    func detail(_ entry: Entry, addressedBy: [Entry], addresses: [Entry], attachments: [Attachment] = []) -> String {
        let fields = fields(entry, addressedBy: addressedBy, addresses: addresses, attachments: attachments)
        let labelWidth = (fields.map { $0.0.count }.max() ?? 0) + 2
        let (start, end) = style.titleMarks
        var lines = ["#\(entry.id)  \(start)\(PrintableText.escaped(entry.title))\(end)"]
        for (label, value) in fields {
            let padded = label + ":" + String(repeating: " ", count: max(1, labelWidth - label.count - 1))
            lines.append(padded + value)
        }
        if !entry.body.isEmpty { lines.append("\n" + entry.body) }
        return lines.joined(separator: "\n")
    }

    /// One entry as a Markdown section: the title as a heading, the fields as a list, the body as
    /// escaped paragraphs.
    func markdownOne(_ entry: Entry, addressedBy: [Entry], addresses: [Entry], attachments: [Attachment] = [])
        -> String
    {
        var lines = ["## " + MarkdownText.escaped(entry.title), ""]
        for (label, value) in fields(entry, addressedBy: addressedBy, addresses: addresses, attachments: attachments) {
            lines.append("- **\(MarkdownText.escaped(label))**: \(MarkdownText.escaped(value))")
        }
        for paragraph in Self.paragraphs(entry.body) {
            lines.append("")
            lines.append(MarkdownText.escaped(paragraph, atLineStart: true))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The paragraphs of a body: its blocks of text between empty lines, each on one line.
    static func paragraphs(_ body: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }

    /// An entry's kind (with an obstacle's status) in words.
    func kindLabel(_ entry: Entry) -> String {
        let kind = catalog.text("output.kind.\(entry.kind.rawValue)")
        guard let status = entry.status else { return kind }
        return "\(kind) (\(catalog.text("output.status.\(status.rawValue)")))"
    }
}
