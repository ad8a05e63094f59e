import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/mensen` (the people of the network by municipality, `?gemeente=` for one) and
/// `/mensen/{uuid}` (one person: who they are, what they are the contact of, the meetings they
/// came to and the visits they made). E-mail addresses and phone numbers show only to a reader
/// who is signed in (``WebContext/seesContactDetails``).
struct PeoplePages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/mensen") { request, context -> Response in
            let chosen = request.uri.formParameters.get("gemeente").flatMap { $0.isEmpty ? nil : $0 }
            return try pages.page("people", try list(chosen, context.catalog), context: context)
        }
        router.get("/mensen/:uuid") { _, context -> Response in
            guard let text = context.parameters.get("uuid"), let uuid = UUID(uuidString: text) else {
                throw HTTPError(.notFound)
            }
            var detail = try knowledgeBase.personDetail(uuid)
            if !context.seesContactDetails { detail = detail.withoutContactDetails }
            return try pages.page("person", values(detail, context), context: context)
        }
    }

    /// Everyone, grouped by municipality, with the filter's options (the municipalities that have
    /// people); only the people of `chosen` when given.
    func list(_ chosen: String?, _ catalog: Catalog) throws -> [String: Any] {
        let everyone = try knowledgeBase.people()
        var values: [String: Any] = [:]
        var shown = everyone
        var selected: String?
        if let chosen {
            let municipality = try WebProblem.badMunicipalityParameter(catalog) {
                try knowledgeBase.municipality(chosen)
            }
            selected = municipality.name
            shown = try knowledgeBase.people(municipality: chosen)
            values["filtered"] = [
                "heading": catalog.text("web.people.of", ["municipality": municipality.name]),
                "municipalityPath": PagePaths.municipality(name: municipality.name, code: municipality.code),
            ]
        }
        values["options"] = PersonView.groups(everyone).map { group -> [String: Any] in
            let name = group["municipality"] as? String ?? ""
            return ["value": name, "selected": name == selected]
        }
        values["groups"] = PersonView.groups(shown)
        values["summary"] = catalog.text("web.people.count", count: shown.count)
        values["hasPeople"] = !everyone.isEmpty
        return values
    }

    /// One person's page.
    func values(_ detail: PersonDetail, _ context: WebContext) -> [String: Any] {
        let catalog = context.catalog
        var values = PersonView(detail.person, contactDetails: context.seesContactDetails).values
        values["signedIn"] = context.seesContactDetails
        values["contactOf"] = detail.contactOf.map { EntryView($0, catalog: catalog).values }
        values["hasContactOf"] = !detail.contactOf.isEmpty
        values["meetings"] = detail.meetings.reversed().map { MeetingView($0, catalog).values }
        values["hasMeetings"] = !detail.meetings.isEmpty
        values["visits"] = detail.visits.map { visit -> [String: Any] in
            [
                "date": DayWords.text(visit.date, catalog),
                "from": ["name": visit.from, "path": PagePaths.municipality(name: visit.from, code: nil)],
                "to": ["name": visit.to, "path": PagePaths.municipality(name: visit.to, code: nil)],
                "status": catalog.text("visits.status.\(visit.status.rawValue)"),
                "entries": visit.entries.map { ["title": $0.title, "path": PagePaths.entry($0.uuid)] },
                "hasEntries": !visit.entries.isEmpty,
            ]
        }
        values["hasVisits"] = !detail.visits.isEmpty
        return values
    }
}

extension WebContext {
    /// Whether the reader may see people's e-mail addresses and phone numbers: only when signed
    /// in, by session or bearer token; a public page or an anonymous API read never shows them.
    var seesContactDetails: Bool { identity != nil }
}

extension WebProblem {
    /// `work()`, with a municipality a query parameter names but the knowledge base does not
    /// know (or knows several of) as a 400 whose detail is the library's one line.
    static func badMunicipalityParameter<T>(_ catalog: Catalog, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KennisbankError {
            switch error {
            case .unknownMunicipality, .ambiguousMunicipality:
                throw WebProblem(
                    status: .badRequest, type: error.code.rawValue.replacingOccurrences(of: "_", with: "-"),
                    title: catalog.text("web.error.request"), detail: error.message(catalog))
            default: throw error
            }
        }
    }
}
