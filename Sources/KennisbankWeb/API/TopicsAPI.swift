import Foundation
import Hummingbird
import Kennisbank

/// `GET /api/v1/topics` (the JSON of `kb topics --format json`) and `GET /api/v1/topics/{topic}`:
/// the topic and its entries (`kb list entries --topic TOPIC --format json`), the twin of the
/// topic's page.
struct TopicsAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("topics") { _, _ -> Response in
            try jsonResponse(try knowledgeBase.topics())
        }
        group.get("topics/{topic}") { _, context -> Response in
            let topic = try knowledgeBase.topic(context.pathParameter("topic"))
            let entries = try knowledgeBase.entries(EntryFilter(topics: [topic.id]))
            return try jsonResponse(TopicJSON(topic: topic, entries: entries))
        }
    }
}

/// One topic as the API gives it: the topic as `kb topics` prints it, and its entries as
/// `kb list entries --topic` prints them.
struct TopicJSON: Encodable {
    let topic: Topic
    let entries: [Entry]
}
