import Hummingbird
import Kennisbank

/// Every read of the JSON API beside search — entries and their history, the comparison,
/// municipalities, topics, people, meetings, conditions for success and visits — and the OpenAPI
/// document that describes them all.
struct ReadAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        EntriesAPI(knowledgeBase: knowledgeBase).register(on: group)
        CompareAPI(knowledgeBase: knowledgeBase).register(on: group)
        MunicipalitiesAPI(knowledgeBase: knowledgeBase).register(on: group)
        TopicsAPI(knowledgeBase: knowledgeBase).register(on: group)
        PeopleAPI(knowledgeBase: knowledgeBase).register(on: group)
        MeetingsAPI(knowledgeBase: knowledgeBase).register(on: group)
        NetworkAPI(knowledgeBase: knowledgeBase).register(on: group)
        OpenAPIRoute().register(on: group)
    }
}
