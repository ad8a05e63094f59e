import Foundation
import XCTest

@testable import Kennisbank

/// Municipalities most alike by their obstacles: the cosine of topic-count vectors.
final class CompareSimilarityTests: XCTestCase {
    var network: CompareNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try CompareNetwork()
    }

    // Topic counts: Deventer V1 C1 F1 Vg1; Zwolle V1 C1 Vg1; Kampen V1; Utrecht F2.

    func testMostAlikePairs() throws {
        let pairs = try knowledgeBase.similarMunicipalities(limit: 10)
        XCTAssertEqual(
            pairs.map { "\($0.first)–\($0.second)" },
            ["Deventer–Zwolle", "Kampen–Zwolle", "Deventer–Kampen", "Deventer–Utrecht"],
            "pairs without a topic in common are left out")
        XCTAssertEqual(pairs[0].score, 3 / (2 * 3.0.squareRoot()), accuracy: 1e-9)
        XCTAssertEqual(pairs[1].score, 1 / 3.0.squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(pairs[2].score, 0.5, accuracy: 1e-9)
        XCTAssertEqual(pairs[3].score, 0.5, accuracy: 1e-9)
        XCTAssertEqual(pairs[0].sharedTopics, ["Co-creatie", "Vastgoed", "Vertrouwen"])
        XCTAssertEqual(pairs[3].sharedTopics, ["Financiën"])
        XCTAssertEqual(try knowledgeBase.similarMunicipalities(limit: 1).map(\.second), ["Zwolle"])
        XCTAssertEqual(try knowledgeBase.similarMunicipalities(limit: 0), [])
    }

    func testNearestToOneMunicipality() throws {
        let nearest = try knowledgeBase.similarMunicipalities(FilterText(municipalities: ["Deventer"]), limit: 5)
        XCTAssertEqual(nearest.map(\.first), ["Deventer", "Deventer", "Deventer"])
        XCTAssertEqual(nearest.map(\.second), ["Zwolle", "Kampen", "Utrecht"], "equal scores by name")
        XCTAssertEqual(nearest.map(\.score)[0], 0.866, accuracy: 0.001)
        let inProvince = try knowledgeBase.similarMunicipalities(
            FilterText(municipalities: ["Deventer"], province: "Overijssel"), limit: 5)
        XCTAssertEqual(inProvince.map(\.second), ["Zwolle", "Kampen"])
        XCTAssertEqual(
            try knowledgeBase.similarMunicipalities(FilterText(municipalities: ["Utrecht"]), limit: 5).map(\.second),
            ["Deventer"])
    }

    func testIdenticalMixesScoreOneWhateverTheirSize() throws {
        let kb = try KnowledgeBase.inMemory()
        for (municipality, times) in [("Almelo", 1), ("Hengelo", 3)] {
            for _ in 0..<times {
                try kb.addAllowingDuplicate(
                    NewEntryText(kind: .obstacle, title: "Leegstand", municipality: municipality, topics: ["Leegstand"])
                )
                try kb.addAllowingDuplicate(
                    NewEntryText(
                        kind: .obstacle, title: "Wantrouwen", municipality: municipality, topics: ["Vertrouwen"]))
            }
        }
        let pairs = try kb.similarMunicipalities()
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(pairs[0].score, 1, accuracy: 1e-12)
    }

    func testFiltersApply() throws {
        let pairs = try knowledgeBase.similarMunicipalities(FilterText(topics: ["Financiën"]))
        XCTAssertEqual(pairs.map { "\($0.first)–\($0.second)" }, ["Deventer–Utrecht"])
        XCTAssertEqual(pairs[0].score, 1, accuracy: 1e-12, "only the Financiën counts")
        let resolved = try knowledgeBase.similarMunicipalities(FilterText(statuses: [.resolved]))
        XCTAssertEqual(resolved, [], "resolved obstacles share no topic")
        let explicit = try knowledgeBase.similarMunicipalities(
            FilterText(municipalities: ["Kampen", "Utrecht", "Zwolle"]))
        XCTAssertEqual(explicit.map { "\($0.first)–\($0.second)" }, ["Kampen–Zwolle"])
    }
}
