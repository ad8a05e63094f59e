import Foundation
import KennisbankText
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
        // Six words: a close title holds five of them, so two of the three longest.
        XCTAssertEqual(
            query,
            #"municipality : "Zwolle" AND title : (("leegstand" AND "oude") OR ("leegstand" AND "stadhuis") OR ("oude" AND "stadhuis"))"#
        )
        // One significant word of two: any of it.
        XCTAssertEqual(
            try knowledgeBase.read { try DuplicateFinder.query(title: "Het stadhuis", municipality: nil, in: $0) },
            #"title : ("stadhuis")"#)
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

extension DuplicateTests {
    func testAPairQueryNamesEnoughWordsThatACloseTitleHoldsTwo() {
        // Words of the title → words a query of pairs names (a close title lacks at most n − 2 of them).
        XCTAssertEqual(
            [2, 3, 4, 5, 6, 10, 15, 30].map { DuplicateFinder.pairCount(wordCount: $0) }, [2, 2, 2, 3, 3, 4, 5, 8])
        for wordCount in 2...40 {
            let named = DuplicateFinder.pairCount(wordCount: wordCount)
            // The fewest words a close title can share with this one.
            let shared = (0...wordCount).first { Double($0) / Double(wordCount) >= DuplicateFinder.threshold }!
            XCTAssertEqual(named - (wordCount - shared), 2, "\(wordCount) words")
        }
    }

    func testTitlesAtTheLimitOfCloseAreStillFound() throws {
        let title = "Vrijwilligers openen het dorpshuis elke woensdag voor jongeren uit omliggende kernen"
        let body = "Een groep ouders opende het dorpshuis; de gemeente betaalde de verwarming."
        let first = try knowledgeBase.add(
            NewEntryText(kind: .example, title: title, body: body, municipality: "Deventer"))
        var words = title.split(separator: " ").map(String.init)
        // Eleven words, each variant still close (at least 0.8 of the words shared): the longest
        // word replaced, two words left out, one added.
        let variants = [
            words.map { $0 == "Vrijwilligers" ? "Buurtbewoners" : $0 }.joined(separator: " "),
            words.filter { $0 != "omliggende" && $0 != "jongeren" }.joined(separator: " "),
            (words + ["samen"]).joined(separator: " "),
        ]
        for variant in variants {
            XCTAssertGreaterThanOrEqual(
                DuplicateFinder.similarity(DuplicateFinder.words(title), DuplicateFinder.words(variant)),
                DuplicateFinder.threshold)
            XCTAssertThrowsKennisbankError(.exactly(.possibleDuplicate(of: first.id, title: first.title))) {
                try knowledgeBase.add(
                    NewEntryText(kind: .example, title: variant, body: body, municipality: "Deventer"))
            }
        }
        words.removeLast(3)
        XCTAssertNoThrow(
            try knowledgeBase.add(
                NewEntryText(
                    kind: .example, title: words.joined(separator: " "), body: body, municipality: "Deventer")))
    }

    func testAnImportFindsDuplicatesAtItsStartAndDeepIntoIt() throws {
        try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "Leegstand van het oude stadhuis", body: "Niemand wil het gebouw kopen.",
                municipality: "Zwolle"))
        let places = ["buurthuis", "dorpshuis", "stadhuis", "zwembad", "bibliotheek", "sporthal"]
        let actions = ["sluiting", "verkoop", "verbouwing", "overdracht", "leegstand", "beheer"]
        var lines: [String] = []
        func line(_ title: String, _ body: String) -> String {
            #"{"kind": "obstacle", "municipality": "Zwolle", "title": "\#(title)", "body": "\#(body)"}"#
        }
        // 300 entries of one municipality and kind, titled alike (each title shares words with many).
        func title(_ number: Int) -> String {
            "De \(actions[number % 6]) van het \(places[number / 6 % 6]) in wijk \(number)"
        }
        func body(_ number: Int) -> String { "Verhaal \(number): \(places[number % 6]) en \(actions[number / 7 % 6])." }
        for number in 0..<300 {
            lines.append(line(title(number), body(number)))
            if number == 0 {
                // At the start: the stored entry again, and the first record of the file again.
                lines.append(line("Leegstand van het oude stadhuis!", "Niemand wil het gebouw kopen!"))
                lines.append(line(title(0) + " nu", body(0) + "!"))
            }
        }
        // Deep into the import: record 250 again.
        lines.append(line(title(250) + " nu", "(\(body(250)))"))
        let report = try knowledgeBase.importRecords(
            from: [.text(lines.joined(separator: "\n"), name: "zwolle.jsonl", format: .jsonl)])
        XCTAssertEqual(report.added, 300)
        XCTAssertEqual(
            report.skippedRecords.map(\.location.line), [2, 3, lines.count])
        XCTAssertEqual(
            report.skippedRecords.map(\.reason),
            [.similar(entry: Entry.ID(1)), .similar(entry: Entry.ID(2)), .similar(entry: Entry.ID(252))])
    }

    func testTheBodyWordsCacheAnswersAsTheWordsOfTheBodyItHolds() {
        let cache = BodyWordsCache()
        let body = "Bewoners beheren het buurthuis; de gemeente betaalt."
        XCTAssertEqual(cache.words(of: Entry.ID(1), body: body), DuplicateFinder.words(body))
        XCTAssertEqual(cache.words(of: Entry.ID(1), body: body), DuplicateFinder.words(body))
        // The entry changed: its new body's words.
        XCTAssertEqual(
            cache.words(of: Entry.ID(1), body: "Het buurthuis is dicht."), ["het", "buurthuis", "is", "dicht"])
        XCTAssertEqual(cache.count, 1)
        // Bounded: past the limit it starts over.
        let small = BodyWordsCache(byteLimit: 100)
        let long = String(repeating: "woord ", count: 10)
        for id in 2...5 { XCTAssertEqual(small.words(of: Entry.ID(Int64(id)), body: long), ["woord"]) }
        XCTAssertEqual(small.count, 1)
    }
}

