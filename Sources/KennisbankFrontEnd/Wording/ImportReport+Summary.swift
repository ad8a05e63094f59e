import Kennisbank

extension ImportReport {
    /// One line for a person: `Imported 42 entries: 40 added, 1 updated, 1 unchanged.`
    public func summary(_ catalog: Catalog) -> String {
        let counts = ["added": String(added), "updated": String(updated), "skipped": String(skipped)]
        var line = catalog.text(dryRun ? "report.import.dryRun" : "report.import.done", count: entries, counts)
        if municipalitiesAdded > 0 {
            line = catalog.text(
                dryRun ? "report.import.municipalitiesWouldAdd" : "report.import.municipalitiesAdded",
                count: municipalitiesAdded,
                ["counts": line])
        }
        if !skippedRecords.isEmpty {
            line = catalog.text("history.import.notApplied", count: skippedRecords.count, ["counts": line])
        }
        var lines = [catalog.text(dryRun ? "report.import.dryRunEnd" : "report.import.end", ["counts": line])]
        for note in notes {
            switch note {
            case .convertedFromWindows1252(let source):
                lines.append(
                    catalog.text("report.import.note.windows1252", ["source": Wording(catalog).source(source)]))
            case .aliasesIgnored(let count):
                lines.append(catalog.text("report.import.note.aliasesIgnored", count: count))
            case .wikilinksLinked(let count):
                lines.append(catalog.text("report.import.note.wikilinksLinked", count: count))
            case .attachmentsImported(let count):
                lines.append(catalog.text("report.import.note.attachmentsImported", count: count))
            case .attachmentsNotIncluded(let count):
                lines.append(catalog.text("report.import.note.attachmentsNotIncluded", count: count))
            }
        }
        if !invalid.isEmpty {
            lines.append(catalog.text("report.import.invalid", count: invalid.count))
            let words = Wording(catalog)
            for problem in invalid {
                lines.append(catalog.text("report.import.invalidItem", ["problem": words.item(problem)]))
            }
        }
        return lines.joined(separator: "\n")
    }
}
