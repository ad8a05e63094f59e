import Kennisbank

extension Revision {
    /// What made this version and what it changed, in a few words: `edited: title, topics`.
    public func summary(_ catalog: Catalog) -> String {
        let change: String
        switch self.change {
        case .restore:
            change = catalog.text("history.change.restore", ["revision": String(restoredFrom ?? 0)])
        default:
            change = catalog.text("history.change.\(self.change.rawValue)")
        }
        guard !changed.isEmpty, self.change != .existing else { return change }
        let fields = changed.map { catalog.text("history.field.\($0.rawValue)") }
        return catalog.text(
            "history.change.withFields",
            ["change": change, "fields": fields.joined(separator: catalog.text("error.list.separator"))])
    }
}
