import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/gemeenten` (the municipalities that hold entries) and `/gemeenten/{code}`: one
/// municipality's obstacles, examples and tips, who can help it and who is most alike.
struct MunicipalityPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    /// The most entries of one kind a municipality's page lists.
    static let listLimit = 100

    func register(on router: Router<WebContext>) {
        router.get("/gemeenten") { _, context -> Response in
            let municipalities = try knowledgeBase.municipalityCounts().map(Self.countView)
            return try pages.page("municipalities", ["municipalities": municipalities], context: context)
        }
        router.get("/gemeenten/:code") { _, context -> Response in
            guard let reference = context.parameters.get("code").flatMap(PagePaths.decoded) else {
                throw HTTPError(.notFound)
            }
            let match = try knowledgeBase.matchMunicipality(reference)
            let municipality = match.municipality
            guard reference == municipality.code ?? municipality.name else {
                // A name, an alias or a former municipality: the page lives at the code.
                return .redirect(to: PagePaths.municipality(name: municipality.name, code: municipality.code))
            }
            return try pages.page("municipality", try values(municipality, context.catalog), context: context)
        }
    }

    /// A municipality with its count, for lists.
    static func countView(_ count: MunicipalityCount) -> [String: Any] {
        [
            "name": count.municipality.name,
            "path": PagePaths.municipality(name: count.municipality.name, code: count.municipality.code),
            "count": count.entryCount,
        ]
    }

    func values(_ municipality: Municipality, _ catalog: Catalog) throws -> [String: Any] {
        var values: [String: Any] = [
            "name": municipality.name,
            "compareSearch": "/vergelijken?gemeente=" + PagePaths.query(municipality.code ?? municipality.name),
            "suggestPath": "/bezoeken/voorstel?gemeente=" + PagePaths.query(municipality.code ?? municipality.name),
            "conditionsPath": PagePaths.conditions(name: municipality.name, code: municipality.code),
        ]
        // A section shows for any string, even an empty one: what is absent is left out.
        if let code = municipality.code { values["code"] = code }
        if let province = municipality.province { values["province"] = province.rawValue }
        values["groups"] = try EntryKind.allCases.map { kind -> [String: Any] in
            let filter = EntryFilter(kinds: [kind], municipalities: [municipality.id])
            let count = try knowledgeBase.count(filter)
            let entries = try knowledgeBase.entries(filter, limit: Self.listLimit).map {
                EntryView($0, catalog: catalog).values
            }
            var group: [String: Any] = [
                "heading": catalog.text("web.kind.\(kind.rawValue).other").capitalizedFirst,
                "count": catalog.text("web.municipality.count", count: count),
                "entries": entries,
            ]
            if count > entries.count {
                group["more"] = catalog.text(
                    "web.municipality.more", ["shown": "\(entries.count)", "count": "\(count)"])
            }
            return group
        }
        // Who to call there, and the meetings it hosted (issue 16).
        let people = try knowledgeBase.people(municipality: municipality.code ?? municipality.name)
        values["people"] = people.map { PersonView($0).values }
        values["hasPeople"] = !people.isEmpty
        values["peoplePath"] = PagePaths.people(of: municipality.name)
        let meetings = try knowledgeBase.meetings(hostedBy: municipality.id).reversed()
        values["meetings"] = meetings.map { MeetingView($0, catalog).values }
        values["hasMeetings"] = !meetings.isEmpty
        if let help = try Self.unlessNoObstacles({ try knowledgeBase.whoCanHelp(municipality.id) }) {
            values["help"] = HelpView(help, catalog: catalog).values
        }
        let similar =
            try Self.unlessNoObstacles {
                try knowledgeBase.similarMunicipalities(EntryFilter(municipalities: [municipality.id]))
            } ?? []
        values["similar"] = similar.map { pair -> [String: Any] in
            let other = pair.first == municipality.name ? pair.second : pair.first
            return [
                "name": other, "path": PagePaths.municipality(name: other, code: nil),
                "score": catalog.decimal(pair.score), "shared": pair.sharedTopics.joined(separator: ", "),
            ]
        }
        values["hasSimilar"] = !similar.isEmpty
        return values
    }

    /// `work()`, or nil when the municipality has no obstacles to compare.
    static func unlessNoObstacles<T>(_ work: () throws -> T) throws -> T? {
        do {
            return try work()
        } catch KennisbankError.noObstacles {
            return nil
        }
    }
}

/// Who can help a municipality, as the municipality and comparison pages show it.
struct HelpView {
    let values: [String: Any]

    init(_ help: HelpReport, catalog: Catalog) {
        func municipalityLink(_ name: String) -> [String: Any] {
            ["name": name, "path": PagePaths.municipality(name: name, code: nil)]
        }
        // What the order compares, strongest reason first: `1 linked, 2 same topic`.
        func countsText(_ counts: [HelpReason: Int]) -> String {
            HelpReason.allCases.compactMap { reason in
                counts[reason].map {
                    catalog.text(
                        "compare.countPart",
                        ["count": "\($0)", "reason": catalog.text("compare.reasonShort.\(reason.rawValue)")])
                }
            }.joined(separator: ", ")
        }
        func evidence(_ item: HelpEvidence) -> [String: Any] {
            [
                "title": item.entry.title, "path": PagePaths.entry(item.entry.uuid),
                "reason": catalog.text("compare.reasonShort.\(item.reason.rawValue)"),
            ]
        }
        values = [
            "municipality": help.municipality,
            "heading": catalog.text("compare.html.help.title", ["municipality": help.municipality]),
            "visits": help.bestVisits.map { visit -> [String: Any] in
                var values = municipalityLink(visit.name)
                values["detail"] = catalog.text(
                    "web.help.visit", count: visit.obstacles, ["counts": countsText(visit.counts)])
                return values
            },
            "hasVisits": !help.bestVisits.isEmpty,
            "obstacles": help.obstacles.map { obstacle -> [String: Any] in
                [
                    "title": obstacle.obstacle.title, "path": PagePaths.entry(obstacle.obstacle.uuid),
                    "helpers": obstacle.helpers.map { helper -> [String: Any] in
                        var values = municipalityLink(helper.name)
                        values["counts"] = countsText(helper.counts)
                        values["evidence"] = helper.evidence.map(evidence)
                        return values
                    },
                    "hasHelpers": !obstacle.helpers.isEmpty,
                    "network": obstacle.network.map(evidence),
                    "hasNetwork": !obstacle.network.isEmpty,
                ]
            },
        ]
    }
}

extension String {
    /// The text with its first letter a capital: `praktijkvoorbeelden` → `Praktijkvoorbeelden`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
