import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The forms of a visit's page (`/bezoeken/{id}`) for an editor of the municipality it goes from
/// or to, or a coordinator: `POST /bezoeken/{id}/gedaan` marks a planned visit done
/// (`kb visits done`) and `POST /bezoeken/{id}/koppelen` links the entry the field `entry` names,
/// by its UUID, number or title, as what the visit led to (`kb visits link`). Each carries the
/// CSRF token and answers with a redirect (303) to the visit's page, or that page with one line
/// saying what to do and nothing written.
struct VisitChangePages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.post("/bezoeken/:id/gedaan") { _, context -> Response in
            let (_, visit) = try mayChange(context)
            _ = try await offLoop { [knowledgeBase] in try knowledgeBase.markVisitDone(visit.id.description) }
            return EntryFormPages.redirect(to: PagePaths.visit(visit.id))
        }
        router.post("/bezoeken/:id/koppelen") { request, context -> Response in
            let (_, visit) = try mayChange(context)
            var request = request
            let entry =
                FormFields(try await request.collectBody(upTo: context.maxUploadSize))["entry"]?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            do {
                guard !entry.isEmpty else { throw FormError(field: "entry", key: "web.visitChanges.error.noEntry") }
                _ = try await offLoop { [knowledgeBase] in
                    let id = try knowledgeBase.resolveEntry(referenceOrTitle: entry)
                    return try knowledgeBase.linkVisit(visit.id.description, entries: ["#\(id.rawValue)"])
                }
            } catch KennisbankError.unknownEntry {
                // The library's line names `kb lijst`; on the site, say what the field takes.
                let message = context.catalog.text("web.visitChanges.error.unknownEntry", ["entry": entry])
                return try page(visit, context: context, error: message, entry: entry, status: .notFound)
            } catch {
                let message = try AssessmentFormPages.message(error, catalog: context.catalog)
                let status = (error as? KennisbankError).map { WebProblem($0, catalog: context.catalog).status }
                return try page(
                    visit, context: context, error: message, entry: entry, status: status ?? .unprocessableContent)
            }
            return EntryFormPages.redirect(to: PagePaths.visit(visit.id))
        }
    }

    /// The signed-in account and the visit of the path, from or to the account's municipality
    /// (any, for a coordinator).
    func mayChange(_ context: WebContext) throws -> (Account, Visit) {
        let account = try EntryFormPages.signedIn(context)
        let visit = try Self.visit(context, in: knowledgeBase)
        guard Self.mayChange(account, visit) else { throw EntryFormPages.forbidden(account, context.catalog) }
        return (account, visit)
    }

    /// The visit the path's `id` names by its number; anything else is 404.
    static func visit(_ context: WebContext, in knowledgeBase: KnowledgeBase) throws -> Visit {
        let text = context.parameters.get("id") ?? ""
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw HTTPError(.notFound) }
        return try knowledgeBase.visit(text)
    }

    /// Whether `account` may mark `visit` done and link entries to it: as it may record one
    /// between the same municipalities (``VisitFormPages``).
    static func mayChange(_ account: Account, _ visit: Visit) -> Bool {
        account.may(.add, municipality: visit.from) || account.may(.add, municipality: visit.to)
    }

    /// The visit's page with `error` above its forms and `entry` as it was typed.
    func page(_ visit: Visit, context: WebContext, error: String, entry: String, status: HTTPResponse.Status)
        throws -> Response
    {
        var values = VisitPages.detailView(visit.withoutContactDetails, context.catalog)
        values.merge(Self.formValues(visit, account: context.account)) { _, new in new }
        values["changeError"] = error.split(separator: "\n").first.map(String.init) ?? error
        values["entryValue"] = entry
        return try pages.page("visit", values, context: context, status: status)
    }

    /// What the visit's page needs for its forms, for an `account` that may change the visit.
    static func formValues(_ visit: Visit, account: Account?) -> [String: Any] {
        guard let account, mayChange(account, visit) else { return [:] }
        var values: [String: Any] = ["linkPath": PagePaths.visit(visit.id) + "/koppelen"]
        if visit.status == .planned { values["donePath"] = PagePaths.visit(visit.id) + "/gedaan" }
        return values
    }
}
