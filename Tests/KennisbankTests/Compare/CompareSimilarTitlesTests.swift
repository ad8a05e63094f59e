import Foundation
import XCTest

@testable import Kennisbank

/// "Clearly similar text" between titles, and how it feeds who faces the same and who can help.
final class CompareSimilarTitlesTests: XCTestCase {
    func testSignificantTermsAreStemmedFoldedAndWithoutStopwords() {
        XCTAssertEqual(
            SimilarTitles.terms("Wantrouwen tussen bewoners en gemeente"),
            SimilarTitles.terms("wantrouwen TUSSEN Bewoner de gemeente"))
        XCTAssertFalse(SimilarTitles.terms("Wantrouwen tussen bewoners en gemeente").contains("en"))
        XCTAssertEqual(SimilarTitles.terms("Financiële risico's"), SimilarTitles.terms("financiele risico"))
        XCTAssertEqual(SimilarTitles.terms("de en van"), [])
    }

    func testClearlySimilarMeansJaccardOfAtLeastFourTenths() {
        func similarity(_ a: String, _ b: String) -> Double {
            SimilarTitles.jaccard(SimilarTitles.terms(a), SimilarTitles.terms(b))
        }
        XCTAssertEqual(
            similarity("Wantrouwen tussen bewoners en gemeente", "Wantrouwen van bewoners"), 0.5, accuracy: 1e-9)
        XCTAssertEqual(similarity("Leegstand", "Leegstand van kerken"), 0.5, accuracy: 1e-9)
        XCTAssertEqual(similarity("Wantrouwen", "Wantrouwen tussen raad en ambtenaren"), 0.25, accuracy: 1e-9)
        XCTAssertEqual(similarity("Leegstand", "Leegstand"), 1)
        XCTAssertEqual(similarity("Leegstand", "Wantrouwen"), 0)
        XCTAssertEqual(similarity("", "Wantrouwen"), 0)
        XCTAssertEqual(SimilarTitles.threshold, 0.4)
    }

    func testCandidatesNeedEnoughSharedTermsAndQueriesQuoteTheWord() {
        XCTAssertEqual(SimilarTitles.requiredShared(of: 1), 1)
        XCTAssertEqual(SimilarTitles.requiredShared(of: 2), 1)
        XCTAssertEqual(SimilarTitles.requiredShared(of: 3), 2)
        XCTAssertEqual(SimilarTitles.requiredShared(of: 5), 2)
        XCTAssertEqual(SimilarTitles.requiredShared(of: 6), 3)
        XCTAssertEqual(SimilarTitles.requiredShared(of: 8), 4)
        XCTAssertEqual(SimilarTitles.matchExpression("wantrouwen"), "title : \"wantrouwen\"")
        XCTAssertEqual(SimilarTitles.matchExpression("a\"b"), "title : \"a\"\"b\"")
    }

    func testTitlesThatLookLikeQuerySyntaxAreJustText() throws {
        let kb = try KnowledgeBase.inMemory()
        let asked = try kb.addAllowingDuplicate(
            NewEntryText(
                kind: .obstacle, title: "NOT (geld OR \"tijd\") AND co-creatie*: NEAR(x y)", municipality: "Deventer"))
        let same = try kb.addAllowingDuplicate(
            NewEntryText(
                kind: .obstacle, title: "NOT (geld OR \"tijd\") AND co-creatie*: NEAR(x y)", municipality: "Zwolle"))
        let help = try XCTUnwrap(try kb.whoCanHelp("Deventer").obstacles.first)
        XCTAssertEqual(help.obstacle.id, asked.id)
        XCTAssertEqual(help.facing.first?.examples.map(\.entry.id), [same.id])
    }

