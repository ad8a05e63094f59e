import Kennisbank

/// What the server keeps of a signed-in browser, in memory, under the session cookie: the
/// account and the token its forms carry against cross-site requests.
public struct WebSession: Codable, Sendable, Equatable {
    /// The signed-in account; a removed account signs its sessions out.
    public var accountID: Account.ID
    /// The session's CSRF token: every form of the session carries it in `{{csrf}}`.
    public var csrf: String

    /// A session for `accountID` with a new random CSRF token.
    public init(accountID: Account.ID) {
        self.accountID = accountID
        self.csrf = RandomToken.hex(bytes: 32)
    }

    /// The name of the session cookie.
    static let cookieName = "kb_sessie"
}

/// Random tokens from the system's generator.
enum RandomToken {
    /// `bytes` random bytes in lower-case hex.
    static func hex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }

    /// Whether `a` and `b` are equal, in time that does not depend on where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
