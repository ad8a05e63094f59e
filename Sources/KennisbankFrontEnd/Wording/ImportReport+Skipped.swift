import Foundation
import Kennisbank

extension ImportReport {
    /// A line for each record the import did not apply: where it was read, its title, why, and
    /// the option that would apply it.
    public func skippedLines(_ catalog: Catalog) -> [String] {
        let words = Wording(catalog)
        return skippedRecords.map { skipped in
            let values = [
                "place": words.place(skipped.location), "title": Wording.clip(skipped.title),
                "id": skipped.reason.entry.description,
            ]
            switch skipped.reason {
            case .matchesExisting:
                return catalog.text("history.import.matchesExisting", values)
            case .stale(_, let stored, let record):
                return catalog.text(
                    "history.import.stale",
                    values.merging(["stored": HumanTime.text(stored), "record": HumanTime.text(record)]) { a, _ in a
                    })
            case .inTrash:
                return catalog.text("history.import.inTrash", values)
            case .similar:
                return catalog.text("history.import.similar", values)
            }
        }
    }
}
