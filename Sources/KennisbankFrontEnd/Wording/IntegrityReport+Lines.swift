import Kennisbank

extension IntegrityReport {
    /// What the checks found, a line for each, or one line that all is well.
    public func lines(_ catalog: Catalog) -> [String] {
        guard !isHealthy else {
            return [
                catalog.text(
                    "report.check.healthy", ["entries": String(entries), "municipalities": String(municipalities)])
            ]
        }
        return problems.flatMap { $0.lines(catalog) }
    }
}

extension IntegrityProblem {
    /// What this check found, and what to do, in one or two lines.
    public func lines(_ catalog: Catalog) -> [String] {
        switch self {
        case .damagedFile(let count, let example):
            let findings =
                count >= IntegrityProblem.countLimit
                ? catalog.text("report.check.findingsAtLeast", ["count": String(IntegrityProblem.countLimit)])
                : catalog.text("report.check.findings", count: count)
            return [
                catalog.text(
                    "report.check.damagedFile", ["findings": findings, "example": PrintableText.escaped(example)]),
                catalog.text("report.check.damagedFileAdvice"),
            ]
        case .danglingReferences(let count):
            return [catalog.text("report.check.danglingReferences", count: count)]
        case .searchIndexDisagrees:
            return [catalog.text("report.check.searchIndexDisagrees")]
        case .orphanedHistory(let count):
            return [catalog.text("history.check.orphanedHistory", count: count)]
        case .trashConflict(let count):
            return [catalog.text("history.check.trashConflict", count: count)]
        case .trashedEntryIndexed(let count):
            return [catalog.text("history.check.trashedEntryIndexed", count: count)]
        case .orphanedAttachments(let count):
            return [catalog.text("report.check.orphanedAttachments", count: count)]
        }
    }
}