extension DuplicateTests {
    func testWordsSplitAsCharactersDo() {
        func reference(_ text: String) -> Set<String> {
            Set(TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [
            "", "Verslag werkbezoek 2023", "Fase 2: geef de sleutel uit handen!", "co-creatie\r\nen 's-Hertogenbosch",
            "Justitiële gegevens, één café: naïef", "ĳsbaan ß Ærø ½ ² x²", "emoji 👍🏽 en 한국어", ascii,
            "a\(ascii)b\(ascii)c", "@[`{ AZaz09 /:",
        ] {
            XCTAssertEqual(DuplicateFinder.words(text), reference(text), text)
        }
    }
}

extension DuplicateTests {
    func testATitleManyEntriesCarryStillFindsTheTwinTheRankingPutsFirst() throws {
        // 30 entries of one title, each with its own body; the 26th has the shortest body, which
        // the index ranks first. More close titles than are compared in rowid order.
        var lines: [String] = []
        for number in 0..<30 {
            let body =
                number == 25
                ? "Het buurthuis ging naar de vrijwilligers."
                : "Verslag \(number): " + (0..<12).map { "woord\(number)x\($0)" }.joined(separator: " ")
            lines.append(
                #"{"uuid": "00000000-0000-4000-8000-0000000001\#(number + 10)", "kind": "example", "municipality": "Zwolle", "title": "Buurthuis overgedragen aan vrijwilligers", "body": "\#(body)"}"#
            )
        }
        let stored = try knowledgeBase.importRecords(
            from: [.text(lines.joined(separator: "\n"), name: "a.jsonl", format: .jsonl)],
            options: ImportOptions(allowDuplicate: true))
        XCTAssertEqual(stored.added, 30)
        let twin =
            #"{"kind": "example", "municipality": "Zwolle", "title": "Buurthuis overgedragen aan vrijwilligers!", "body": "Het buurthuis ging naar de vrijwilligers!"}"#
        let report = try knowledgeBase.importRecords(from: [.text(twin, name: "b.jsonl", format: .jsonl)])
        XCTAssertEqual(report.skippedRecords.map(\.reason), [.similar(entry: Entry.ID(26))])
    }
}
