import Hummingbird

/// `/importeren` and `/exporteren` (see ``ImportPages`` and ``ExportPages``).
struct ExchangePages {
    let server: WebServer

    func register(on router: Router<WebContext>) {
        ImportPages(
            knowledgeBase: server.knowledgeBase, pages: server.pages, pending: PendingImports(now: server.accounts.now)
        ).register(on: router)
        ExportPages(knowledgeBase: server.knowledgeBase, pages: server.pages, now: server.accounts.now)
            .register(on: router)
    }
}
