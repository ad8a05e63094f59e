import Hummingbird
import HummingbirdAuth
import Kennisbank

/// Accounts on the site, in order: the session cookie (`Secure` over TLS), the session and
/// bearer-token sign-ins, the CSRF check, who may come in, the sign-in rate limit; then the
/// sign-in pages and the API's writes.
struct AccountRoutes {
    let server: WebServer

    func install(on router: Router<WebContext>) {
        let knowledgeBase = server.knowledgeBase
        let configuration = server.configuration
        router.add(middleware: SessionCookieSecurityMiddleware(behindProxy: configuration.behindProxy))
        router.add(
            middleware: SessionMiddleware(
                sessionStorage: server.sessionStorage, defaultSessionExpiration: server.accounts.sessionDuration))
        router.add(
            middleware: SessionAuthenticator(context: WebContext.self) { (session: WebSession, _) in
                try await offLoop { try knowledgeBase.account(session.accountID) }
            })
        router.add(middleware: BearerTokenAuthenticator(knowledgeBase: knowledgeBase))
        router.add(middleware: CSRFMiddleware())
        router.add(middleware: AccessMiddleware(publicRead: configuration.publicRead))
        router.add(
            middleware: LoginRateLimitMiddleware(
                limiter: server.loginLimiter, behindProxy: configuration.behindProxy, pages: server.pages,
                now: server.accounts.now))
        SignInPages(
            knowledgeBase: knowledgeBase, pages: server.pages, sessions: server.sessionStorage,
            settings: server.accounts
        ).register(on: router)
        EntryWriteAPI(knowledgeBase: knowledgeBase).register(on: router.group("api/v1"))
    }
}

extension SessionStorage<WebSession> {
    /// Sessions kept in memory under the `kb_sessie` cookie: HttpOnly, SameSite=Lax, for the
    /// whole site (`Secure` is added per request, see ``SessionCookieSecurityMiddleware``).
    static func inMemory(_ driver: MemoryPersistDriver<ContinuousClock>) -> Self {
        SessionStorage(
            driver,
            configuration: SessionStorageConfiguration(
                sessionCookieParameters: SessionCookieParameters(
                    name: WebSession.cookieName, path: "/", secure: false, sameSite: .lax)))
    }
}
