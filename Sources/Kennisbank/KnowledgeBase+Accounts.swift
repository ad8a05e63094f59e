import Foundation
import GRDB
import HummingbirdBcrypt

extension KnowledgeBase {
    // MARK: Accounts

    /// Adds an account and returns it. The password is kept as a bcrypt hash at `cost` (2^cost
    /// rounds; slow on purpose: a front end that serves requests runs this off its event loop).
    ///
    /// Throws ``KennisbankError/account(_:)`` for a name in use (compared without regard to
    /// case), a name that is empty or not one line, and a password shorter than
    /// ``Account/minimumPasswordLength`` characters or longer than ``Account/maximumPasswordBytes`` bytes.
    @discardableResult
    public func addAccount(
        name: String, role: AccountRole, municipality: Municipality.ID? = nil, password: String,
        cost: UInt8 = Account.defaultPasswordCost
    ) throws -> Account {
        let name = try AccountStore.validName(name)
        if let existing = try read({ db in try AccountStore.find(named: name, in: db) }) {
            throw KennisbankError.account(.accountExists(existing.name))
        }
        let hash = try AccountStore.passwordHash(password, cost: cost)
        return try write { db in
            if let existing = try AccountStore.find(named: name, in: db) {
                throw KennisbankError.account(.accountExists(existing.name))
            }
            try db.execute(
                literal: """
                    INSERT INTO account (name, role, municipality_id, password_hash, created_at)
                    VALUES (\(name), \(role.rawValue), \(municipality), \(hash), \(Timestamp.string(Date())))
                    """)
            return try AccountStore.fetch(named: name, in: db)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try read { db in
            try Account.fetchAll(
                db, literal: "SELECT \(Account.columns) FROM \(Account.joins) ORDER BY a.name COLLATE NOCASE")
        }
    }

    /// The account named `name` (without regard to case); ``KennisbankError/AccountProblem/unknownAccount(_:)`` if none.
    public func account(named name: String) throws -> Account {
        try read { db in try AccountStore.fetch(named: name, in: db) }
    }

    /// The account with this id, or nil when it was removed.
    public func account(_ id: Account.ID) throws -> Account? {
        try read { db in
            try Account.fetchOne(db, literal: "SELECT \(Account.columns) FROM \(Account.joins) WHERE a.id = \(id)")
        }
    }

    /// Removes the account named `name` and its API tokens, and returns it.
    @discardableResult
    public func removeAccount(named name: String) throws -> Account {
        try write { db in
            let account = try AccountStore.fetch(named: name, in: db)
            try db.execute(literal: "DELETE FROM account WHERE id = \(account.id)")
            return account
        }
    }

    /// Gives the account named `name` a new password (checked as ``addAccount(name:role:municipality:password:cost:)`` does).
    public func setPassword(_ password: String, for name: String, cost: UInt8 = Account.defaultPasswordCost) throws {
        let account = try self.account(named: name)
        let hash = try AccountStore.passwordHash(password, cost: cost)
        try write { db in
            try db.execute(literal: "UPDATE account SET password_hash = \(hash) WHERE id = \(account.id)")
        }
    }

    /// The account named `name` when `password` is its password; nil when it is not, or when
    /// no account has that name. Slow on purpose (bcrypt): run it off an event loop.
    public func verifyPassword(name: String, password: String) throws -> Account? {
        let found = try read { db -> (account: Account?, hash: String?) in
            guard let account = try AccountStore.find(named: name.trimmingCharacters(in: .whitespaces), in: db),
                let hash = try String.fetchOne(
                    db, literal: "SELECT password_hash FROM account WHERE id = \(account.id)")
            else {
                // An unknown name costs as much as a wrong password (bcrypt against another
                // account's hash), so that the time of the answer does not tell which names exist.
                return (nil, try String.fetchOne(db, literal: "SELECT password_hash FROM account LIMIT 1"))
            }
            return (account, hash)
        }
        guard password.utf8.count <= Account.maximumPasswordBytes, let hash = found.hash else { return nil }
        let matches = Bcrypt.verify(password, hash: hash)
        guard let account = found.account, matches else { return nil }
        return account
    }

    // MARK: API tokens

    /// A new API token for the account named `name`. The token is returned this once: only its
    /// SHA-256 is stored. An account may hold several tokens; removing it removes them.
    public func newToken(for name: String) throws -> String {
        let token = AccountStore.newToken()
        let hash = AccountStore.tokenHash(token)
        try write { db in
            let account = try AccountStore.fetch(named: name, in: db)
            try db.execute(
                literal: """
                    INSERT INTO account_token (account_id, token_hash, created_at)
                    VALUES (\(account.id), \(hash), \(Timestamp.string(Date())))
                    """)
        }
        return token
    }

    /// The account an API token belongs to, or nil for a token that is not (or no longer) one.
    /// Records when the token was last used (at most once a minute, to spare the writer;
    /// not at all when the file cannot be written).
    public func account(forToken token: String) throws -> Account? {
        let hash = AccountStore.tokenHash(token)
        let found = try read { db -> (Account, String?)? in
            guard
                let row = try Row.fetchOne(
                    db, literal: "SELECT account_id, last_used FROM account_token WHERE token_hash = \(hash)"),
                let accountID: Account.ID = row["account_id"],
                let account = try Account.fetchOne(
                    db, literal: "SELECT \(Account.columns) FROM \(Account.joins) WHERE a.id = \(accountID)")
            else { return nil }
            return (account, row["last_used"])
        }
        guard let found else { return nil }
        let (account, lastUsed) = found
        let now = Date()
        if lastUsed.flatMap(Timestamp.parse).map({ now.timeIntervalSince($0) > 60 }) ?? true {
            // A nicety: a read-only or busy file still lets the token in.
            try? write { db in
                try db.execute(
                    literal: "UPDATE account_token SET last_used = \(Timestamp.string(now)) WHERE token_hash = \(hash)")
            }
        }
        return account
    }
}
