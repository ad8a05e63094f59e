/// How `kb serve` serves a knowledge base: where it listens and who may read.
public struct WebConfiguration: Sendable {
    /// The address to listen on: 127.0.0.1 unless told otherwise.
    public var host: String
    /// The port to listen on (0: one the system picks).
    public var port: Int
    /// Whether pages and API reads are open to everyone, not only to signed-in accounts.
    public var publicRead: Bool
    /// Whether a reverse proxy sits in front: its `X-Forwarded-Proto` then tells whether the
    /// request came over TLS.
    public var behindProxy: Bool

    /// A configuration; every part has the default `kb serve` uses.
    public init(host: String = "127.0.0.1", port: Int = 8080, publicRead: Bool = false, behindProxy: Bool = false) {
        self.host = host
        self.port = port
        self.publicRead = publicRead
        self.behindProxy = behindProxy
    }
}
