import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/voorwaarden/beoordelen`: the form of a signed-in editor to record how a municipality
/// assesses itself on one condition for success (`kb conditions assess`). The assessment is
/// added to the history; earlier ones stay. An editor records for their own municipality, a
/// coordinator for any. A refused form shows one line saying what to do, and writes nothing.
struct AssessmentFormPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    static let path = "/voorwaarden/beoordelen"

    /// The form's fields, by name (the keys of `kb conditions assess --format json`).
    static let fieldNames = ["municipality", "condition", "state", "note", "date"]

    func register(on router: Router<WebContext>) {
        router.get(RouterPath(Self.path)) { request, context -> Response in
            guard let account = context.account else { return EntryFormPages.signIn(request) }
            guard account.may(.add) else { throw EntryFormPages.forbidden(account, context.catalog) }
            var chosen = request.uri.formParameters.get("gemeente") ?? account.municipality ?? ""
            // A code from a link (`GM0150`) is shown as the name a person reads.
            if let name = try? knowledgeBase.municipality(chosen).name { chosen = name }
            let values = [
                "municipality": chosen, "condition": request.uri.formParameters.get("voorwaarde") ?? "",
                "state": "", "note": "", "date": Self.today().description,
            ]
            return try form(values, error: nil, context: context)
        }
        router.post(RouterPath(Self.path)) { request, context -> Response in
            let (account, values) = try await EntryFormPages.postedForm(
                request, names: Self.fieldNames, context: context)
            do {
                let municipality = try await offLoop { [knowledgeBase] in
                    try Self.assess(values, by: account, in: knowledgeBase)
                }
                return EntryFormPages.redirect(
                    to: PagePaths.conditions(name: municipality.name, code: municipality.code))
            } catch {
                let message = try Self.message(error, catalog: context.catalog)
                return try form(values, error: message, context: context, status: .unprocessableContent)
            }
        }
    }

    /// Records the assessment `values` describe, as `account`, and returns its municipality.
    /// Every value is checked before anything is written.
    static func assess(_ values: [String: String], by account: Account, in knowledgeBase: KnowledgeBase) throws
        -> Municipality
    {
        func value(_ name: String) -> String? {
            let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return text.isEmpty ? nil : text
        }
        guard let name = value("municipality") else {
            throw FormError(field: "municipality", key: "web.networkPages.form.error.municipality")
        }
        let municipality = try knowledgeBase.municipality(name)
        guard account.may(.add, municipality: municipality.name) else {
            throw FormError(field: "municipality", key: "web.networkPages.form.error.notYours")
        }
        guard let number = value("condition").flatMap({ Int($0) }) else {
            throw FormError(field: "condition", key: "web.networkPages.form.error.condition")
        }
        guard let state = value("state").flatMap(ConditionState.init(rawValue:)) else {
            throw FormError(field: "state", key: "web.networkPages.form.error.state")
        }
        let date = try value("date").map(DayText.day) ?? today()
        try knowledgeBase.assessCondition(
            number, municipality: municipality.id, state: state, note: value("note"), date: date,
            author: account.author)
        return municipality
    }

    /// The one line to show for what `assess` threw; anything that is not about what was filled
    /// in (a busy database, a fault) goes on to the error page.
    static func message(_ error: any Error, catalog: Catalog) throws -> String {
        switch error {
        case let error as FormError:
            return catalog.text(error.key)
        case let error as KennisbankError:
            guard WebProblem(error, catalog: catalog).status.code < 500 else { throw error }
            return error.message(catalog)
        default:
            throw error
        }
    }

    /// The form page with `values` as filled in, and `error` above it.
    func form(
        _ values: [String: String], error: String?, context: WebContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let catalog = context.catalog
        var page: [String: Any] = [
            "action": Self.path,
            "municipality": values["municipality"] ?? "", "note": values["note"] ?? "",
            "date": values["date"] ?? "",
            "conditions": try knowledgeBase.successConditions().map { condition -> [String: Any] in
                [
                    "value": "\(condition.number)", "label": "\(condition.number). \(condition.title)",
                    "selected": values["condition"] == "\(condition.number)",
                ]
            },
            "states": ConditionState.allCases.map { state -> [String: Any] in
                [
                    "value": state.rawValue,
                    "label": catalog.text("conditions.symbol." + state.rawValue) + " "
                        + catalog.text("conditions.state." + state.rawValue),
                    "selected": values["state"] == state.rawValue,
                ]
            },
            "options": try knowledgeBase.municipalityNames(),
            "cancel": "/voorwaarden",
        ]
        if let error { page["error"] = error }
        return try pages.page("assessment-form", page, context: context, status: status)
    }

    /// Today in the Netherlands: the date an assessment gets when none is given.
    static func today(_ now: Date = Date()) -> Day {
        Day(iso: HumanTime.isoDay(now)) ?? Day(year: 1970, month: 1, day: 1)!
    }
}
