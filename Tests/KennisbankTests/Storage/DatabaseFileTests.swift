import Foundation
import XCTest
import KennisbankFrontEnd
@testable import Kennisbank

final class DatabaseFileTests: XCTestCase {
    func testAFolderIsRefused() throws {
        let folder = try makeTemporaryFolder(self)
        XCTAssertThrowsKennisbankError(.exactly(.databaseIsDirectory(folder))) { try KnowledgeBase(path: folder) }
    }

    func testATextFileIsRefusedAndUntouched() throws {
        let path = try makeTemporaryFolder(self) + "/notes.txt"
        try "Dit is geen database.\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsKennisbankError(.exactly(.notADatabase(path))) { try KnowledgeBase(path: path) }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Dit is geen database.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testATruncatedDatabaseIsRefusedAndUntouched() throws {
        let path = try makeTemporaryFolder(self) + "/cut.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000)))
        try knowledgeBase.writer.close()
        let data = try XCTUnwrap(fileContents(path))
        let cut = data.prefix(data.count / 2)
        try cut.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsKennisbankError(.message(containing: "cut off")) { try KnowledgeBase(path: path) }
        XCTAssertEqual(fileContents(path), cut)
    }

    func testAFileBehindItsHeaderIsNotCalledCutOffWhileItsWALHoldsThePages() throws {
        // A kb killed during a checkpoint leaves the header ahead of the file; the WAL recovers it.
        let path = try makeTemporaryFolder(self) + "/checkpoint.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000)))
        try knowledgeBase.writer.close()
        let data = try XCTUnwrap(fileContents(path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: path + "-wal"))
        XCTAssertEqual(try DatabaseFile.inspect(path), .sqlite)
        try FileManager.default.removeItem(atPath: path + "-wal")
        XCTAssertThrowsKennisbankError(.message(containing: "cut off")) { try DatabaseFile.inspect(path) }
    }

    func testAMissingFolderIsRefusedAndNothingCreated() throws {
        let folder = try makeTemporaryFolder(self) + "/does/not/exist"
        XCTAssertThrowsKennisbankError(.exactly(.missingFolder(folder))) { try KnowledgeBase(path: folder + "/kb.sqlite") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
    }

    func testReadingAMissingFileCreatesNothing() throws {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        let knowledgeBase = try DatabaseLocation(path: path, isDefault: false).open(forWriting: false)
        XCTAssertEqual(try knowledgeBase.entries(), [])
        XCTAssertEqual(try knowledgeBase.municipalities().count, 342)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
