import Foundation
import XCTest

@testable import Kennisbank

/// `add` and import refuse an entry of the same kind and municipality with (nearly) the same
/// title and body, found through the search index.
final class DuplicateTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testAddRefusesANearDuplicateUnlessAllowed() throws {
        let first = try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Bewoners beheren het buurthuis",
                body: "Vrijwilligers houden het buurthuis open met een kleine subsidie van de gemeente.",
                municipality: "Deventer"))
        let twin = try knowledgeBase.resolve(
            NewEntryText(
                kind: .example, title: "Bewoners beheren het Buurthuis!",
                body: "Vrijwilligers houden het buurthuis open, met een kleine subsidie van de gemeente.",
                municipality: "deventer"))
        XCTAssertThrowsKennisbankError(.exactly(.possibleDuplicate(of: first.id, title: first.title))) {
            try knowledgeBase.add(twin)
        }
        XCTAssertEqual(try knowledgeBase.count(), 1)
        XCTAssertNotEqual(try knowledgeBase.add(twin, allowingDuplicate: true).id, first.id)
    }

    func testOtherKindsMunicipalitiesAndTextsAreNotDuplicates() throws {
        let body = "Vrijwilligers houden het buurthuis open met een kleine subsidie van de gemeente."
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Bewoners beheren het buurthuis", body: body, municipality: "Deventer"))
        // Another municipality, another kind, another text, another title: each is added.
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Bewoners beheren het buurthuis", body: body, municipality: "Zwolle"))
        try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Bewoners beheren het buurthuis", body: body, municipality: "Deventer"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Bewoners beheren het buurthuis",
                body: "Het buurthuis is verkocht aan een stichting van ondernemers.", municipality: "Deventer"))
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Verslag werkbezoek 2024", body: body, municipality: "Deventer"))
        XCTAssertEqual(try knowledgeBase.count(), 5)
    }

    func testImportListsANearDuplicateAndAddsItOnlyWhenAllowed() throws {
        try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Geef de sleutel uit handen", body: "Vertrouw de vrijwilligers."))
        let record = #"{"kind": "tip", "title": "Geef de sleutel uit handen.", "body": "Vertrouw de vrijwilligers!"}"#
        let source = ImportSource.text("\n" + record, name: "tips.jsonl", format: .jsonl)
        let report = try knowledgeBase.importRecords(from: [source])
        XCTAssertEqual(report.added, 0)
        XCTAssertEqual(
            report.skippedRecords,
            [
                SkippedRecord(
                    location: RecordLocation(source: "tips.jsonl", line: 2), title: "Geef de sleutel uit handen.",
                    reason: .similar(entry: Entry.ID(1)))
            ])
        XCTAssertEqual(
            try knowledgeBase.importRecords(from: [source], options: ImportOptions(allowDuplicate: true)).added, 1)
        XCTAssertEqual(try knowledgeBase.count(), 2)
    }

    func testTheCandidatesComeFromAnIndexQueryOfTheTitlesWords() throws {
        let zwolle = try knowledgeBase.municipality("Zwolle")
        let query = try knowledgeBase.read { db in
            try DuplicateFinder.query(title: "De leegstand van het oude stadhuis", municipality: zwolle.id, in: db)
        }
        XCTAssertEqual(query, #"municipality : "Zwolle" AND title : ("leegstand" OR "oude" OR "stadhuis")"#)
        XCTAssertNil(
            try knowledgeBase.read { try DuplicateFinder.query(title: "de het een", municipality: nil, in: $0) })
    }
}

extension DuplicateTests {
    func testTitlesWithOtherNumbersAreOtherEntries() throws {
        for (title, other) in [
            ("Verslag werkbezoek 2023", "Verslag werkbezoek 2024"),
            ("Wachtend op de migratie 1-0", "Wachtend op de migratie 1-1"),
            ("Schrijver 0 toevoeging 1", "Schrijver 1 toevoeging 0"),
        ] {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: title))
            XCTAssertNoThrow(try knowledgeBase.add(NewEntryText(kind: .tip, title: other)), other)
        }
        XCTAssertTrue(DuplicateFinder.isClose("Geef de sleutel uit handen", "Geef de sleutel uit handen!"))
        XCTAssertTrue(
            DuplicateFinder.isClose("Fase 2: geef de sleutel uit handen", "Fase 2 - geef de sleutel uit handen"))
    }
}

extension DuplicateTests {
    func testALinkToARecordNotAddedIsLeftOutWithIt() throws {
        try knowledgeBase.add(
            NewEntryText(kind: .obstacle, title: "Wantrouwen", body: "Bewoners twijfelen.", municipality: "Zwolle"))
        let lines = [
            #"{"uuid": "55555555-5555-4555-8555-555555555555", "kind": "obstacle", "title": "Wantrouwen", "body": "Bewoners twijfelen!", "municipality": "Zwolle"}"#,
            #"{"kind": "tip", "title": "Open proces", "addresses": ["55555555-5555-4555-8555-555555555555"]}"#,
        ]
        let report = try knowledgeBase.importRecords(
            from: [.text(lines.joined(separator: "\n"), name: "a.jsonl", format: .jsonl)])
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(report.skippedRecords.map(\.reason), [.similar(entry: Entry.ID(1))])
        XCTAssertEqual(try knowledgeBase.entry(Entry.ID(2)).addresses, [])
    }
}
