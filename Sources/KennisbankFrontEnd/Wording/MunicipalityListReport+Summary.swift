import Kennisbank

extension MunicipalityListReport {
    /// One line for a person: what was added and renamed, and which municipalities the list no longer holds.
    public func summary(_ catalog: Catalog) -> String {
        let counts = ["added": String(added), "renamed": String(renamed), "unchanged": String(unchanged)]
        if list == .reorganisations {
            return catalog.text(dryRun ? "report.reorganisations.dryRun" : "report.reorganisations.done", counts)
        }
        var line = catalog.text(dryRun ? "report.municipalityList.dryRun" : "report.municipalityList.done", counts)
        if !missing.isEmpty {
            var names = missing.prefix(5).joined(separator: catalog.text("error.list.separator"))
            if missing.count > 5 { names = catalog.text("report.municipalityList.moreNames", ["names": names]) }
            line = catalog.text(
                "report.municipalityList.missing", ["counts": line, "count": String(missing.count), "names": names])
        }
        return catalog.text(
            dryRun ? "report.municipalityList.dryRunEnd" : "report.municipalityList.end", ["counts": line])
    }
}
