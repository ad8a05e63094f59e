import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The API's writes, for a bearer token only: `POST /api/v1/entries` (201, `Location`, the
/// entry as `kb show --format json` prints it), `PATCH /api/v1/entries/{uuid}` (200, the
/// entry) and `DELETE /api/v1/entries/{uuid}` (to the trash; 200, the entry as it was).
/// What the token's account may do is checked (403), and every change is recorded in the
/// history as made by it.
struct EntryWriteAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.post("entries") { request, context -> Response in
            let account = try Self.writer(context)
            var request = request
            let input = try EntryInput(
                try await request.collectBody(upTo: context.maxUploadSize), catalog: context.catalog)
            let entry = try await offLoop { try add(input, by: account, catalog: context.catalog) }
            var response = try jsonResponse(entry, status: .created)
            response.headers[.location] = "/api/v1/entries/" + entry.uuid.uuidString.lowercased()
            return response
        }
        group.patch("entries/:uuid") { request, context -> Response in
            let account = try Self.writer(context)
            let id = try context.entryID(in: knowledgeBase)
            var request = request
            let input = try EntryInput(
                try await request.collectBody(upTo: context.maxUploadSize), catalog: context.catalog)
            return try jsonResponse(
                try await offLoop { try change(id, input, by: account, catalog: context.catalog) })
        }
        group.delete("entries/:uuid") { _, context -> Response in
            let account = try Self.writer(context)
            let id = try context.entryID(in: knowledgeBase)
            let catalog = context.catalog
            let knowledgeBase = knowledgeBase
            return try jsonResponse(
                try await offLoop {
                    let entry = try knowledgeBase.entry(id)
                    guard account.may(.trash, entry: entry) else { throw Self.forbidden(account, catalog) }
                    return try knowledgeBase.moveToTrash(id, by: account.author)
                })
        }
    }

    /// The account of the bearer token (``AccessMiddleware`` lets no other write through).
    static func writer(_ context: WebContext) throws -> Account {
        guard context.signedInWithToken, let account = context.account else {
            throw WebProblem.unauthorized(context.catalog, detail: "web.accounts.problem.tokenRequired")
        }
        return account
    }

    /// 403: the account may not touch this entry.
    static func forbidden(_ account: Account, _ catalog: Catalog) -> WebProblem {
        WebProblem.forbidden(
            catalog, detail: "web.accounts.problem.notYours",
            ["role": catalog.text("users.role." + account.role.rawValue)])
    }

    /// Adds the entry `input` describes, as `account`.
    func add(_ input: EntryInput, by account: Account, catalog: Catalog) throws -> Entry {
        guard let kind = try input.kind() else {
            throw WebProblem.invalidField("kind", catalog.text("web.accounts.api.missing", ["field": "kind"]), catalog)
        }
        guard let title = try input.text("title") else {
            throw WebProblem.invalidField(
                "title", catalog.text("web.accounts.api.missing", ["field": "title"]), catalog)
        }
        let municipality = try input.municipality(in: knowledgeBase)
        guard account.may(.add, municipality: municipality?.name) else { throw Self.forbidden(account, catalog) }
        let entry = NewEntry(
            kind: kind, title: title, body: try input.text("body") ?? "", municipality: municipality?.id,
            topics: try input.texts("topics") ?? [], source: try input.text("source"), date: try input.date(),
            status: try input.status(), addresses: try input.addresses(in: knowledgeBase) ?? [])
        return try Self.validated(catalog) { try knowledgeBase.add(entry, by: account.author) }
    }

    /// Changes entry `id` as `input` says, as `account`.
    func change(_ id: Entry.ID, _ input: EntryInput, by account: Account, catalog: Catalog) throws -> Entry {
        let current = try knowledgeBase.entry(id)
        guard account.may(.change, entry: current) else { throw Self.forbidden(account, catalog) }
        if let kind = try input.kind(), kind != current.kind {
            throw WebProblem.invalidField("kind", catalog.text("web.accounts.api.kindCannotChange"), catalog)
        }
        var changes = EntryChanges()
        changes.title = try input.text("title")
        changes.body = try input.text("body")
        if input.has("municipality") {
            let municipality = try input.municipality(in: knowledgeBase)
            guard account.may(.change, municipality: municipality?.name) else { throw Self.forbidden(account, catalog) }
            changes.municipality = .some(municipality?.id)
        }
        if input.has("source") { changes.source = .some(try input.text("source")) }
        if input.has("date") { changes.date = .some(try input.date()) }
        changes.status = try input.status()
        changes.topics = try input.texts("topics")
        if let addresses = try input.addresses(in: knowledgeBase) {
            let now = try current.addresses.map { try knowledgeBase.entryID($0.uuidString) }
            changes.addAddresses = addresses.filter { !now.contains($0) }
            changes.removeAddresses = now.filter { !addresses.contains($0) }
        }
        guard !changes.isEmpty else { return current }
        return try Self.validated(catalog) { try knowledgeBase.update(id, with: changes, by: account.author) }
    }

    /// `work`'s result; a library error about a field of the body becomes a 422 naming it.
    static func validated<T>(_ catalog: Catalog, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KennisbankError {
            guard let field = WebProblem.field(of: error) else { throw error }
            throw WebProblem.invalidField(field, error.message(catalog), catalog)
        }
    }
}
