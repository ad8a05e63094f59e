import Foundation
import XCTest

@testable import Kennisbank

/// A new topic close to an existing one is refused with the existing label (unless allowed),
/// on add, edit and import; topics can be renamed and merged with the search index in step.
final class TopicCleanlinessTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Vertrouw de bewoners", topics: ["Vertrouwen"]))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een plek in de wijk", topics: ["Buurthuis"]))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "De wet van 2015", topics: ["Wmo 2015"]))
    }

    private func similar(_ work: () throws -> Any) -> [SimilarTopic] {
        do {
            _ = try work()
        } catch KennisbankError.similarTopics(let topics) {
            return topics
        } catch {
            XCTFail("unexpected error \(error)")
        }
        return []
    }

    func testATypoOrAPluralOfAnExistingTopicIsRefusedNamingIt() throws {
        XCTAssertEqual(
            similar { try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", topics: ["vertrouwn"])) },
            [SimilarTopic(label: "vertrouwn", existing: "Vertrouwen")])
        XCTAssertEqual(
            similar { try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", topics: ["Buurthuizen"])) },
            [SimilarTopic(label: "Buurthuizen", existing: "Buurthuis")], "singular and plural share their stem")
        XCTAssertEqual(try knowledgeBase.count(EntryFilter()), 3, "nothing was added")
        XCTAssertEqual(try knowledgeBase.topics().map(\.label), ["Buurthuis", "Vertrouwen", "Wmo 2015"])
    }

    func testOtherTopicsAndTheSameTopicOtherwiseWrittenAreAccepted() throws {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "x", topics: ["VERTROUWEN", "Wonen", "Wmo 2007"]))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "y", topics: ["Zorg", "Sorg"]))
        XCTAssertEqual(
            try knowledgeBase.topics().map(\.label),
            ["Buurthuis", "Sorg", "Vertrouwen", "Wmo 2007", "Wmo 2015", "Wonen", "Zorg"])
    }

    func testAllowingSimilarTopicsMakesTheNewTopic() throws {
        let entry = try knowledgeBase.add(
            try knowledgeBase.resolve(NewEntryText(kind: .tip, title: "x", topics: ["Buurthuizen"])),
            allowingSimilarTopics: true)
        XCTAssertEqual(entry.topics, ["Buurthuizen"])
    }

    func testEditingRefusesAGainedTopicCloseToAnExistingOne() throws {
        let id = try knowledgeBase.entryID("1")
        XCTAssertEqual(
            similar { try knowledgeBase.update(id, with: EntryChanges(addTopics: ["Buurthuys"])) },
            [SimilarTopic(label: "Buurthuys", existing: "Buurthuis")])
        XCTAssertEqual(
            similar { try knowledgeBase.update(id, with: EntryChanges(topics: ["Vertrouwn"])) },
            [SimilarTopic(label: "Vertrouwn", existing: "Vertrouwen")])
        XCTAssertEqual(try knowledgeBase.entry(id).topics, ["Vertrouwen"])
        let edited = try knowledgeBase.update(
            id, with: EntryChanges(addTopics: ["Buurthuys"]), allowingSimilarTopics: true)
        XCTAssertEqual(edited.topics, ["Buurthuys", "Vertrouwen"])
    }

    func testAnImportReportsEveryCloseTopicAtOnceWithItsLineAndStoresNothing() throws {
        let lines = """
            {"kind": "tip", "title": "Een", "topics": ["Wonen"]}
            {"kind": "tip", "title": "Twee", "topics": ["Vertrouwn"]}
            {"kind": "tip", "title": "Drie", "topics": ["Buurthuizen", "Vertrouwn"]}

            """
        for dryRun in [false, true] {
            XCTAssertEqual(
                similar {
                    try knowledgeBase.importRecords(
                        from: [.text(lines, name: "notes.jsonl", format: .jsonl)], dryRun: dryRun)
                },
                [
                    SimilarTopic(
                        label: "Vertrouwn", existing: "Vertrouwen",
                        location: RecordLocation(source: "notes.jsonl", line: 2)),
                    SimilarTopic(
                        label: "Buurthuizen", existing: "Buurthuis",
                        location: RecordLocation(source: "notes.jsonl", line: 3)),
                ])
        }
        XCTAssertEqual(try knowledgeBase.count(EntryFilter()), 3, "nothing was imported")
        let report = try knowledgeBase.importRecords(
            from: [.text(lines, name: "notes.jsonl", format: .jsonl)],
            options: ImportOptions(allowSimilarTopics: true))
        XCTAssertEqual(report.added, 3)
    }

    func testRenamingKeepsEntriesAndSearchIndexInStep() throws {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Tweede", topics: ["Buurthuis", "Vertrouwen"]))
        let renamed = try knowledgeBase.renameTopic("buurthuis", to: "Dorpshuis", by: Author("Coördinator"))
        XCTAssertEqual(renamed.label, "Dorpshuis")
        // The history keeps the version before the rename and the one after, by its author.
        let versions = try knowledgeBase.history(of: Entry.ID(4))
        XCTAssertEqual(
            versions.map(\.version.entry.topics), [["Buurthuis", "Vertrouwen"], ["Dorpshuis", "Vertrouwen"]])
        XCTAssertEqual(versions.last?.change, .edit)
        XCTAssertEqual(versions.last?.author?.name, "Coördinator")
        XCTAssertEqual(renamed.entryCount, 2)
        XCTAssertEqual(try knowledgeBase.entry("4").topics, ["Dorpshuis", "Vertrouwen"])
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "dorpshuis")).hits.count, 2)
        // As a phrase: a word would also find its synonym dorpshuis (issue 15).
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "\"buurthuis\"")).hits.count, 0)
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
        XCTAssertEqual(try knowledgeBase.renameTopic("dorpshuis", to: "DORPSHUIS").label, "DORPSHUIS")
        XCTAssertThrowsKennisbankError(.exactly(.topicExists("DORPSHUIS", existing: "Vertrouwen"))) {
            try knowledgeBase.renameTopic("dorpshuis", to: "vertrouwen")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "did you mean")) {
            try knowledgeBase.renameTopic("Dorpshuiz", to: "Iets")
        }
    }

    func testMergingMovesEntriesWithoutDuplicatesAndRemovesTheFirstTopic() throws {
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Beide", topics: ["Buurthuis", "Vertrouwen"]))
        let merged = try knowledgeBase.mergeTopic("Buurthuis", into: "vertrouwen")
        XCTAssertEqual(merged.label, "Vertrouwen")
        XCTAssertEqual(merged.entryCount, 3)
        XCTAssertEqual(try knowledgeBase.entry("4").topics, ["Vertrouwen"], "one topic row, not two")
        XCTAssertEqual(
            try knowledgeBase.history(of: Entry.ID(4)).map(\.version.entry.topics),
            [["Buurthuis", "Vertrouwen"], ["Vertrouwen"]], "the version before the merge is kept")
        XCTAssertEqual(try knowledgeBase.entry("2").topics, ["Vertrouwen"])
        XCTAssertEqual(try knowledgeBase.topics().map(\.label), ["Vertrouwen", "Wmo 2015"])
        XCTAssertThrowsKennisbankError(.message(containing: "No entry has the topic")) {
            try knowledgeBase.topic("Buurthuis")
        }
        // As a phrase: a word would also find its synonym dorpshuis (issue 15).
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "\"buurthuis\"")).hits.count, 0)
        XCTAssertEqual(try knowledgeBase.search(SearchText(query: "vertrouwen")).hits.count, 3)
        XCTAssertTrue(try knowledgeBase.check().isHealthy)
        XCTAssertEqual(try knowledgeBase.mergeTopic("Vertrouwen", into: "vertrouwen").entryCount, 3)
    }
}
