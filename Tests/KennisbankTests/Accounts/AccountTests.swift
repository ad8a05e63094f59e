import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Accounts: names unique whatever the case, passwords kept as bcrypt hashes, tokens as
/// SHA-256 hashes, and what each role may do.
final class AccountTests: XCTestCase {
    /// The lowest bcrypt cost, so that the tests run fast.
    let cost = Account.minimumPasswordCost
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testAnAccountIsAddedListedAndRemovedWithItsMunicipality() throws {
        let deventer = try knowledgeBase.municipality("Deventer")
        let anna = try knowledgeBase.addAccount(
            name: "  Anna ", role: .editor, municipality: deventer.id, password: "lang genoeg wachtwoord", cost: cost)
        try knowledgeBase.addAccount(name: "bert", role: .coordinator, password: "nog een wachtwoord", cost: cost)
        XCTAssertEqual(anna.name, "Anna")
        XCTAssertEqual(anna.municipality, "Deventer")
        XCTAssertEqual(try knowledgeBase.accounts().map(\.name), ["Anna", "bert"])
        XCTAssertEqual(try knowledgeBase.account(named: "ANNA").id, anna.id)
        XCTAssertThrowsError(
            try knowledgeBase.addAccount(name: "anna", role: .reader, password: "lang genoeg wachtwoord", cost: cost)
        ) { XCTAssertEqual($0 as? KennisbankError, .account(.accountExists("Anna"))) }
        XCTAssertEqual(try knowledgeBase.removeAccount(named: "ANNA").id, anna.id)
        XCTAssertNil(try knowledgeBase.account(anna.id))
        XCTAssertThrowsError(try knowledgeBase.removeAccount(named: "anna")) {
            XCTAssertEqual($0 as? KennisbankError, .account(.unknownAccount("anna")))
        }
    }

    func testPasswordsAreCheckedAndKeptAsBcryptHashesOnly() throws {
        for (password, problem) in [
            ("", KennisbankError.AccountProblem.passwordTooShort(minimum: 10)),
            ("123456789", .passwordTooShort(minimum: 10)),
            (String(repeating: "é", count: 40), .passwordTooLong(maximum: 72)),
        ] {
            XCTAssertThrowsError(try knowledgeBase.addAccount(name: "x", role: .reader, password: password, cost: cost))
            {
                XCTAssertEqual($0 as? KennisbankError, .account(problem))
            }
        }
        XCTAssertThrowsError(try knowledgeBase.addAccount(name: " ", role: .reader, password: "1234567890", cost: cost))
        XCTAssertTrue(try knowledgeBase.accounts().isEmpty)

        try knowledgeBase.addAccount(name: "Anna", role: .reader, password: "correct paard batterij", cost: cost)
        let stored = try knowledgeBase.read { try String.fetchOne($0, sql: "SELECT password_hash FROM account") }
        XCTAssertTrue(stored?.hasPrefix("$2b$04$") == true, stored ?? "")
        XCTAssertFalse(stored?.contains("paard") == true)
        XCTAssertEqual(try knowledgeBase.verifyPassword(name: "anna", password: "correct paard batterij")?.name, "Anna")
        XCTAssertNil(try knowledgeBase.verifyPassword(name: "Anna", password: "correct paard batterij!"))
        XCTAssertNil(try knowledgeBase.verifyPassword(name: "Nobody", password: "correct paard batterij"))

        try knowledgeBase.setPassword("een nieuw wachtwoord", for: "anna", cost: cost)
        XCTAssertNil(try knowledgeBase.verifyPassword(name: "Anna", password: "correct paard batterij"))
        XCTAssertNotNil(try knowledgeBase.verifyPassword(name: "Anna", password: "een nieuw wachtwoord"))
    }

    func testATokenIsShownOnceStoredHashedAndDiesWithItsAccount() throws {
        try knowledgeBase.addAccount(name: "Anna", role: .editor, password: "lang genoeg wachtwoord", cost: cost)
        let token = try knowledgeBase.newToken(for: "anna")
        let second = try knowledgeBase.newToken(for: "Anna")
        XCTAssertNotEqual(token, second)
        XCTAssertTrue(token.hasPrefix("kb_") && token.count == 67, token)
        let hashes = try knowledgeBase.read { try String.fetchAll($0, sql: "SELECT token_hash FROM account_token") }
        XCTAssertEqual(hashes.count, 2)
        XCTAssertFalse(hashes.contains(token))
        XCTAssertTrue(hashes.contains(AccountStore.tokenHash(token)))
        // SHA-256 of "abc", the FIPS 180-2 example.
        XCTAssertEqual(
            AccountStore.tokenHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

        XCTAssertEqual(try knowledgeBase.account(forToken: token)?.name, "Anna")
        XCTAssertNotNil(
            try knowledgeBase.read { try String.fetchOne($0, sql: "SELECT max(last_used) FROM account_token") })
        XCTAssertNil(try knowledgeBase.account(forToken: token + "x"))
        XCTAssertNil(try knowledgeBase.account(forToken: ""))
        try knowledgeBase.removeAccount(named: "Anna")
        XCTAssertNil(try knowledgeBase.account(forToken: token))
        XCTAssertEqual(try knowledgeBase.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM account_token") }, 0)
    }

    func testEachRoleMayDoWhatTheIssueSays() {
        let created = Date()
        func account(_ role: AccountRole, _ municipality: String?) -> Account {
            Account(id: Account.ID(1), name: "x", role: role, municipality: municipality, createdAt: created)
        }
        let reader = account(.reader, "Deventer")
        let editor = account(.editor, "Deventer")
        let networkEditor = account(.editor, nil)
        let coordinator = account(.coordinator, nil)
        for action in [AccountAction.add, .change, .trash] {
            XCTAssertFalse(reader.may(action, municipality: nil), "\(action)")
            XCTAssertFalse(reader.may(action, municipality: "Deventer"), "\(action)")
            XCTAssertTrue(editor.may(action, municipality: "Deventer"), "\(action)")
            XCTAssertTrue(editor.may(action, municipality: nil), "\(action)")
            XCTAssertFalse(editor.may(action, municipality: "Zwolle"), "\(action)")
            XCTAssertTrue(networkEditor.may(action, municipality: nil), "\(action)")
            XCTAssertFalse(networkEditor.may(action, municipality: "Deventer"), "\(action)")
            XCTAssertTrue(coordinator.may(action, municipality: "Zwolle"), "\(action)")
        }
        for someone in [reader, editor, networkEditor, coordinator] {
            XCTAssertTrue(someone.may(.read, municipality: "Zwolle"))
        }
        XCTAssertEqual([reader, editor, coordinator].map { $0.may(.manageAccounts) }, [false, false, true])
        XCTAssertEqual(
            ["lezer", "Redacteur", "coördinator", "reader", "editor", "coordinator", "baas"].map(
                AccountRole.init(userText:)),
            [.reader, .editor, .coordinator, .reader, .editor, .coordinator, nil])
    }
}
