import Foundation
import XCTest

@testable import Kennisbank

/// The order of who can help: the strongest evidence first (linked entries, then resolved
/// obstacles of the same kind, then same-topic tips and examples, then similar titles), and what
/// "of the same kind" means. Every number of ``EvidenceNetwork`` checked.
final class CompareEvidenceOrderTests: XCTestCase {
    var network: EvidenceNetwork!

    override func setUpWithError() throws {
        network = try EvidenceNetwork()
    }

    func help(_ report: HelpReport, _ obstacle: Entry) throws -> ObstacleHelp {
        try XCTUnwrap(report.obstacles.first { $0.obstacle.id == obstacle.id })
    }

    func testOneLinkedEntryOrResolvedObstacleOutranksAnyNumberOfSameTopicMatches() throws {
        let vacancy = try help(try network.knowledgeBase.whoCanHelp("Almelo"), network.vacancy)
        XCTAssertEqual(vacancy.helpers.map(\.name), ["Enschede", "Haaksbergen", "Borne"])
        XCTAssertEqual(vacancy.helpers.map(\.rank), [1, 2, 3])
        XCTAssertEqual(
            vacancy.helpers.map(\.counts), [[.linked: 1], [.resolvedObstacle: 1], [.sameTopic: 3]])
        XCTAssertEqual(
            vacancy.helpers.map(\.score), [5, 4, 6],
            "Borne's three same-topic tips sum to more (6) but rank last: the score summarises, it does not order")
        XCTAssertEqual(vacancy.helpers[0].evidence.map(\.entry.id), [network.enschedeTip.id])
        XCTAssertEqual(vacancy.helpers[1].evidence.map(\.entry.id), [network.haaksbergenChurch.id])
        XCTAssertEqual(vacancy.helpers[1].evidence.map(\.reason), [.resolvedObstacle])
        XCTAssertEqual(
            vacancy.helpers[2].evidence.map(\.entry.id), [network.borneTips[2].id, network.borneTips[0].id],
            "the newest and the oldest of a set of topics are shown")
        XCTAssertEqual(vacancy.helperCount, 3)
        XCTAssertEqual(vacancy.facing.map(\.name), ["Haaksbergen"])
        XCTAssertEqual(vacancy.facing.map(\.obstacles), [1])
        XCTAssertEqual(vacancy.facing.map(\.resolved), [1])
    }

    func testOneLinkedEntryOutranksMoreResolvedObstacles() throws {
        let kb = network.knowledgeBase
        try kb.add(
            NewEntryText(
                kind: .obstacle, title: "Leeg pand", municipality: "Haaksbergen", topics: ["Leegstand"],
                status: .resolved))
        let vacancy = try help(try kb.whoCanHelp("Almelo"), network.vacancy)
        XCTAssertEqual(vacancy.helpers.map(\.name), ["Enschede", "Haaksbergen", "Borne"])
        XCTAssertEqual(vacancy.helpers.map(\.counts), [[.linked: 1], [.resolvedObstacle: 2], [.sameTopic: 3]])
        XCTAssertEqual(vacancy.helpers.map(\.score), [5, 8, 6])
    }

