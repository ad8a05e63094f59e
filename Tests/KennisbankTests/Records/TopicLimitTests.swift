import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// An entry carries at most 50 topics (``EntryLimits/topicsPerEntry``), however it comes in:
/// add, edit or import. Labels that fold alike count once. An older entry with more keeps them,
/// and can still be edited and lose topics.
final class TopicLimitTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    private func labels(_ count: Int, from first: Int = 1) -> [String] {
        (first..<first + count).map { "Onderwerp \($0)" }
    }

    private func assertTooManyTopics(
        _ work: @autoclosure () throws -> Any, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try work(), file: file, line: line) { error in
            let message = (error as? KennisbankError)?.englishMessage ?? "\(error)"
            XCTAssertTrue(message.contains("at most 50 topics"), message, file: file, line: line)
            XCTAssertFalse(message.contains("\n"), "one line: \(message)", file: file, line: line)
        }
    }

    func testAddingAcceptsFiftyTopicsAndRefusesMore() throws {
        XCTAssertEqual(EntryLimits.topicsPerEntry, 50)
        let full = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Vijftig", topics: labels(50)))
        XCTAssertEqual(full.topics.count, 50)
        let folded = try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Gevouwen", topics: labels(50) + labels(10).map { $0.uppercased() }))
        XCTAssertEqual(folded.topics.count, 50, "labels that fold alike are one topic")
        assertTooManyTopics(try knowledgeBase.add(NewEntryText(kind: .tip, title: "Eenenvijftig", topics: labels(51))))
        assertTooManyTopics(
            try knowledgeBase.add(NewEntryText(kind: .tip, title: "Honderdduizend", topics: labels(100_000))))
        XCTAssertEqual(try knowledgeBase.count(), 2, "nothing stored")
    }

    func testEditingRefusesATopicTooManyAndChangesNothing() throws {
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Vol", topics: labels(50)))
        assertTooManyTopics(
            try knowledgeBase.update(entry.id.description, with: ChangesText(title: "Anders", addTopics: ["Nog een"])))
        assertTooManyTopics(try knowledgeBase.update(entry.id.description, with: ChangesText(topics: labels(51))))
        XCTAssertEqual(try knowledgeBase.entry(entry.id.description), entry, "the refused edits changed nothing")
        let swapped = try knowledgeBase.update(
            entry.id.description, with: ChangesText(addTopics: ["Nog een"], removeTopics: ["Onderwerp 1"]))
        XCTAssertEqual(swapped.topics.count, 50)
    }

    func testAnOlderEntryWithMoreTopicsCanBeEditedAndLoseTopics() throws {
        let entry = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Oud"))
        try knowledgeBase.writer.write { db in
            try SearchIndex.remove(entry.id, in: db)
            for label in labels(60) {
                try EntryStore.add(EntryValidation.topic(label), to: entry.id, in: db)
            }
            try SearchIndex.add(entry.id, in: db)
        }
        XCTAssertEqual(
            try knowledgeBase.update(entry.id.description, with: ChangesText(title: "Oud en bekend")).topics.count, 60)
        XCTAssertEqual(
            try knowledgeBase.update(entry.id.description, with: ChangesText(removeTopics: ["Onderwerp 1"])).topics
                .count, 59)
        assertTooManyTopics(try knowledgeBase.update(entry.id.description, with: ChangesText(addTopics: ["Nieuw"])))
    }

    func testImportRefusesARecordWithTooManyTopicsNamingItsLine() throws {
        let topics = labels(51).map { "\"\($0)\"" }.joined(separator: ", ")
        let jsonl = """
            {"kind": "tip", "title": "Goed"}
            {"kind": "tip", "title": "Te veel", "topics": [\(topics)]}

            """
        XCTAssertThrowsError(try knowledgeBase.importRecords(from: [.text(jsonl, name: "notes.jsonl", format: .jsonl)]))
        { error in
            let message = (error as? KennisbankError)?.englishMessage ?? "\(error)"
            XCTAssertTrue(message.contains("notes.jsonl") && message.contains("line 2"), message)
            XCTAssertTrue(message.contains("at most 50 topics"), message)
        }
        XCTAssertEqual(try knowledgeBase.count(), 0, "all or nothing")
    }
}
