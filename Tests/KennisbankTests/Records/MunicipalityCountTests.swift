import Kennisbank
import XCTest

/// The counts the web's start and search pages show: entries per municipality and the topics in use.
final class MunicipalityCountTests: XCTestCase {
    func makeKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer").id
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        try knowledgeBase.add(NewEntry(kind: .obstacle, title: "Te weinig vrijwilligers", municipality: deventer))
        try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Vraag vrijwilligers persoonlijk", municipality: zwolle, topics: ["Werving"]))
        try knowledgeBase.add(
            NewEntry(kind: .example, title: "Een vrijwilligersbank", municipality: zwolle, topics: ["Werving"]))
        try knowledgeBase.add(NewEntry(kind: .tip, title: "Een netwerktip", topics: ["Netwerk"]))
        return knowledgeBase
    }

    func testMunicipalitiesAreCountedMostFirstWithoutNetworkEntries() throws {
        let knowledgeBase = try makeKnowledgeBase()
        let counts = try knowledgeBase.municipalityCounts()
        XCTAssertEqual(counts.map(\.municipality.name), ["Zwolle", "Deventer"])
        XCTAssertEqual(counts.map(\.entryCount), [2, 1])
        XCTAssertEqual(counts.first?.municipality.code, "GM0193")
        XCTAssertEqual(try knowledgeBase.municipalityCounts(limit: 1).map(\.municipality.name), ["Zwolle"])
        XCTAssertEqual(
            try knowledgeBase.municipalityCounts(EntryFilter(kinds: [.obstacle])).map(\.municipality.name), ["Deventer"]
        )
        XCTAssertEqual(
            try knowledgeBase.municipalityCounts(
                EntryFilter(kinds: [.obstacle], since: Day(year: 2030, month: 1, day: 1))), [])
    }

    func testTopicLabelsAreTheTopicsInUse() throws {
        let knowledgeBase = try makeKnowledgeBase()
        XCTAssertEqual(try knowledgeBase.topicLabels(), ["Netwerk", "Werving"])
        let tip = try knowledgeBase.entries(EntryFilter(topics: [try knowledgeBase.topic("Netwerk").id]))[0]
        try knowledgeBase.update(tip.id, with: EntryChanges(topics: []))
        XCTAssertEqual(try knowledgeBase.topicLabels(), ["Werving"])
        XCTAssertEqual(try knowledgeBase.topicLabels(), try knowledgeBase.topics().map(\.label))
    }
}
