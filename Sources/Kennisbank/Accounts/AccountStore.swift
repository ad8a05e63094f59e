import Crypto
import Foundation
import GRDB
import HummingbirdBcrypt

/// Reading and writing accounts and their tokens, inside a transaction the caller holds.
enum AccountStore {
    /// The longest account name kept.
    static let maximumNameLength = 100

    /// The account named `name` (without regard to case), or nil.
    static func find(named name: String, in db: Database) throws -> Account? {
        try Account.fetchOne(
            db, literal: "SELECT \(Account.columns) FROM \(Account.joins) WHERE a.name = \(name) COLLATE NOCASE")
    }

    /// The account named `name`; ``KennisbankError/AccountProblem/unknownAccount(_:)`` if none.
    static func fetch(named name: String, in db: Database) throws -> Account {
        guard let account = try find(named: name, in: db) else {
            throw KennisbankError.account(.unknownAccount(name))
        }
        return account
    }

    /// `name` trimmed, when it is a name an account may have.
    static func validName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let hasControl = trimmed.unicodeScalars.contains { $0.properties.generalCategory == .control }
        guard !trimmed.isEmpty, !hasControl, trimmed.count <= maximumNameLength else {
            throw KennisbankError.account(.invalidName(name, limit: maximumNameLength))
        }
        return trimmed
    }

    /// The bcrypt hash of `password` at `cost`, once the password is long enough and not too long.
    static func passwordHash(_ password: String, cost: UInt8) throws -> String {
        guard password.count >= Account.minimumPasswordLength else {
            throw KennisbankError.account(.passwordTooShort(minimum: Account.minimumPasswordLength))
        }
        guard password.utf8.count <= Account.maximumPasswordBytes else {
            throw KennisbankError.account(.passwordTooLong(maximum: Account.maximumPasswordBytes))
        }
        return Bcrypt.hash(password, cost: min(max(cost, Account.minimumPasswordCost), 31))
    }

    /// The stored form of an API token: its SHA-256, in lower-case hex.
    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A new random API token: `kb_` and 32 random bytes in hex.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = (0..<32).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }
        return "kb_" + hex.joined()
    }
}

extension Account {
    /// The shortest password accepted, in characters.
    public static let minimumPasswordLength = 10
    /// The longest password accepted, in UTF-8 bytes: bcrypt reads no further.
    public static let maximumPasswordBytes = 72
    /// The bcrypt cost used unless another is given: 2¹² rounds.
    public static let defaultPasswordCost: UInt8 = 12
    /// The lowest bcrypt cost bcrypt allows (for tests; too fast for real passwords).
    public static let minimumPasswordCost: UInt8 = 4
}
