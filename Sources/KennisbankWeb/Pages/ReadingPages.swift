import Hummingbird
import Kennisbank

/// The pages for reading beyond `/` and `/zoeken`: an entry and its history, municipalities,
/// topics, the comparison, people, meetings, the conditions for success and the visits; registered
/// together by one line in ``WebServer/router()``.
struct ReadingPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        EntryPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        AttachmentRoute(knowledgeBase: knowledgeBase).register(on: router)
        MunicipalityPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        TopicPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        ComparePage(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        PeoplePages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        MeetingPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        ConditionPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        VisitPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        VisitChangePages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
    }
}