    func testMatchesComeFromOthersOnly() throws {
        let kb = try KnowledgeBase.inMemory()
        let asked = try kb.addAllowingDuplicate(
            NewEntryText(kind: .obstacle, title: "Raad laat de planning moeilijk los", municipality: "Deventer"))
        let similar = try kb.addAllowingDuplicate(
            NewEntryText(kind: .obstacle, title: "De raad laat de planning niet los", municipality: "Zwolle"))
        try kb.addAllowingDuplicate(
            NewEntryText(kind: .obstacle, title: "Raad laat planning moeilijk los", municipality: "Deventer"))
        try kb.addAllowingDuplicate(
            NewEntryText(kind: .obstacle, title: "Planning van de bouw", municipality: "Kampen"))
        let network = try kb.addAllowingDuplicate(NewEntryText(kind: .tip, title: "Laat als raad de planning los"))
        let matches = try kb.read { db in
            try SimilarTitles.matches(
                for: [(asked.id, asked.title, [])],
                others:
                    "(e.municipality_id IS NULL OR e.municipality_id <> \(try MunicipalityLookup.resolve("Deventer", in: db).id))",
                in: db)
        }
        XCTAssertEqual(Set(matches[asked.id]?.map(\.entryID) ?? []), [similar.id, network.id])
    }

    func testSimilarTitlesFaceTheSameAndHelp() throws {
        let kb = try KnowledgeBase.inMemory()
        let asked = try kb.addAllowingDuplicate(
            NewEntryText(
                kind: .obstacle, title: "Raad laat de planning moeilijk los", municipality: "Deventer",
                topics: ["Sturing"]))
        let zwolle = try kb.addAllowingDuplicate(
            NewEntryText(
                kind: .obstacle, title: "De raad laat de planning niet los", municipality: "Zwolle", status: .resolved))
        let kampen = try kb.addAllowingDuplicate(
            NewEntryText(kind: .obstacle, title: "Raad laat planning niet los", municipality: "Kampen"))
        let tip = try kb.addAllowingDuplicate(
            NewEntryText(kind: .tip, title: "Laat als raad de planning los", municipality: "Kampen"))
        let onTopic = try kb.addAllowingDuplicate(
            NewEntryText(
                kind: .example, title: "Raad laat de planning los", municipality: "Almelo", topics: ["Sturing"]))
        try kb.addAllowingDuplicate(NewEntryText(kind: .tip, title: "Iets heel anders", municipality: "Almelo"))
        let network = try kb.addAllowingDuplicate(NewEntryText(kind: .tip, title: "Raad, laat de planning los!"))

        let help = try XCTUnwrap(try kb.whoCanHelp("Deventer").obstacles.first)
        XCTAssertEqual(help.obstacle.id, asked.id)
        XCTAssertEqual(
            help.facing.map(\.name), ["Zwolle", "Kampen"], "one obstacle each: the one that resolved it first")
        XCTAssertEqual(
            help.facing.first { $0.name == "Zwolle" }?.examples,
            [FacingObstacle(entry: summary(zwolle), match: .similarText)])
        XCTAssertEqual(help.facing.first { $0.name == "Kampen" }?.examples.map(\.entry.id), [kampen.id])
        XCTAssertEqual(help.helpers.map(\.name), ["Zwolle", "Almelo", "Kampen"])
        XCTAssertEqual(
            help.helpers.map(\.score), [4, 2, 1],
            "resolved similar obstacle 4; example on the topic 2 (its similar title does not count twice); similar tip 1"
        )
        XCTAssertEqual(help.helpers[1].evidence.map(\.entry.id), [onTopic.id])
        XCTAssertEqual(help.helpers[1].evidence.map(\.reason), [.sameTopic])
        XCTAssertEqual(help.helpers[2].evidence.map(\.entry.id), [tip.id])
        XCTAssertEqual(help.helpers[2].evidence.map(\.reason), [.similarText])
        XCTAssertEqual(help.network.map(\.entry.id), [network.id])
        XCTAssertEqual(help.network.map(\.reason), [.similarText])
    }

    func summary(_ entry: Entry) -> EntrySummary {
        EntrySummary(
            id: entry.id, uuid: entry.uuid, kind: entry.kind, title: entry.title, municipality: entry.municipality,
            status: entry.status, date: entry.date)
    }
}
