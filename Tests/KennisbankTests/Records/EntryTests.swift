import Foundation
import GRDB
import XCTest

@testable import Kennisbank

final class EntryTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    // MARK: Adding each kind

    func testAddsAPracticeExample() throws {
        let example = try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "  Buurthuis in beheer van bewoners ",
                body: "Bewoners **beheren** het buurthuis.\r\n",
                municipality: "deventer", topics: ["Maatschappelijk vastgoed", "co-creatie"],
                source: "Bijeenkomst 21 mei 2015", date: "2015-05-21"))
        XCTAssertEqual(example.kind, .example)
        XCTAssertEqual(example.title, "Buurthuis in beheer van bewoners")
        XCTAssertEqual(example.body, "Bewoners **beheren** het buurthuis.")
        XCTAssertEqual(example.municipality, "Deventer")
        XCTAssertEqual(example.municipalityCode, "GM0150")
        XCTAssertEqual(example.province, "Overijssel")
        XCTAssertEqual(example.topics, ["co-creatie", "Maatschappelijk vastgoed"])
        XCTAssertEqual(example.source, "Bijeenkomst 21 mei 2015")
        XCTAssertEqual(example.date, "2015-05-21")
        XCTAssertNil(example.status)
        XCTAssertEqual(example.createdAt, example.updatedAt)
        XCTAssertEqual(try knowledgeBase.entry(example.id.description), example)
        XCTAssertEqual(try knowledgeBase.entry(example.uuid.uuidString), example)
    }

    func testAddsAnObstacleOpenByDefault() throws {
        let obstacle = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Wantrouwen", municipality: "Zwolle"))
        XCTAssertEqual(obstacle.status, .open)
        let resolved = try knowledgeBase.add(
            NewEntryText(kind: .obstacle, title: "Leegstand", municipality: "Zwolle", status: .resolved))
        XCTAssertEqual(resolved.status, .resolved)
    }

    func testAddsANetworkTipThatAddressesAnObstacle() throws {
        let obstacle = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Wantrouwen", municipality: "Zwolle"))
        let tip = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Wees transparant", addresses: [obstacle.id.description]))
        XCTAssertNil(tip.municipality)
        XCTAssertEqual(tip.addresses, [obstacle.uuid])
        XCTAssertEqual(try knowledgeBase.entriesAddressing(obstacle.id.description).map(\.id), [tip.id])
    }

    func testKeepsAGivenUUIDAndRefusesItTwice() throws {
        let uuid = UUID()
        let tip = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een", uuid: uuid))
        XCTAssertEqual(tip.uuid, uuid)
        XCTAssertThrowsKennisbankError(.exactly(.duplicateUUID(uuid.uuidString.lowercased()))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "Twee", uuid: uuid))
        }
    }

    func testTopicsThatFoldAlikeAreOneTopic() throws {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "a", topics: ["Co-creatie"]))
        try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "b", topics: ["co creatie", "CO-CREATIE", "Financiële risico's"]))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "c", topics: ["cocreatie", "financiele risicos"]))
        let topics = try knowledgeBase.topics()
        XCTAssertEqual(topics.map(\.label), ["Co-creatie", "Financiële risico's"])
        XCTAssertEqual(topics.map(\.entryCount), [3, 2])
        XCTAssertEqual(topics.map(\.key), ["cocreatie", "financielerisicos"])
    }

    func testTextArrivingDecomposedIsStoredComposed() throws {
        let decomposed = "Financie\u{0308}le risico's"
        let tip = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: decomposed, body: decomposed, topics: [decomposed]))
        XCTAssertEqual(tip.title.unicodeScalars.count, "Financiële risico's".unicodeScalars.count)
        XCTAssertEqual(Array(tip.title.utf8), Array("Financiële risico's".utf8))
        XCTAssertEqual(Array(tip.body.utf8), Array("Financiële risico's".utf8))
        XCTAssertEqual(Array(tip.topics[0].utf8), Array("Financiële risico's".utf8))
    }

    // MARK: Rules

    func testRefusesWhatMustNotBeStored() throws {
        XCTAssertThrowsKennisbankError(.exactly(.emptyField(.title))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: " \n\t "))
        }
        XCTAssertThrowsKennisbankError(.exactly(.municipalityRequired(.example))) {
            try knowledgeBase.add(NewEntryText(kind: .example, title: "x"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.municipalityRequired(.obstacle))) {
            try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "x"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.statusOnlyForObstacles)) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", status: .open))
        }
        XCTAssertThrowsKennisbankError(.exactly(.emptyTopic("--"))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", topics: ["--"]))
        }
        XCTAssertThrowsKennisbankError(.exactly(.invalidDate("2015-02-30"))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", date: "2015-02-30"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.invalidDate("gisteren"))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", date: "gisteren"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.invalidCharacters(field: .title))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "a\u{0}b"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.invalidCharacters(field: .body))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "a", body: "x\u{1B}[31m"))
        }
        XCTAssertThrowsKennisbankError(.exactly(.tooLong(field: .title, limit: EntryValidation.titleLimit))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: String(repeating: "a", count: 501)))
        }
        XCTAssertThrowsKennisbankError(.exactly(.tooLong(field: .body, limit: EntryValidation.bodyLimit))) {
            try knowledgeBase.add(
                NewEntryText(kind: .tip, title: "a", body: String(repeating: "b", count: EntryValidation.bodyLimit + 1))
            )
        }
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry("999"))) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", addresses: ["999"]))
        }
        let tip = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een tip"))
        XCTAssertThrowsKennisbankError(.message(containing: "is not an obstacle")) {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", addresses: [tip.id.description]))
        }
        let obstacle = try knowledgeBase.add(
            NewEntryText(kind: .obstacle, title: "Een obstakel", municipality: "Zwolle"))
        XCTAssertThrowsKennisbankError(.message(containing: "cannot address")) {
            try knowledgeBase.add(
                NewEntryText(kind: .obstacle, title: "x", municipality: "Zwolle", addresses: [obstacle.id.description]))
        }
        XCTAssertEqual(try knowledgeBase.count(), 2, "nothing of the refused entries was stored")
        XCTAssertEqual(try knowledgeBase.topics(), [])
    }

    func testAcceptsDutchDates() throws {
        XCTAssertEqual(
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", date: "21-05-2015")).date, "2015-05-21")
        XCTAssertEqual(
            try knowledgeBase.addAllowingDuplicate(NewEntryText(kind: .tip, title: "x", date: "2016/2/29")).date,
            "2016-02-29")
    }

    func testTheSchemaItselfEnforcesTheRules() throws {
        let now = "2026-01-01T00:00:00.000Z"
        let attempts = [
            "INSERT INTO entry (uuid, kind, title, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'idea', 'x', '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000002', 'tip', '  ', '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000003', 'example', 'x', '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000004', 'tip', 'x', 'open', '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, municipality_id, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000005', 'obstacle', 'x', 1, '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, municipality_id, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000006', 'example', 'x', 99999, '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, date, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000007', 'tip', 'x', '2015-13-01', '\(now)', '\(now)')",
            "INSERT INTO entry (uuid, kind, title, created_at, updated_at) VALUES ('not-a-uuid', 'tip', 'x', '\(now)', '\(now)')",
            "INSERT INTO topic (label, key) VALUES ('--', '')",
            "INSERT INTO municipality (name, lookup_key, base_key, code) VALUES ('X', 'x', 'x', 'XX0001')",
        ]
        for sql in attempts {
            XCTAssertThrowsError(try knowledgeBase.writer.write { try $0.execute(sql: sql) }, sql)
        }
        let tip = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Tip"))
        XCTAssertThrowsError(
            try knowledgeBase.writer.write {
                try $0.execute(sql: "UPDATE entry SET kind = 'example' WHERE id = \(tip.id)")
            })
        XCTAssertThrowsError(
            try knowledgeBase.writer.write {
                try $0.execute(sql: "INSERT INTO entry_obstacle VALUES (\(tip.id), \(tip.id))")
            })
    }

    // MARK: Changing and removing

    func testUpdatesFieldsAndTopics() throws {
        let obstacle = try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "Wantrouwen", municipality: "Zwolle", topics: ["Vertrouwen", "Participatie"]))
        Thread.sleep(forTimeInterval: 0.01)
        let changed = try knowledgeBase.update(
            obstacle.id.description,
            with: ChangesText(
                title: "Wantrouwen tussen bewoners en raad", body: "Nieuw", municipality: "Deventer",
                source: .some("Gesprek"),
                date: .some("2016-01-02"), status: .resolved, addTopics: ["Raad"], removeTopics: ["participatie"]))
        XCTAssertEqual(changed.title, "Wantrouwen tussen bewoners en raad")
        XCTAssertEqual(changed.body, "Nieuw")
        XCTAssertEqual(changed.municipality, "Deventer")
        XCTAssertEqual(changed.source, "Gesprek")
        XCTAssertEqual(changed.date, "2016-01-02")
        XCTAssertEqual(changed.status, .resolved)
        XCTAssertEqual(changed.topics, ["Raad", "Vertrouwen"])
        XCTAssertEqual(changed.uuid, obstacle.uuid)
        XCTAssertEqual(changed.createdAt, obstacle.createdAt)
        XCTAssertGreaterThan(changed.updatedAt, obstacle.updatedAt)
        XCTAssertEqual(try knowledgeBase.topics().map(\.label), ["Raad", "Vertrouwen"], "an unused topic disappears")

        let replaced = try knowledgeBase.update(
            obstacle.uuid.uuidString, with: ChangesText(source: .some(nil), date: .some(nil), topics: ["Financiën"]))
        XCTAssertNil(replaced.source)
        XCTAssertNil(replaced.date)
        XCTAssertEqual(replaced.topics, ["Financiën"])
    }

    func testRefusesChangesThatBreakTheRules() throws {
        let example = try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Voorbeeld", municipality: "Zwolle", topics: ["A"]))
        let before = try knowledgeBase.entry(example.id.description)
        XCTAssertThrowsKennisbankError(.exactly(.municipalityRequired(.example))) {
            try knowledgeBase.update(
                example.id.description, with: ChangesText(title: "Nieuw", municipality: .some(nil)))
        }
        XCTAssertThrowsKennisbankError(.exactly(.statusOnlyForObstacles)) {
            try knowledgeBase.update(example.id.description, with: ChangesText(title: "Nieuw", status: .open))
        }
        XCTAssertThrowsKennisbankError(.exactly(.topicNotOnEntry("B"))) {
            try knowledgeBase.update(example.id.description, with: ChangesText(title: "Nieuw", removeTopics: ["B"]))
        }
        XCTAssertThrowsKennisbankError(.exactly(.emptyField(.title))) {
            try knowledgeBase.update(example.id.description, with: ChangesText(title: ""))
        }
        XCTAssertEqual(try knowledgeBase.entry(example.id.description), before, "a refused change stores nothing")
        let tip = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Tip", municipality: "Zwolle"))
        XCTAssertNil(
            try knowledgeBase.update(tip.id.description, with: ChangesText(municipality: .some(nil))).municipality)
    }

    func testLinksToObstaclesCanBeAddedAndRemoved() throws {
        let obstacle = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Leegstand", municipality: "Zwolle"))
        let example = try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Tijdelijk gebruik", municipality: "Deventer"))
        XCTAssertEqual(
            try knowledgeBase.update(example.id.description, with: ChangesText(addAddresses: [obstacle.id.description]))
                .addresses, [obstacle.uuid])
        XCTAssertEqual(
            try knowledgeBase.update(
                example.id.description, with: ChangesText(removeAddresses: [obstacle.id.description])
            ).addresses, [])
        XCTAssertThrowsKennisbankError(.message(containing: "does not address")) {
            try knowledgeBase.update(
                example.id.description, with: ChangesText(removeAddresses: [obstacle.id.description]))
        }
    }

    func testMovesAnEntryToTheTrashWithItsLinks() throws {
        let obstacle = try knowledgeBase.add(
            NewEntryText(kind: .obstacle, title: "Leegstand", municipality: "Zwolle", topics: ["Vastgoed"]))
        let tip = try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Tijdelijk gebruik", topics: ["Vastgoed", "Tijdelijk"],
                addresses: [obstacle.id.description]))
        let deleted = try knowledgeBase.moveToTrash(obstacle.id.description)
        XCTAssertEqual(deleted.id, obstacle.id)
        XCTAssertThrowsKennisbankError(.exactly(.entryInTrash(obstacle.id))) {
            try knowledgeBase.entry(obstacle.id.description)
        }
        XCTAssertEqual(try knowledgeBase.entry(tip.id.description).addresses, [])
        try knowledgeBase.moveToTrash(tip.id.description)
        XCTAssertEqual(try knowledgeBase.topics(), [])
        XCTAssertEqual(try knowledgeBase.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM source") }, 0)
    }

    // MARK: References and listing

    func testReferencesByIdUUIDAndPrefix() throws {
        let first = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "a", uuid: UUID(uuidString: "aaaa1111-0000-4000-8000-000000000001")))
        let second = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "b", uuid: UUID(uuidString: "aaaa2222-0000-4000-8000-000000000002")))
        XCTAssertEqual(try knowledgeBase.entry("#\(first.id)").id, first.id)
        XCTAssertEqual(try knowledgeBase.entry("AAAA1111").id, first.id)
        XCTAssertEqual(try knowledgeBase.entry("aaaa2222-0000-4000-8000-000000000002").id, second.id)
        XCTAssertThrowsKennisbankError(.message(containing: "fits several entries")) { try knowledgeBase.entry("aaaa") }
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry("bbbb"))) { try knowledgeBase.entry("bbbb") }
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry("42"))) { try knowledgeBase.entry("42") }
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry("x'; DROP TABLE entry; --"))) {
            try knowledgeBase.entry("x'; DROP TABLE entry; --")
        }
        XCTAssertThrowsKennisbankError(.exactly(.unknownEntry(""))) { try knowledgeBase.entry("") }
    }

    func testListsWithFilters() throws {
        try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "e1", municipality: "Deventer", topics: ["Vastgoed"], date: "2015-05-21"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "o1", municipality: "Deventer", topics: ["Vertrouwen"], date: "2016-01-01"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "o2", municipality: "Zwolle", topics: ["Vertrouwen"], status: .resolved))
        try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "t1", topics: ["Vastgoed", "Vertrouwen"], date: "2014-03-03"))
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "e2", municipality: "Leeuwarden", topics: ["Vastgoed"]))

        func titles(_ filter: FilterText) throws -> [String] { try knowledgeBase.entries(filter).map(\.title) }
        XCTAssertEqual(try titles(FilterText()), ["o1", "e1", "t1", "o2", "e2"])
        XCTAssertEqual(try titles(FilterText(kinds: [.obstacle])), ["o1", "o2"])
        XCTAssertEqual(try titles(FilterText(municipalities: ["deventer"])), ["o1", "e1"])
        XCTAssertEqual(try titles(FilterText(municipalities: ["Deventer", "GM0193"])), ["o1", "e1", "o2"])
        XCTAssertEqual(try titles(FilterText(topics: ["vastgoed"])), ["e1", "t1", "e2"])
        XCTAssertEqual(try titles(FilterText(kinds: [.example], topics: ["Vastgoed"], province: "Overijssel")), ["e1"])
        XCTAssertEqual(try titles(FilterText(province: "Friesland")), ["e2"])
        XCTAssertEqual(try titles(FilterText(statuses: [.resolved])), ["o2"])
        XCTAssertEqual(try titles(FilterText(since: "2015-01-01")), ["o1", "e1"])
        XCTAssertEqual(try titles(FilterText(until: "2015-05-21")), ["e1", "t1"])
        XCTAssertEqual(try knowledgeBase.entries(FilterText(), limit: 2, offset: 1).map(\.title), ["e1", "t1"])
        XCTAssertEqual(try knowledgeBase.count(FilterText(kinds: [.example])), 2)
        XCTAssertEqual(try knowledgeBase.topics(FilterText(municipalities: ["Zwolle"])).map(\.entryCount), [1])
        XCTAssertThrowsKennisbankError(.exactly(.unknownTopic("Vastgoedd", suggestions: ["Vastgoed"]))) {
            try titles(FilterText(topics: ["Vastgoedd"]))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "can mean")) {
            try titles(FilterText(municipalities: ["Bergen"]))
        }
    }

    func testEntriesEncodeAsTheCLIContractSays() throws {
        let tip = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Neem de tijd", topics: ["Tijd"]))
        let data = try KennisbankJSON.encoder().encode(tip)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["id"] as? Int, Int(tip.id.rawValue))
        XCTAssertEqual(object["uuid"] as? String, tip.uuid.uuidString.lowercased())
        XCTAssertEqual(object["kind"] as? String, "tip")
        XCTAssertEqual(object["title"] as? String, "Neem de tijd")
        XCTAssertEqual(object["body"] as? String, "")
        XCTAssertTrue(object["municipality"] is NSNull)
        XCTAssertEqual(object["topics"] as? [String], ["Tijd"])
        XCTAssertEqual(try JSONDecoder().decode(Entry.self, from: data), tip)
    }
}

extension EntryTests {
    func testADigitOnlyUUIDPrefixFindsTheEntryWhenNoSuchIdExists() throws {
        let entry = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "a", uuid: UUID(uuidString: "74581972-0000-4000-8000-000000000001")))
        XCTAssertEqual(try knowledgeBase.entry("74581972").id, entry.id)
        XCTAssertEqual(try knowledgeBase.entry("1").id, entry.id, "the id wins when it exists")
    }
}
