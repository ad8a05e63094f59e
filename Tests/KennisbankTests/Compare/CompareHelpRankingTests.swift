import Foundation
import XCTest

@testable import Kennisbank

/// "Who can help": who faces the same, who can help, the ranking's weights and the evidence.
final class CompareHelpRankingTests: XCTestCase {
    var network: CompareNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try CompareNetwork()
    }

    func help(_ report: HelpReport, _ obstacle: Entry) throws -> ObstacleHelp {
        try XCTUnwrap(report.obstacles.first { $0.obstacle.id == obstacle.id })
    }

    func testEveryObstacleOfTheMunicipalityWithWhoFacesItAndWhoCanHelp() throws {
        let report = try knowledgeBase.whoCanHelp("deventer")
        XCTAssertEqual(report.municipality, "Deventer")
        XCTAssertEqual(
            report.obstacles.map(\.obstacle.id),
            [network.distrust, network.finance, network.planning, network.vacancy].map(\.id))
        XCTAssertEqual(
            report.obstacles.map(\.topics),
            [
                ["co-creatie", "Vertrouwen"].map { $0 == "co-creatie" ? "Co-creatie" : $0 }, ["Financiën"], [],
                ["Vastgoed"],
            ])

        let distrust = try help(report, network.distrust)
        XCTAssertEqual(distrust.facing.map(\.name), ["Zwolle", "Kampen"])
        XCTAssertEqual(distrust.facing.map(\.obstacles), [2, 1])
        XCTAssertEqual(distrust.facing.map(\.resolved), [1, 0])
        XCTAssertEqual(
            distrust.facing[0].examples.map(\.entry.id), [network.zwolleDistrust.id, network.zwolleTooMany.id],
            "resolved first")
        XCTAssertEqual(distrust.facing[0].examples.map(\.match), [.sameTopic, .sameTopic])
        XCTAssertEqual(distrust.facingCount, 2)
        XCTAssertEqual(distrust.helpers.map(\.name), ["Zwolle", "Kampen"])
        XCTAssertEqual(distrust.helpers.map(\.score), [4, 2])
        XCTAssertEqual(distrust.helpers[0].counts, [.resolvedObstacle: 1])
        XCTAssertEqual(
            distrust.helpers[0].evidence,
            [HelpEvidence(entry: summary(network.zwolleDistrust), reason: .resolvedObstacle)])
        XCTAssertEqual(distrust.helpers[1].counts, [.sameTopic: 1])
        XCTAssertEqual(distrust.helpers[1].evidence.map(\.entry.id), [network.kampenEvenings.id])
        XCTAssertEqual(distrust.network.map(\.entry.id), [network.networkOpen.id, network.networkTransparency.id])
        XCTAssertEqual(distrust.network.map(\.reason), [.linked, .sameTopic])
        XCTAssertEqual(distrust.network.map(\.weight), [5, 2])
        XCTAssertEqual(distrust.networkCount, 2)
        XCTAssertNil(distrust.network[0].entry.municipality)

        let finance = try help(report, network.finance)
        XCTAssertEqual(finance.facing.map(\.name), ["Utrecht"])
        XCTAssertEqual(finance.facing.map(\.obstacles), [2])
        XCTAssertEqual(finance.facing.map(\.resolved), [1])
        XCTAssertEqual(finance.helpers.map(\.name), ["Utrecht"])
        XCTAssertEqual(
            finance.helpers[0].score, 9,
            "a linked tip (5) and a resolved obstacle (4); the tip's topic does not count twice")
        XCTAssertEqual(finance.helpers[0].counts, [.linked: 1, .resolvedObstacle: 1])
        XCTAssertEqual(
            finance.helpers[0].evidence.map(\.entry.id), [network.utrechtPilot.id, network.utrechtFinance.id])
        XCTAssertEqual(finance.helpers[0].evidence.map(\.reason), [.linked, .resolvedObstacle])
        XCTAssertEqual(finance.helpers[0].strongestReason, .linked)
        XCTAssertEqual(finance.network, [])

        let planning = try help(report, network.planning)
        XCTAssertEqual(planning.facing, [])
        XCTAssertEqual(planning.helpers, [])
        XCTAssertEqual(planning.network, [])

        let vacancy = try help(report, network.vacancy)
        XCTAssertEqual(vacancy.facing.map(\.name), ["Zwolle"])
        XCTAssertEqual(vacancy.facing[0].examples.map(\.entry.id), [network.zwolleChurch.id])
        XCTAssertEqual(vacancy.helpers, [], "Zwolle only has the obstacle: it faces the same, it cannot help yet")

        XCTAssertEqual(
            report.bestVisits,
            [
                HelpSummary(name: "Utrecht", score: 9, obstacles: 1, counts: [.linked: 1, .resolvedObstacle: 1]),
                HelpSummary(name: "Zwolle", score: 4, obstacles: 1, counts: [.resolvedObstacle: 1]),
                HelpSummary(name: "Kampen", score: 2, obstacles: 1, counts: [.sameTopic: 1]),
            ])
    }

    func testAMunicipalityThatResolvedItRanksAboveOneThatOnlyHasIt() throws {
        let kb = try KnowledgeBase.inMemory()
        let asked = try kb.add(
            NewEntryText(kind: .obstacle, title: "Leegstand", municipality: "Almelo", topics: ["Leegstand"]))
        try kb.add(
            NewEntryText(
                kind: .obstacle, title: "Leeg pand", municipality: "Borne", topics: ["Leegstand"], status: .open))
        try kb.add(
            NewEntryText(
                kind: .obstacle, title: "Lege school", municipality: "Borne", topics: ["Leegstand"], status: .addressed)
        )
        try kb.add(NewEntryText(kind: .tip, title: "Tijdelijk verhuren", municipality: "Borne", topics: ["Leegstand"]))
        try kb.add(
            NewEntryText(
                kind: .obstacle, title: "Leeg kantoor", municipality: "Enschede", topics: ["Leegstand"],
                status: .resolved))
        try kb.add(NewEntryText(kind: .obstacle, title: "Lege kerk", municipality: "Oldenzaal", topics: ["Leegstand"]))
        let help = try XCTUnwrap(try kb.whoCanHelp("Almelo").obstacles.first)
        XCTAssertEqual(help.obstacle.id, asked.id)
        XCTAssertEqual(
            help.helpers.map(\.name), ["Enschede", "Borne"], "resolved (4) above a topic tip (2); Oldenzaal only has it"
        )
        XCTAssertEqual(help.helpers.map(\.score), [4, 2])
        XCTAssertEqual(
            help.facing.map(\.name), ["Borne", "Enschede", "Oldenzaal"],
            "most obstacles of the kind first, then resolved ones")
        XCTAssertEqual(help.facing.map(\.obstacles), [2, 1, 1])
        XCTAssertEqual(help.facing.map(\.resolved), [0, 1, 0])
    }

    func testScoresAddUpAndEachEntryCountsOnceForItsStrongestReason() throws {
        // A Zwolle tip on both of the distrust obstacle's topics counts once; a linked one counts 5.
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Samen aan tafel", municipality: "Zwolle", topics: ["Vertrouwen", "Co-creatie"]))
        try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Buurtbudget", municipality: "Kampen", topics: ["Vertrouwen"],
                addresses: [network.distrust.id.description]))
        let distrust = try help(try knowledgeBase.whoCanHelp("Deventer"), network.distrust)
        XCTAssertEqual(distrust.helpers.map(\.name), ["Kampen", "Zwolle"])
        XCTAssertEqual(
            distrust.helpers.map(\.score), [7, 6], "Kampen: linked 5 + topic 2; Zwolle: resolved 4 + topic 2")
        XCTAssertEqual(distrust.helpers[0].counts, [.linked: 1, .sameTopic: 1])
        XCTAssertEqual(distrust.helpers[0].evidence.map(\.reason), [.linked, .sameTopic])
        XCTAssertEqual(distrust.helpers[1].counts, [.resolvedObstacle: 1, .sameTopic: 1])
    }

    func testEqualScoresRankTheStrongerReasonFirst() throws {
        let kb = try KnowledgeBase.inMemory()
        try kb.add(NewEntryText(kind: .obstacle, title: "Leegstand", municipality: "Almelo", topics: ["Leegstand"]))
        try kb.add(NewEntryText(kind: .tip, title: "Tip een", municipality: "Borne", topics: ["Leegstand"]))
        try kb.add(NewEntryText(kind: .tip, title: "Tip twee", municipality: "Borne", topics: ["Leegstand"]))
        try kb.add(
            NewEntryText(
                kind: .obstacle, title: "Leeg kantoor", municipality: "Enschede", topics: ["Leegstand"],
                status: .resolved))
        let help = try XCTUnwrap(try kb.whoCanHelp("Almelo").obstacles.first)
        XCTAssertEqual(help.helpers.map(\.name), ["Enschede", "Borne"])
        XCTAssertEqual(help.helpers.map(\.score), [4, 4])
    }

    func testProvinceLimitsTheOthersButNotTheNetwork() throws {
        let report = try knowledgeBase.whoCanHelp("Deventer", province: "Overijssel")
        XCTAssertEqual(try help(report, network.finance).helpers, [], "Utrecht is not in Overijssel")
        let distrust = try help(report, network.distrust)
        XCTAssertEqual(distrust.helpers.map(\.name), ["Zwolle", "Kampen"])
        XCTAssertEqual(distrust.networkCount, 2)
        let utrecht = try knowledgeBase.whoCanHelp("Deventer", province: "Utrecht")
        XCTAssertEqual(try help(utrecht, network.finance).helpers.map(\.name), ["Utrecht"])
        XCTAssertEqual(try help(utrecht, network.distrust).helpers, [])
    }

    func testTopicAndStatusSelectTheObstaclesAskedAbout() throws {
        XCTAssertEqual(
            try knowledgeBase.whoCanHelp("Deventer", topics: ["financien"]).obstacles.map(\.obstacle.id),
            [network.finance.id])
        XCTAssertEqual(
            try knowledgeBase.whoCanHelp("Deventer", statuses: [.resolved]).obstacles.map(\.obstacle.id),
            [network.vacancy.id])
        // The others' resolved obstacles count whatever status was asked about.
        let open = try knowledgeBase.whoCanHelp("Deventer", statuses: [.open])
        XCTAssertEqual(try help(open, network.distrust).helpers.first?.name, "Zwolle")
    }

    func testLimits() throws {
        let report = try knowledgeBase.whoCanHelp("Deventer", limits: HelpLimits(municipalities: 1, evidence: 1))
        let distrust = try help(report, network.distrust)
        XCTAssertEqual(distrust.helpers.map(\.name), ["Zwolle"])
        XCTAssertEqual(distrust.helperCount, 2)
        XCTAssertEqual(distrust.facing.map(\.name), ["Zwolle"])
        XCTAssertEqual(distrust.facing[0].examples.count, 1)
        XCTAssertEqual(distrust.facingCount, 2)
        XCTAssertEqual(distrust.network.map(\.reason), [.linked])
        XCTAssertEqual(distrust.networkCount, 2)
        XCTAssertEqual(report.bestVisits.map(\.name), ["Utrecht"])
    }

    func testTheMunicipalitysOwnEntriesDoNotCount() throws {
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Eigen tip", municipality: "Deventer", topics: ["Vertrouwen"],
                addresses: [network.distrust.id.description]))
        let distrust = try help(try knowledgeBase.whoCanHelp("Deventer"), network.distrust)
        XCTAssertFalse(distrust.helpers.contains { $0.name == "Deventer" })
        XCTAssertFalse(distrust.facing.contains { $0.name == "Deventer" })
    }

    func testErrors() throws {
        XCTAssertThrowsKennisbankError(.message(containing: "No obstacles of Amsterdam to compare")) {
            try knowledgeBase.whoCanHelp("Amsterdam")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "can mean “Bergen (L.)” or “Bergen (NH.)”")) {
            try knowledgeBase.whoCanHelp("Bergen")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown municipality “Atlantis”")) {
            try knowledgeBase.whoCanHelp("Atlantis")
        }
    }

    func testWeights() {
        XCTAssertEqual(HelpReason.allCases.map(\.weight), [5, 4, 2, 1])
    }

    func summary(_ entry: Entry) -> EntrySummary {
        EntrySummary(
            id: entry.id, uuid: entry.uuid, kind: entry.kind, title: entry.title, municipality: entry.municipality,
            status: entry.status, date: entry.date)
    }
}