    func testAResolvedObstacleThatMerelySharesATopicIsNoHelp() throws {
        // Precondition: Losser's title is clearly similar, Oldenzaal's and Rijssen-Holten's are not.
        let asked = SimilarTitles.terms(network.upkeep.title)
        XCTAssertGreaterThanOrEqual(
            SimilarTitles.jaccard(asked, SimilarTitles.terms(network.losserUpkeep.title)), SimilarTitles.threshold)
        XCTAssertLessThan(
            SimilarTitles.jaccard(asked, SimilarTitles.terms(network.oldenzaalVolunteers.title)),
            SimilarTitles.threshold)
        XCTAssertLessThan(
            SimilarTitles.jaccard(asked, SimilarTitles.terms(network.rijssenGap.title)), SimilarTitles.threshold)

        let upkeep = try help(try network.knowledgeBase.whoCanHelp("Almelo"), network.upkeep)
        XCTAssertEqual(
            upkeep.helpers.map(\.name), ["Losser", "Rijssen-Holten"],
            "Oldenzaal shares one topic of three (Beheer buurthuis): not of this kind")
        XCTAssertEqual(upkeep.helpers.map(\.counts), [[.resolvedObstacle: 1], [.resolvedObstacle: 1]])
        XCTAssertEqual(upkeep.helpers.map(\.score), [4, 4])
        XCTAssertEqual(
            upkeep.helpers[0].evidence, [HelpEvidence(entry: summary(network.losserUpkeep), reason: .resolvedObstacle)])
        XCTAssertEqual(
            upkeep.helpers[1].evidence, [HelpEvidence(entry: summary(network.rijssenGap), reason: .resolvedObstacle)])
        XCTAssertEqual(upkeep.helperCount, 2)
        XCTAssertEqual(
            upkeep.facing.map(\.name), ["Losser", "Oldenzaal", "Rijssen-Holten"],
            "Oldenzaal still faces something alike")
        XCTAssertEqual(upkeep.facing.map(\.obstacles), [1, 1, 1])
        XCTAssertEqual(upkeep.facing.map(\.resolved), [1, 1, 1])
        XCTAssertEqual(upkeep.facingCount, 3)
    }

    func testBestVisitsSumTheEvidenceAndKeepTheOrder() throws {
        // Borne adds a tip on Financiën: it now helps with both obstacles (3 + 1 same-topic), still last.
        try network.knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Reserveer voor groot onderhoud", municipality: "Borne", topics: ["Financiën"]))
        let report = try network.knowledgeBase.whoCanHelp("Almelo", limits: HelpLimits(municipalities: 10))
        XCTAssertEqual(
            report.bestVisits,
            [
                HelpSummary(name: "Enschede", score: 5, obstacles: 1, counts: [.linked: 1]),
                HelpSummary(name: "Haaksbergen", score: 4, obstacles: 1, counts: [.resolvedObstacle: 1]),
                HelpSummary(name: "Losser", score: 4, obstacles: 1, counts: [.resolvedObstacle: 1]),
                HelpSummary(name: "Rijssen-Holten", score: 4, obstacles: 1, counts: [.resolvedObstacle: 1]),
                HelpSummary(name: "Borne", score: 8, obstacles: 2, counts: [.sameTopic: 4]),
            ])
    }

    func testOfTheSameKindByTopicsMeansOverlappingForAtLeastHalfTheirUnion() {
        XCTAssertTrue(SameKind.byTopics(shared: 1, asked: 1, other: 1), "the same one topic")
        XCTAssertTrue(SameKind.byTopics(shared: 1, asked: 2, other: 1), "one of two")
        XCTAssertTrue(SameKind.byTopics(shared: 2, asked: 3, other: 2), "two of three")
        XCTAssertFalse(SameKind.byTopics(shared: 1, asked: 2, other: 2), "one of three")
        XCTAssertFalse(SameKind.byTopics(shared: 1, asked: 3, other: 1), "one of three")
        XCTAssertFalse(SameKind.byTopics(shared: 0, asked: 0, other: 0), "no topics: only a title can tell")
    }

    func testTheEvidenceOrderIsLexicographic() {
        let linked = HelpEvidenceCounts(linked: 1)
        let resolved = HelpEvidenceCounts(resolvedObstacles: 9)
        let topical = HelpEvidenceCounts(sameTopic: 100, similarText: 100)
        XCTAssertLessThan(resolved, linked)
        XCTAssertLessThan(topical, resolved)
        XCTAssertLessThan(
            HelpEvidenceCounts(linked: 1, sameTopic: 1), HelpEvidenceCounts(linked: 1, resolvedObstacles: 1))
        XCTAssertEqual(linked + resolved, HelpEvidenceCounts(linked: 1, resolvedObstacles: 9))
        XCTAssertTrue(HelpEvidenceCounts().isEmpty)
    }

    func summary(_ entry: Entry) -> EntrySummary {
        EntrySummary(
            id: entry.id, uuid: entry.uuid, kind: entry.kind, title: entry.title, municipality: entry.municipality,
            status: entry.status, date: entry.date)
    }
}
