import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Issue 16: `forgetPerson` erases a person everywhere — rows, history, trash, search index, and
/// the bytes of the file and its WAL — and says what it could not.
final class ForgetTests: XCTestCase {
    private let personName = "Zoë Quartelmaat"
    private let email = "z.quartelmaat@voorbeeld.nl"
    private let phone = "06 9876 5432"

    /// A knowledge base in a file with the person as a contact of a current entry (edited, so
    /// that its history holds them), of a trashed entry, removed and restored, and edited.
    private func fileWithPerson() throws -> (KnowledgeBase, path: String, entry: Entry) {
        let folder = try makeTemporaryFolder(self)
        let path = (folder as NSString).appendingPathComponent("kb.sqlite")
        let knowledgeBase = try KnowledgeBase(path: path)
        let person = try knowledgeBase.addPerson(
            name: personName, municipality: "Zwolle", role: "Projectleider", email: "oud@voorbeeld.nl", phone: phone)
        let other = try knowledgeBase.addPerson(name: "Piet Jansen", municipality: "Deventer")
        try knowledgeBase.editPerson(personName, PersonChanges(email: email))
        let entry = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Bewoners aan tafel", body: "Begin klein.", contacts: [person.id, other.id]))
        try knowledgeBase.update(entry.id, with: EntryChanges(body: "Begin klein, met de buurt."))
        let trashed = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Een pilot met een budget", body: "Durf.", contacts: [person.id]))
        try knowledgeBase.moveToTrash(trashed.id)
        try knowledgeBase.removePerson(personName)
        try knowledgeBase.restorePerson(personName)
        return (knowledgeBase, path, entry)
    }

    /// Whether `needle` is anywhere in the file's bytes (UTF-8, and as JSON would escape it).
    private func bytes(of path: String, contain needle: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.range(of: Data(needle.utf8)) != nil
    }

    private func assertNoTrace(in path: String, file: StaticString = #filePath, line: UInt = #line) {
        for companion in [path, path + "-wal", path + "-journal"] {
            for needle in [personName, "Quartelmaat", email, "oud@voorbeeld.nl", phone, "9876 5432"] {
                XCTAssertFalse(
                    bytes(of: companion, contain: needle), "\(needle) in \(companion)", file: file, line: line)
            }
        }
    }

    func testForgettingLeavesNoByteOfThePersonInTheFileOrItsWAL() throws {
        let (knowledgeBase, path, entry) = try fileWithPerson()
        XCTAssertTrue(
            bytes(of: path, contain: personName) || bytes(of: path + "-wal", contain: personName), "the test sees bytes"
        )
        let report = try knowledgeBase.forgetPerson(personName)
        XCTAssertEqual(report.person.name, personName)
        XCTAssertEqual(report.contactOf, 1)
        XCTAssertGreaterThanOrEqual(report.versionsRewritten, 2, "the entry's versions")
        XCTAssertEqual(report.trashRewritten, 1)
        XCTAssertEqual(report.personVersionsErased, 1)
        XCTAssertEqual(report.mentions, [])
        XCTAssertEqual(report.freeSpace, .cleared)
        assertNoTrace(in: path)
        // The rest is whole: the entry, its other contact, its history and the trash.
        XCTAssertEqual(try knowledgeBase.entry(entry.id).contacts.map(\.name), ["Piet Jansen"])
        XCTAssertTrue(
            try knowledgeBase.history(of: entry.id).allSatisfy {
                $0.version.entry.contacts.map(\.name) == ["Piet Jansen"]
            })
        XCTAssertEqual(try knowledgeBase.trash().count, 1)
        XCTAssertThrowsError(try knowledgeBase.person(personName))
        XCTAssertEqual(try knowledgeBase.removedPeople(), [])
        // The search index holds nothing of them: not in its terms, not in its shadow tables.
        try knowledgeBase.transaction(rollingBack: true) { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.forget_terms USING fts5vocab(main, entry_fts, row)")
            let terms = try String.fetchAll(db, sql: "SELECT term FROM temp.forget_terms")
            XCTAssertFalse(terms.contains { $0.contains("quartel") || $0.contains("zoe") || $0.contains("9876") })
            for table in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'entry_fts%' AND type = 'table'")
            {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
                XCTAssertFalse(rows.description.contains("Quartelmaat"), table)
            }
        }
        XCTAssertEqual(
            try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }, "ok")
    }

    func testARemovedPersonIsForgottenToo() throws {
        let (knowledgeBase, path, _) = try fileWithPerson()
        try knowledgeBase.removePerson(personName)
        let report = try knowledgeBase.forgetPerson(personName)
        XCTAssertTrue(report.wasRemoved)
        XCTAssertEqual(report.freeSpace, .cleared)
        assertNoTrace(in: path)
        XCTAssertEqual(try knowledgeBase.removedPeople(), [])
    }

    func testEntriesWhoseTextMentionsThePersonAreListedNotRewritten() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.addPerson(name: personName, municipality: "Zwolle")
        let mentioning = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Vraag het aan zoë quartelmaat", body: "Zij weet het."))
        try knowledgeBase.add(NewEntry(kind: .tip, title: "Iets anders", body: "Niemand genoemd."))
        let report = try knowledgeBase.forgetPerson(personName)
        XCTAssertEqual(
            report.mentions, [ForgetReport.Mention(id: mentioning.id, title: "Vraag het aan zoë quartelmaat")])
        XCTAssertEqual(report.earlierMentions, 1, "its first version")
        XCTAssertEqual(report.freeSpace, .noFile)
        XCTAssertEqual(try knowledgeBase.entry(mentioning.id).title, "Vraag het aan zoë quartelmaat", "prose stays")
    }

    func testAnotherProcessHoldingTheFileStopsTheClearingButNotTheErasing() throws {
        let (knowledgeBase, path, _) = try fileWithPerson()
        // Another connection (as kb serve would) reads in a transaction that stays open.
        let reader = try DatabaseQueue(path: path)
        let reading = DispatchSemaphore(value: 0)
        let finish = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? reader.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM person")
                reading.signal()
                finish.wait()
            }
            done.signal()
        }.start()
        reading.wait()
        let report = try knowledgeBase.forgetPerson(personName, waiting: 0.2)
        finish.signal()
        done.wait()
        XCTAssertEqual(report.freeSpace, .busy)
        XCTAssertTrue(
            bytes(of: path, contain: personName) || bytes(of: path + "-wal", contain: personName),
            "the erased bytes stay in the file or its WAL until it is cleared")
        XCTAssertThrowsError(try knowledgeBase.person(personName), "the rows are gone all the same")
        try reader.close()
        XCTAssertTrue(try knowledgeBase.clearFreeSpace(waiting: 1))
        assertNoTrace(in: path)
    }

    func testBackupsBesideTheFileAreNamed() throws {
        let (knowledgeBase, path, _) = try fileWithPerson()
        let backup = path + ".20261130T120000Z.backup"
        FileManager.default.createFile(atPath: backup, contents: Data())
        XCTAssertEqual(try knowledgeBase.forgetPerson(personName).backups, [backup])
    }
}
