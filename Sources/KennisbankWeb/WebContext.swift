import Hummingbird
import KennisbankFrontEnd

/// What the server knows about one request beyond the request itself: the language its pages
/// speak (resolved once, by ``LanguageMiddleware``).
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The language of the request's pages and messages: Dutch unless asked otherwise.
    public var language: Language = .dutch
    /// The query of this page's address in the other language (`?q=…&taal=en`), for the switch
    /// at the top of the page: it keeps what the page was asked for.
    public var languageSwitch = "?taal=en"

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// The catalog of the request's language.
    public var catalog: Catalog { Catalog(language) }

    /// Request bodies are kept small: a form or an entry, never a file (imports raise it).
    public var maxUploadSize: Int { 1 << 20 }
}
