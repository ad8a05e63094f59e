import Kennisbank

extension Wording {
    /// The errors about names that stay clean: a missing knowledge base, topics and
    /// municipalities close to known ones, a split former municipality.
    func namesMessage(_ error: KennisbankError) -> String {
        let clip = Wording.clip
        switch error {
        case .noKnowledgeBase(let path):
            return text("error.names.noKnowledgeBase", ["path": path])
        case .similarTopics(let topics):
            if topics.count == 1, let topic = topics.first, topic.location == nil {
                return text(
                    "error.names.similarTopic", ["label": clip(topic.label), "existing": quoted(topic.existing)])
            }
            let items = topics.prefix(8).map { topic in
                let pair = text(
                    "error.names.similarTopicPair", ["label": clip(topic.label), "existing": quoted(topic.existing)])
                return topic.location.map { text("error.names.similarTopicAt", ["pair": pair, "place": place($0)]) }
                    ?? pair
            }
            var list = joined(items)
            if topics.count > 8 {
                list = text("error.list.more", ["list": list, "count": String(topics.count - 8)])
            }
            return catalog.text("error.names.similarTopics", count: topics.count, ["topics": list])
        case .topicExists(let label, let existing):
            return text("error.names.topicExists", ["label": clip(label), "existing": clip(existing)])
        case .similarMunicipality(let name, let similar):
            return text(
                "error.names.similarMunicipality", ["name": clip(name), "candidates": alternatives(similar)])
        case .splitMunicipality(let name, let successors):
            return text(
                "error.names.splitMunicipality", ["name": clip(name), "successors": alternatives(successors)])
        default:
            return error.message(catalog)
        }
    }
}
