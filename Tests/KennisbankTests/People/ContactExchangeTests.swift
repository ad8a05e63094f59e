import Foundation
import XCTest

@testable import Kennisbank

/// Issue 16: an entry's contacts travel with every export format by name and municipality; an
/// import resolves them or refuses the record; `withoutPersonalData` leaves them out.
final class ContactExchangeTests: XCTestCase {
    private func source() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let anna = try knowledgeBase.addPerson(
            name: "Anna de Vries", municipality: "Zwolle", role: "Beleidsadviseur", email: "anna@zwolle.nl",
            phone: "038 498 2000")
        let piet = try knowledgeBase.addPerson(name: "Piet; Jansen", municipality: "Deventer")
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Bel over wonen", body: "Zij weten het.", contacts: [piet.id, anna.id]))
        return knowledgeBase
    }

    /// A new knowledge base that knows the two people (other UUIDs), or only Anna.
    private func target(withPiet: Bool = true) throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        if withPiet { try knowledgeBase.addPerson(name: "Piet; Jansen", municipality: "Deventer") }
        return knowledgeBase
    }

    func testEveryFormatCarriesTheContactsAndAnImportResolvesThemByName() throws {
        let source = try source()
        let markdown = try makeTemporaryFolder(self) + "/notes"
        try source.export(.markdown, to: .folder(markdown))
        var sources: [(ExchangeFormat, ImportSource)] = try [ExchangeFormat.jsonl, .json, .csv].map { format in
            let text = try source.exportText(format)
            XCTAssertFalse(text.contains("anna@zwolle.nl"), "\(format)")
            XCTAssertFalse(text.contains("498"), "\(format)")
            return (format, ImportSource.text(text, name: "export", format: format))
        }
        sources.append((.markdown, try ImportSource.file(markdown)))
        for (format, import_) in sources {
            let target = try target()
            try target.importRecords(from: [import_])
            let entry = try XCTUnwrap(try target.entries().first, "\(format)")
            XCTAssertEqual(entry.contacts.map(\.qualifiedName), ["Piet; Jansen (Deventer)", "Anna de Vries (Zwolle)"])
            XCTAssertEqual(
                entry.contacts.map(\.id), try ["Piet; Jansen", "Anna de Vries"].map { try target.person($0).id })
        }
    }

    func testAnImportNamingAnUnknownPersonIsRefusedAndStoresNothing() throws {
        let text = try source().exportText(.jsonl)
        let target = try target(withPiet: false)
        XCTAssertThrowsError(try target.importRecords(from: [.text(text, name: "export.jsonl", format: .jsonl)])) {
            let error = $0 as? KennisbankError
            guard case .importFailed(let problem) = error else { return XCTFail("\(String(describing: error))") }
            XCTAssertEqual(problem.field, .contacts)
            XCTAssertEqual(
                problem.reason, .invalid(.people(.unknownPerson("Piet; Jansen (Deventer)", suggestions: []))))
        }
        XCTAssertEqual(try target.entries(), [])
    }

    func testAnUpdateWithoutTheFieldKeepsTheContactsAndOneWithItReplacesThem() throws {
        let source = try source()
        let target = try target()
        try target.importRecords(from: [.text(try source.exportText(.jsonl), name: "a.jsonl", format: .jsonl)])
        let stored = try XCTUnwrap(try target.entries().first)
        let uuid = stored.uuid.uuidString.lowercased()
        let without = #"{"uuid":"\#(uuid)","kind":"tip","title":"Bel over wonen, nu echt","body":"Zij weten het."}"#
        try target.importRecords(from: [.text(without, name: "b.jsonl", format: .jsonl)])
        XCTAssertEqual(try target.entry(stored.id).contacts.count, 2)
        let replaced =
            #"{"uuid":"\#(uuid)","kind":"tip","title":"Bel over wonen, nu echt","body":"Zij weten het.","contacts":["Anna de Vries"]}"#
        try target.importRecords(from: [.text(replaced, name: "c.jsonl", format: .jsonl)])
        XCTAssertEqual(try target.entry(stored.id).contacts.map(\.name), ["Anna de Vries"])
        XCTAssertEqual(try target.history(of: stored.id).last?.changed, [.contacts])
    }

    func testAnExportWithoutPersonalDataHasNoContacts() throws {
        let source = try source()
        for format in [ExchangeFormat.jsonl, .json, .csv] {
            let text = try source.exportText(format, withoutPersonalData: true)
            XCTAssertTrue(text.contains("Bel over wonen"), "\(format)")
            XCTAssertFalse(text.contains("Anna"), "\(format): \(text)")
            XCTAssertFalse(text.contains("Jansen"), "\(format): \(text)")
        }
        let notes = String(decoding: try source.exportBytes(.markdown, withoutPersonalData: true), as: UTF8.self)
        XCTAssertFalse(notes.contains("Anna"))
    }

    /// Importing an export without personal data back keeps the entries' contacts: its empty
    /// `contacts` names no one, and takes no one away.
    func testReimportingAnExportWithoutPersonalDataKeepsTheContacts() throws {
        let source = try source()
        let entry = try XCTUnwrap(try source.entries().first)
        for format in [ExchangeFormat.jsonl, .json, .csv] {
            let plain = try source.exportText(format, withoutPersonalData: true)
            try source.importRecords(from: [.text(plain, name: "terug", format: format)])
            XCTAssertEqual(try source.entry(entry.id).contacts.count, 2, "\(format)")
        }
    }
}
