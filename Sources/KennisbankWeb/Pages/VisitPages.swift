import Foundation
import Hummingbird
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// `/bezoeken` (the visits, newest first), `/bezoeken/{id}` (one visit) and
/// `/bezoeken/voorstel?gemeente=M` (the municipalities worth visiting, as `kb visits suggest`
/// ranks them). People are shown by name and role only: never an e-mail address or a phone number.
struct VisitPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    /// The most suggestions a page asks for.
    static let maximumLimit = 50
    /// At most this many obstacles per suggestion, the strongest, each with at most
    /// ``evidenceShown`` entries: as `kb visits suggest` shows them (the API gives them all).
    static let obstaclesShown = 3
    static let evidenceShown = 2

    func register(on router: Router<WebContext>) {
        router.get("/bezoeken") { request, context -> Response in
            // `?gemeente=M`: only the visits from or to M.
            let name = request.uri.formParameters.get("gemeente")?.trimmingCharacters(in: .whitespaces) ?? ""
            // A name that is no municipality is 400, as on `/mensen`.
            let municipality =
                name.isEmpty
                ? nil
                : try WebProblem.badMunicipalityParameter(context.catalog) { try knowledgeBase.municipality(name) }
            let visits = try knowledgeBase.visits(municipality: municipality?.id).map {
                Self.listView($0, context.catalog)
            }
            var values: [String: Any] = [
                "visits": visits, "hasVisits": !visits.isEmpty, "canRecord": context.account?.may(.add) == true,
                "options": try knowledgeBase.municipalities().map {
                    ["name": $0.name, "selected": $0.id == municipality?.id]
                },
            ]
            if let municipality {
                values["filtered"] = context.catalog.text(
                    "web.visitChanges.filtered", ["municipality": municipality.name])
            }
            return try pages.page("visits", values, context: context)
        }
        router.get("/bezoeken/voorstel") { request, context -> Response in
            var values = try suggestions(request.uri, context.catalog)
            values["canRecord"] = context.account?.may(.add) == true
            return try pages.page("visit-suggestions", values, context: context)
        }
        router.get("/bezoeken/:id") { _, context -> Response in
            let text = context.parameters.get("id") ?? ""
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw HTTPError(.notFound) }
            let visit = try knowledgeBase.visit(text)
            var values = Self.detailView(visit.withoutContactDetails, context.catalog)
            values.merge(VisitChangePages.formValues(visit, account: context.account)) { _, new in new }
            return try pages.page("visit", values, context: context)
        }
    }

    // MARK: Visits

    /// A visit as a line of the list.
    static func listView(_ visit: Visit, _ catalog: Catalog) -> [String: Any] {
        var values: [String: Any] = [
            "id": visit.id.description, "path": PagePaths.visit(visit.id), "date": HumanTime.text(visit.date),
            "from": visit.from, "to": visit.to, "status": catalog.text("visits.status." + visit.status.rawValue),
            "statusClass": visit.status.rawValue,
        ]
        // A section shows for any string, even an empty one: what is absent is left out.
        if !visit.people.isEmpty { values["people"] = visit.people.map(\.name).joined(separator: ", ") }
        if !visit.entries.isEmpty {
            values["entries"] = catalog.text("web.networkPages.visits.entryCount", count: visit.entries.count)
        }
        return values
    }

    /// A visit in full: who went, the notes and what it led to.
    static func detailView(_ visit: Visit, _ catalog: Catalog) -> [String: Any] {
        var values = listView(visit, catalog)
        values["heading"] = catalog.text(
            "visits.show.title", ["id": visit.id.description, "from": visit.from, "to": visit.to])
        values["fromPath"] = PagePaths.municipality(name: visit.from, code: nil)
        values["toPath"] = PagePaths.municipality(name: visit.to, code: nil)
        values["persons"] = visit.people.map(personView)
        values["hasPeople"] = !visit.people.isEmpty
        if let notes = visit.notes { values["notes"] = notes }
        values["linked"] = visit.entries.map { entry -> [String: Any] in
            [
                "title": entry.title, "path": PagePaths.entry(entry.uuid),
                "kind": catalog.text("web.kind.\(entry.kind.rawValue).one"),
            ]
        }
        values["hasEntries"] = !visit.entries.isEmpty
        values["recorded"] =
            visit.author.map {
                catalog.text("visits.show.recordedBy", ["time": HumanTime.text(visit.createdAt), "author": $0])
            } ?? HumanTime.text(visit.createdAt)
        return values
    }

    /// A person as public pages name them: name, role and municipality.
    static func personView(_ person: Person) -> [String: Any] {
        var values: [String: Any] = ["name": person.name, "municipality": person.municipality]
        if let role = person.role { values["role"] = role }
        return values
    }

    // MARK: Suggestions

    /// The suggestion page: the form, and for a chosen municipality the suggestions.
    func suggestions(_ uri: URI, _ catalog: Catalog) throws -> [String: Any] {
        let parameters = uri.formParameters
        let name = parameters.get("gemeente")?.trimmingCharacters(in: .whitespaces) ?? ""
        var limit = 5
        if let text = parameters.get("aantal"), !text.isEmpty {
            guard let number = Int(text), (1...Self.maximumLimit).contains(number) else {
                throw WebProblem.invalidParameter("aantal", value: text, catalog: catalog)
            }
            limit = number
        }
        var values: [String: Any] = [
            "value": name,
            "options": try knowledgeBase.municipalityCounts().map(\.municipality.name),
        ]
        guard !name.isEmpty else { return values }
        let municipality = try knowledgeBase.municipality(name)
        let result = try knowledgeBase.visitSuggestions(for: municipality.id, limit: limit).withoutContactDetails
        values["result"] = Self.suggestionsView(result, municipality: municipality, catalog)
        return values
    }

    /// The suggestions as `kb visits suggest` words them, with links.
    static func suggestionsView(_ result: VisitSuggestions, municipality: Municipality, _ catalog: Catalog)
        -> [String: Any]
    {
        func state(_ state: VisitSuggestion.State) -> String { catalog.text("visits.state." + state.rawValue) }
        let lacking = result.lacking.map {
            catalog.text(
                "visits.suggest.lackingItem", ["number": "\($0.number)", "title": $0.title, "state": state($0.state)])
        }
        var values: [String: Any] = [
            "heading": catalog.text(
                "visits.suggest.title", count: result.suggestions.count, ["municipality": result.municipality]),
            "order": catalog.text("visits.order"),
            "lacking": lacking.isEmpty
                ? catalog.text("visits.suggest.lackingNone", ["municipality": result.municipality])
                : catalog.text(
                    "visits.suggest.lacking",
                    ["municipality": result.municipality, "list": lacking.joined(separator: "; ")]),
            "conditionsPath": PagePaths.conditions(name: municipality.name, code: municipality.code),
            "suggestions": result.suggestions.map { suggestionView($0, asking: result.municipality, catalog) },
        ]
        if result.suggestions.isEmpty {
            values["none"] = catalog.text("visits.suggest.none", ["municipality": result.municipality])
        }
        return values
    }

    /// One suggestion: its rank, counts, obstacles (strongest first), conditions and people.
    static func suggestionView(_ suggestion: VisitSuggestion, asking: String, _ catalog: Catalog) -> [String: Any] {
        func state(_ state: VisitSuggestion.State) -> String { catalog.text("visits.state." + state.rawValue) }
        let strongest = suggestion.obstaclesStrongestFirst
        var values: [String: Any] = [
            "rank": suggestion.rank, "name": suggestion.municipality,
            "planPath": "/bezoeken/nieuw"
                + PagePaths.queryString([("van", asking), ("naar", suggestion.municipality)]),
            "path": PagePaths.municipality(name: suggestion.municipality, code: nil),
            "counts": countsText(suggestion.counts, catalog),
            "obstacles": strongest.prefix(obstaclesShown).map { obstacle -> [String: Any] in
                [
                    "title": obstacle.obstacle.title, "path": PagePaths.entry(obstacle.obstacle.uuid),
                    "evidence": obstacle.evidence.prefix(evidenceShown).map { item -> [String: Any] in
                        [
                            "title": item.entry.title, "path": PagePaths.entry(item.entry.uuid),
                            "kind": catalog.text("web.kind.\(item.entry.kind.rawValue).one"),
                            "reason": catalog.text("compare.reasonShort.\(item.reason.rawValue)"),
                            "reasonClass": item.reason.rawValue,
                        ]
                    },
                ]
            },
            "hasObstacles": !suggestion.obstacles.isEmpty,
            "conditions": suggestion.conditions.map { gap -> [String: Any] in
                [
                    "text": catalog.text(
                        "visits.suggest.conditionGap",
                        [
                            "number": "\(gap.number)", "title": gap.title, "state": state(gap.state),
                            "date": HumanTime.text(gap.date), "lacking": state(gap.lacking),
                        ])
                ]
            },
            "hasConditions": !suggestion.conditions.isEmpty,
            "contacts": suggestion.contacts.map { personView($0.person) },
            "hasContacts": !suggestion.contacts.isEmpty,
            "nobody": catalog.text("web.networkPages.suggest.nobody", ["municipality": suggestion.municipality]),
        ]
        if strongest.count > obstaclesShown {
            values["more"] = catalog.text("web.networkPages.suggest.more", count: strongest.count - obstaclesShown)
        }
        return values
    }

    /// How many reasons count, strongest first: `1 gekoppeld, 2 voorwaarden, 3 zelfde thema`.
    static func countsText(_ counts: [VisitReason: Int], _ catalog: Catalog) -> String {
        VisitReason.allCases.compactMap { reason -> String? in
            guard let count = counts[reason] else { return nil }
            if reason == .condition { return catalog.text("visits.conditionCount", count: count) }
            return catalog.text(
                "compare.countPart",
                ["count": "\(count)", "reason": catalog.text("compare.reasonShort.\(reason.rawValue)")])
        }.joined(separator: ", ")
    }
}
