import Foundation
import Hummingbird
import Kennisbank

extension WebContext {
    /// The path parameter `name` as a person wrote it: Hummingbird hands it over still
    /// percent-encoded (`Sociale%20basis`, `S%C3%BAdwest-Frysl%C3%A2n`); text that is not valid
    /// percent-encoding stays as it is.
    func pathParameter(_ name: String) -> String {
        let text = parameters.get(name) ?? ""
        return text.removingPercentEncoding ?? text
    }
}

extension WebContext {
    /// The entry the path's `{uuid}` names by its whole UUID; anything else (a number, a prefix,
    /// an entry that is not there) is ``KennisbankError/unknownEntry(_:)``: a 404.
    func entryID(in knowledgeBase: KnowledgeBase) throws -> Entry.ID {
        try knowledgeBase.entryID(try wholeUUID())
    }

    /// The entry in the trash that the path's `{uuid}` names by its whole UUID; anything else
    /// is a 404, as ``entryID(in:)``.
    func trashedEntryID(in knowledgeBase: KnowledgeBase) throws -> Entry.ID {
        try knowledgeBase.trashedEntryID(try wholeUUID())
    }

    /// The path's `{uuid}` when it is a whole UUID.
    private func wholeUUID() throws -> String {
        let text = try parameters.require("uuid")
        guard UUID(uuidString: text) != nil else { throw KennisbankError.unknownEntry(text) }
        return text
    }
}
