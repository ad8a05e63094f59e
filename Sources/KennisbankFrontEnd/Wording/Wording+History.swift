import Kennisbank

extension Wording {
    /// The message of an error about the history or the trash.
    func historyMessage(_ error: KennisbankError) -> String {
        switch error {
        case .entryInTrash(let id):
            return text("error.history.entryInTrash", ["id": id.description])
        case .notInTrash(let reference):
            return text("error.history.notInTrash", ["reference": Self.clip(reference)])
        case .possibleDuplicate(let id, let title):
            return text("error.history.possibleDuplicate", ["id": id.description, "title": Self.clip(title)])
        case .unknownRevision(let id, let revision, let latest):
            return text(
                "error.history.unknownRevision",
                ["id": id.description, "revision": String(revision), "latest": String(latest)])
        default:
            return error.message(catalog)
        }
    }
}
