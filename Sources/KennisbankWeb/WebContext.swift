import Hummingbird
import HummingbirdAuth
import Kennisbank
import KennisbankFrontEnd
import NIOCore

/// What the server knows about one request beyond the request itself: the language its pages
/// speak (resolved once, by ``LanguageMiddleware``), and who is signed in (the session cookie's
/// or the bearer token's account).
public struct WebContext: RequestContext, AuthRequestContext, SessionRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The language of the request's pages and messages: Dutch unless asked otherwise.
    public var language: Language = .dutch
    /// The signed-in account, by session cookie or bearer token; nil when nobody is.
    public var identity: Account?
    /// Whether ``identity`` came from an API token (`Authorization: Bearer`), the only way the API writes.
    public var signedInWithToken = false
    /// The browser's session, if it has one (see ``WebSession``).
    public let sessions: SessionContext<WebSession>
    /// The peer of the connection.
    public let remoteAddress: SocketAddress?
    /// The query of this page's address in the other language (`?q=…&taal=en`), for the switch
    /// at the top of the page: it keeps what the page was asked for.
    public var languageSwitch = "?taal=en"
    /// A `multipart/form-data` body (the import and attachment forms), read once by the
    /// ``CSRFMiddleware`` for its token and then by the route, which would otherwise read a
    /// file of up to 25 MiB a second time.
    var multipartForm: MultipartForm?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The signed-in account, for routes that check what it may do (``Account/may(_:entry:)``).
    public var account: Account? { identity }

    /// The catalog of the request's language.
    public var catalog: Catalog { Catalog(language) }

    /// Request bodies are kept small: a form or an entry, never a file (imports raise it).
    public var maxUploadSize: Int { 1 << 20 }
}
