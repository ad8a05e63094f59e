import Hummingbird
import HummingbirdAuth
import Kennisbank
import KennisbankFrontEnd
import Logging

/// `kb serve`: the knowledge base's web site and its JSON API on one Hummingbird application.
///
/// Every page has a JSON twin under `/api/v1` with the JSON the CLI prints for `--format json`.
/// The routes are grouped by what a person looks at: ``SitePages`` (HTML), ``SearchAPI`` and
/// its siblings (JSON), ``HealthRoute``.
public struct WebServer: Sendable {
    /// The knowledge base the server reads and writes.
    public let knowledgeBase: KnowledgeBase
    /// Where it listens and who may read.
    public let configuration: WebConfiguration
    /// The page templates, parsed once.
    let pages: PageRenderer
    /// How sign-ins are limited and sessions last.
    public let accounts: AccountSettings
    /// The sessions, in memory, and the failed sign-ins counted so far.
    let sessionDriver = MemoryPersistDriver()
    let sessionStorage: SessionStorage<WebSession>
    let loginLimiter: LoginRateLimiter

    /// A server for `knowledgeBase`; fails only when an embedded template does not parse.
    public init(
        knowledgeBase: KnowledgeBase, configuration: WebConfiguration = WebConfiguration(),
        accounts: AccountSettings = AccountSettings()
    ) throws {
        self.knowledgeBase = knowledgeBase
        self.configuration = configuration
        self.pages = try PageRenderer()
        self.accounts = accounts
        self.sessionStorage = .inMemory(sessionDriver)
        self.loginLimiter = LoginRateLimiter(settings: accounts)
    }

    /// The router with every route and middleware.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        AccountRoutes(server: self).install(on: router)
        HealthRoute(knowledgeBase: knowledgeBase).register(on: router)
        StaticFiles().register(on: router)
        SitePages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        SearchAPI(knowledgeBase: knowledgeBase).register(on: router.group("api/v1"))
        ReadingPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        ReadAPI(knowledgeBase: knowledgeBase).register(on: router.group("api/v1"))
        EntryFormPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        AttachmentPages(
            knowledgeBase: knowledgeBase, entryPages: EntryPages(knowledgeBase: knowledgeBase, pages: pages)
        )
        .register(on: router)
        AssessmentFormPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        VisitFormPages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        RestorePages(knowledgeBase: knowledgeBase, pages: pages).register(on: router)
        ExchangePages(server: self).register(on: router)
        return router
    }

    /// The application, ready to run or to test; `listening` hears the port it listens on
    /// once it does (the one the system picked, for port 0).
    public func application(listening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        // The console speaks the catalog's language: Hummingbird's own English lines only for trouble.
        var logger = Logger(label: "kb-server")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [sessionDriver],
            onServerRunning: { channel in await listening(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }

    /// Serves until the process is told to stop (SIGINT, SIGTERM).
    public func run(listening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(listening: listening).runService()
    }
}
