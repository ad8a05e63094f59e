import GRDB
import XCTest

@testable import Kennisbank

/// Snippets are made in small databases in memory: one for each search running at that moment,
/// so that a server's searches make their snippets side by side instead of waiting in turn for a
/// single connection (kb-bench's web part measures what that is worth).
final class SnippetScratchTests: XCTestCase {
    func testASearchMakingSnippetsWhileAnotherDoesGetsADatabaseOfItsOwn() throws {
        let scratch = SnippetScratch()
        try scratch.withDatabase { outer in
            // With one database for all, this inner use would wait for the outer one to end:
            // on one thread, for ever (GRDB refuses it as a reentrant use).
            try scratch.withDatabase { inner in
                XCTAssertFalse(outer === inner, "a second search at the same time gets a second database")
                let rows = try inner.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM hit_text") }
                XCTAssertEqual(rows, 0, "every database has the empty table of the hits' texts")
            }
        }
    }

    func testADatabaseIsUsedAgainOnceTheSearchBeforeIsDone() throws {
        let scratch = SnippetScratch()
        let first = try scratch.withDatabase { $0 }
        let second = try scratch.withDatabase { $0 }
        XCTAssertTrue(
            first === second, "one search after the other share one database: no more are made than run at once")
    }

    func testSnippetsMadeOnManyThreadsAtOnceAreEachTheirSearchs() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let words = ["buurthuis", "zwembad", "bibliotheek", "speeltuin", "sporthal", "kinderboerderij"]
        for word in words {
            _ = try knowledgeBase.add(
                NewEntryText(kind: .tip, title: "Over het \(word)", body: "Het \(word) van de gemeente is open."))
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 60) { index in
            let word = words[index % words.count]
            do {
                let results = try knowledgeBase.search(SearchRequest(query: word))
                let snippet = results.hits.first?.snippet(markingWith: "[", "]") ?? ""
                if results.hits.count != 1 || !snippet.contains("[\(word)]") { failures.add("\(word): \(snippet)") }
            } catch {
                failures.add("\(word): \(error)")
            }
        }
        XCTAssertEqual(failures.all, [])
    }
}

/// What went wrong on the threads of a test, collected under a lock.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ failure: String) {
        lock.lock()
        list.append(failure)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
