import Foundation
import Hummingbird
import Kennisbank

/// `GET /api/v1/entries/{uuid}` (the JSON of `kb show --format json`) and
/// `GET /api/v1/entries/{uuid}/history` (`kb history --format json`): the JSON twins of the
/// entry page and its history page.
struct EntriesAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("entries/{uuid}") { _, context -> Response in
            let uuid = try Self.uuid(context)
            return try jsonResponse(try knowledgeBase.entryWithAttachments(try knowledgeBase.entryID(uuid)))
        }
        group.get("entries/{uuid}/history") { _, context -> Response in
            let uuid = try Self.uuid(context)
            // As `kb history`: the history of an entry in the trash can still be read.
            let id: Entry.ID
            do {
                id = try knowledgeBase.entryID(uuid)
            } catch KennisbankError.entryInTrash(let trashed) {
                id = trashed
            }
            return try jsonResponse(try knowledgeBase.history(of: id))
        }
    }

    /// The path's `{uuid}`, in lower case as the JSON writes it: a whole UUID (a number or a
    /// prefix, which `kb show` also takes, is not a permalink), else a ``WebProblem``.
    static func uuid(_ context: WebContext) throws -> String {
        let text = context.pathParameter("uuid")
        guard let uuid = UUID(uuidString: text) else {
            throw WebProblem.invalidParameter("uuid", value: text, catalog: context.catalog)
        }
        return uuid.uuidString.lowercased()
    }
}
