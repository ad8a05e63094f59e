import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/bezoeken/nieuw`: the form of a signed-in editor to record a visit, planned or done
/// (`kb visits add`). An editor records visits from or to their own municipality, a coordinator
/// any. A refused form shows one line saying what to do, and writes nothing.
struct VisitFormPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    static let path = "/bezoeken/nieuw"

    /// The form's fields, by name (the options of `kb visits add`).
    static let fieldNames = ["from", "to", "date", "status", "people", "notes"]

    func register(on router: Router<WebContext>) {
        router.get(RouterPath(Self.path)) { request, context -> Response in
            guard let account = context.account else { return EntryFormPages.signIn(request) }
            guard account.may(.add) else { throw EntryFormPages.forbidden(account, context.catalog) }
            let parameters = request.uri.formParameters
            let values = [
                "from": parameters.get("van") ?? account.municipality ?? "", "to": parameters.get("naar") ?? "",
                "date": AssessmentFormPages.today().description, "status": VisitStatus.planned.rawValue,
                "people": "", "notes": "",
            ]
            return try form(values, error: nil, context: context)
        }
        router.post(RouterPath(Self.path)) { request, context -> Response in
            let (account, values) = try await EntryFormPages.postedForm(
                request, names: Self.fieldNames, context: context)
            do {
                let visit = try await offLoop { [knowledgeBase] in
                    try Self.add(values, by: account, in: knowledgeBase)
                }
                return EntryFormPages.redirect(to: PagePaths.visit(visit.id))
            } catch {
                let message = try AssessmentFormPages.message(error, catalog: context.catalog)
                return try form(values, error: message, context: context, status: .unprocessableContent)
            }
        }
    }

    /// Records the visit `values` describe, as `account`. Every value is checked before
    /// anything is written.
    static func add(_ values: [String: String], by account: Account, in knowledgeBase: KnowledgeBase) throws -> Visit {
        func value(_ name: String) -> String? {
            let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return text.isEmpty ? nil : text
        }
        guard let fromName = value("from"), let toName = value("to") else {
            throw FormError(field: "from", key: "web.networkPages.visitForm.error.municipalities")
        }
        let from = try knowledgeBase.municipality(fromName)
        let to = try knowledgeBase.municipality(toName)
        guard account.may(.add, municipality: from.name) || account.may(.add, municipality: to.name) else {
            throw FormError(field: "from", key: "web.networkPages.visitForm.error.notYours")
        }
        guard let dateText = value("date") else {
            throw FormError(field: "date", key: "web.networkPages.visitForm.error.date")
        }
        let date = try DayText.day(dateText)
        guard let status = value("status").flatMap(VisitStatus.init(rawValue:)) else {
            throw FormError(field: "status", key: "web.networkPages.visitForm.error.status")
        }
        let people = (value("people") ?? "").split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return try knowledgeBase.addVisit(
            from: from.id, to: to.id, date: date, status: status, notes: value("notes"), people: people,
            author: account.author)
    }

    /// The form page with `values` as filled in, and `error` above it.
    func form(
        _ values: [String: String], error: String?, context: WebContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let catalog = context.catalog
        var page: [String: Any] = [
            "action": Self.path, "from": values["from"] ?? "", "to": values["to"] ?? "", "date": values["date"] ?? "",
            "people": values["people"] ?? "", "notes": values["notes"] ?? "",
            "statuses": VisitStatus.allCases.map { state -> [String: Any] in
                [
                    "value": state.rawValue, "label": catalog.text("visits.status." + state.rawValue),
                    "selected": values["status"] == state.rawValue,
                ]
            },
            "options": try knowledgeBase.municipalityNames(),
            "cancel": "/bezoeken",
        ]
        if let error { page["error"] = error }
        return try pages.page("visit-form", page, context: context, status: status)
    }
}
