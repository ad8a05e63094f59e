import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// Bringing back what was changed or removed, on the site: an earlier version of an entry from
/// its history page (`POST /kennis/{uuid}/geschiedenis/{number}/herstellen`, for an account that
/// may change the entry as it is and as it was), and the coordinator's trash page
/// (`/prullenbak`, with `POST /prullenbak/{uuid}/herstellen`). A restore is itself recorded as a
/// version, made by the account: it can be undone the same way.
struct RestorePages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.post("/kennis/:uuid/geschiedenis/:number/herstellen") { _, context -> Response in
            let account = try EntryFormPages.signedIn(context)
            let id = try context.entryID(in: knowledgeBase)
            guard let number = context.parameters.get("number", as: Int.self) else { throw HTTPError(.notFound) }
            let entry = try knowledgeBase.entry(id)
            guard let revision = try knowledgeBase.history(of: id).first(where: { $0.number == number }) else {
                throw HTTPError(.notFound)
            }
            guard Self.mayRestore(account, entry: entry, to: revision) else {
                throw EntryFormPages.forbidden(account, context.catalog)
            }
            _ = try await offLoop { [knowledgeBase] in
                try knowledgeBase.restore(id, toRevision: number, by: account.author)
            }
            return EntryFormPages.redirect(to: PagePaths.history(entry.uuid))
        }
        router.get("/prullenbak") { request, context -> Response in
            guard let account = context.account else { return EntryFormPages.signIn(request) }
            guard account.role == .coordinator else { throw EntryFormPages.forbidden(account, context.catalog) }
            return try pages.page("trash", try trash(context.catalog), context: context)
        }
        router.post("/prullenbak/:uuid/herstellen") { _, context -> Response in
            let account = try EntryFormPages.signedIn(context)
            guard account.role == .coordinator else { throw EntryFormPages.forbidden(account, context.catalog) }
            let id = try context.trashedEntryID(in: knowledgeBase)
            let entry = try await offLoop { [knowledgeBase] in
                try knowledgeBase.restoreFromTrash(id, by: account.author)
            }
            return EntryFormPages.redirect(to: PagePaths.entry(entry.uuid))
        }
    }

    /// Whether `account` may bring `entry` back to `revision`: it may change the entry as it is,
    /// and the entry as it will be (its municipality then).
    static func mayRestore(_ account: Account, entry: Entry, to revision: Revision) -> Bool {
        account.may(.change, entry: entry)
            && account.may(.change, municipality: revision.version.entry.municipality)
    }

    /// The trash page: what was removed, when and by whom, newest first.
    func trash(_ catalog: Catalog) throws -> [String: Any] {
        let entries = try knowledgeBase.trash().sorted { $0.trashedAt > $1.trashedAt }
        return [
            "entries": entries.map { trashed -> [String: Any] in
                [
                    "uuid": trashed.uuid.uuidString.lowercased(), "title": trashed.title,
                    "kind": catalog.text("web.kind.\(trashed.kind.rawValue).one"),
                    "municipality": trashed.municipality ?? catalog.text("web.network"),
                    "time": HumanTime.text(trashed.trashedAt),
                    "author": trashed.trashedBy?.name ?? catalog.text("history.list.unknownAuthor"),
                ]
            }
        ]
    }
}
