import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// `KnowledgeBase(path:concurrentReads:)`, the server's way in: a pool of readers beside the one
/// writer, opened, checked and migrated as the CLI opens a file.
final class ConcurrentReadsTests: XCTestCase {
    /// A knowledge base file with one obstacle in Deventer.
    func makeFile() throws -> String {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                body: "Bewoners wantrouwen de gemeente.", municipality: try knowledgeBase.municipality("Deventer").id))
        try knowledgeBase.writer.close()
        return path
    }

    func testTheCLIPathKeepsOneConnectionAndTheServerPathGetsAPool() throws {
        let path = try makeFile()
        XCTAssertTrue(try KnowledgeBase(path: path).writer is DatabaseQueue)
        let pooled = try KnowledgeBase(path: path, concurrentReads: true)
        XCTAssertTrue(pooled.writer is DatabasePool)
        XCTAssertEqual(try pooled.search(SearchRequest(query: "wantrouwen")).total, 1)
    }

    /// The pool's readers map the file (the server reads pages without copying them); a CLI
    /// connection reads as SQLite does by default.
    func testThePoolMapsTheFileAndTheCLIDoesNot() throws {
        let path = try makeFile()
        let mapped = { (knowledgeBase: KnowledgeBase) in
            try knowledgeBase.read { try Int.fetchOne($0, sql: "PRAGMA mmap_size") }
        }
        XCTAssertEqual(try mapped(KnowledgeBase(path: path, concurrentReads: true)), KnowledgeBase.mappedSize)
        XCTAssertEqual(try mapped(KnowledgeBase(path: path)), 0)
    }

    func testANewFileIsCreatedAndMigratedBeforeThePoolServesIt() throws {
        let path = try makeTemporaryFolder(self) + "/new/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path, creation: .createWithFolders, concurrentReads: true)
        XCTAssertTrue(knowledgeBase.writer is DatabasePool)
        XCTAssertEqual(try knowledgeBase.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
        XCTAssertEqual(try knowledgeBase.municipality("Deventer").name, "Deventer")
        try knowledgeBase.add(NewEntry(kind: .tip, title: "Begin klein"))
        XCTAssertEqual(try KnowledgeBase(path: path).search(SearchRequest(query: "klein")).total, 1)
    }

    func testADamagedFileIsRefusedAsTheCLIRefusesIt() throws {
        let path = try makeFile()
        let data = try XCTUnwrap(fileContents(path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsKennisbankError(.message(containing: "cut off")) {
            try KnowledgeBase(path: path, concurrentReads: true)
        }
    }

    /// Two reads of the pool are inside their transactions at the same time (a single connection
    /// would run the second only after the first), while a CLI-style connection on the same file
    /// holds the write lock with a change it has not committed: the readers see the file as it was.
    func testReadsRunInParallelWhileAnotherConnectionWrites() throws {
        let path = try makeFile()
        let server = try KnowledgeBase(path: path, concurrentReads: true)
        let cli = try KnowledgeBase(path: path)

        let writing = DispatchSemaphore(value: 0)
        let finishWriting = DispatchSemaphore(value: 0)
        let writer = Thread {
            _ = try? cli.write { db in
                try db.execute(sql: "UPDATE entry SET title = 'Nog niet vastgelegd'")
                writing.signal()
                // Hold the write lock until the readers are done (or the test gave up).
                _ = finishWriting.wait(timeout: .now() + 10)
            }
        }
        writer.start()
        XCTAssertEqual(writing.wait(timeout: .now() + 10), .success, "the writer took the lock")

        let bothInside = DispatchGroup()
        bothInside.enter()
        bothInside.enter()
        let results = Results()
        let before = try server.read { try String.fetchOne($0, sql: "SELECT title FROM entry") }
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                let title = try server.read { db -> String? in
                    bothInside.leave()
                    // Each read waits, inside its transaction, for the other to be inside too.
                    let together = bothInside.wait(timeout: .now() + 5) == .success
                    results.record(index, together: together)
                    return try String.fetchOne(db, sql: "SELECT title FROM entry")
                }
                results.record(index, title: title ?? "none")
            } catch {
                results.record(index, title: "\(error)")
            }
        }
        finishWriting.signal()
        while writer.isExecuting { Thread.sleep(forTimeInterval: 0.01) }

        XCTAssertEqual(results.together, [0: true, 1: true], "both reads were in flight at once")
        let committed = try XCTUnwrap(before)
        XCTAssertEqual(results.titles, [0: committed, 1: committed], "the readers saw the committed state only")
        XCTAssertEqual(
            try server.read { try String.fetchOne($0, sql: "SELECT title FROM entry") }, "Nog niet vastgelegd",
            "the write is visible once committed")
    }

    func testAWriterThatCannotGetInWithinItsTimeIsBusy() throws {
        let path = try makeFile()
        let entrance = WriteEntrance(lockPath: path + "-lock", databasePath: path)
        let inside = try XCTUnwrap(try entrance.enter(waiting: 1))
        defer { inside.leave() }
        XCTAssertThrowsKennisbankError(.exactly(.cannotOpen(path: path, problem: .busy))) {
            try WriteEntrance(lockPath: path + "-lock", databasePath: path).enter(waiting: 0.2)
        }
    }
}

/// What each parallel read saw, recorded from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var together: [Int: Bool] = [:]
    private(set) var titles: [Int: String] = [:]

    func record(_ index: Int, together value: Bool) {
        lock.lock()
        defer { lock.unlock() }
        together[index] = value
    }

    func record(_ index: Int, title: String) {
        lock.lock()
        defer { lock.unlock() }
        titles[index] = title
    }
}
