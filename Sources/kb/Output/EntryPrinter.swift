import Foundation
import Kennisbank
import KennisbankFrontEnd

/// Prints entries as a table, a detail view or JSON.
enum EntryPrinter {
    /// A list of entries in `format`.
    static func printList(_ entries: [Entry], format: OutputFormat) throws {
        switch format {
        case .json:
            try Terminal.printJSON(entries)
        case .table:
            if entries.isEmpty {
                Terminal.note("No entries.")
                return
            }
            let table = TextTable(
                headers: ["ID", "KIND", "MUNICIPALITY", "TITLE", "TOPICS"],
                rows: entries.map { entry in
                    [
                        entry.id.description, kindLabel(entry), entry.municipality ?? "(netwerk)", entry.title,
                        entry.topics.joined(separator: ", "),
                    ]
                })
            Terminal.say(table.render(width: Terminal.width))
        }
    }

    /// One entry in `format`; `addressedBy` lists who addresses an obstacle.
    static func printOne(_ entry: Entry, addressedBy: [Entry] = [], addresses: [Entry] = [], format: OutputFormat)
        throws
    {
        switch format {
        case .json:
            try Terminal.printJSON(entry)
        case .table:
            var lines = ["#\(entry.id)  \(entry.title)"]
            lines.append("kind:         \(kindLabel(entry))")
            if let municipality = entry.municipality {
                let details = [entry.municipalityCode, entry.province?.rawValue].compactMap { $0 }.joined(
                    separator: ", ")
                lines.append("municipality: \(municipality)\(details.isEmpty ? "" : " (\(details))")")
            } else {
                lines.append("municipality: (het hele netwerk)")
            }
            if !entry.topics.isEmpty { lines.append("topics:       \(entry.topics.joined(separator: ", "))") }
            if let source = entry.source { lines.append("source:       \(source)") }
            if let date = entry.date { lines.append("date:         \(date)") }
            for obstacle in addresses { lines.append("addresses:    #\(obstacle.id) \(obstacle.title)") }
            for helper in addressedBy {
                lines.append("addressed by: #\(helper.id) \(helper.title) (\(helper.municipality ?? "netwerk"))")
            }
            lines.append("uuid:         \(entry.uuid.uuidString.lowercased())")
            lines.append(
                "created:      \(entry.createdAt.formatted(.iso8601))  updated: \(entry.updatedAt.formatted(.iso8601))")
            if !entry.body.isEmpty { lines.append("\n" + entry.body) }
            Terminal.say(lines.joined(separator: "\n"))
        }
    }

    static func kindLabel(_ entry: Entry) -> String {
        let catalog = Interface.catalog
        if let status = entry.status { return "\(catalog.name(of: entry.kind)) (\(catalog.name(of: status)))" }
        return catalog.name(of: entry.kind)
    }
}
