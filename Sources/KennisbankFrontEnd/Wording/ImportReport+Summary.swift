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
        return catalog.text(dryRun ? "report.import.dryRunEnd" : "report.import.end", ["counts": line])
    }
}
