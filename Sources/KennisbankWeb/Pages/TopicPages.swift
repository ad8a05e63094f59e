import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/onderwerpen` (every topic in use, with its count) and `/onderwerpen/{topic}`: everything
/// on one topic, by kind.
struct TopicPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    /// The most entries of one kind a topic's page lists.
    static let listLimit = 100

    func register(on router: Router<WebContext>) {
        router.get("/onderwerpen") { _, context -> Response in
            let topics = try knowledgeBase.topics().map(Self.topicView)
            return try pages.page("topics", ["topics": topics], context: context)
        }
        router.get("/onderwerpen/:topic") { _, context -> Response in
            guard let label = context.parameters.get("topic").flatMap(PagePaths.decoded) else {
                throw HTTPError(.notFound)
            }
            let topic = try knowledgeBase.topic(label)
            guard label == topic.label else { return .redirect(to: PagePaths.topic(topic.label)) }
            return try pages.page("topic", try values(topic, context.catalog), context: context)
        }
    }

    /// A topic with its count, for lists.
    static func topicView(_ topic: Topic) -> [String: Any] {
        ["label": topic.label, "path": PagePaths.topic(topic.label), "count": topic.entryCount]
    }

    func values(_ topic: Topic, _ catalog: Catalog) throws -> [String: Any] {
        let groups = try EntryKind.allCases.compactMap { kind -> [String: Any]? in
            let filter = EntryFilter(kinds: [kind], topics: [topic.id])
            let count = try knowledgeBase.count(filter)
            guard count > 0 else { return nil }
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
        let municipalities = try knowledgeBase.municipalityCounts(EntryFilter(topics: [topic.id]), limit: 10)
        return [
            "label": topic.label,
            "heading": catalog.text("web.topic.heading", ["topic": topic.label]),
            "groups": groups,
            "municipalities": municipalities.map(MunicipalityPages.countView),
            "hasMunicipalities": !municipalities.isEmpty,
            "showMunicipality": true,
        ]
    }
}
