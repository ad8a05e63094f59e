import Foundation
import KennisbankFrontEnd
import XCTest

@testable import Kennisbank

/// An import checks the free disk beside the knowledge base before it starts, and refuses clearly.
final class ImportSpaceTests: XCTestCase {
    func testAnImportLargerThanTheFreeDiskAllowsIsRefusedBeforeAnythingIsRead() throws {
        let folder = try makeTemporaryFolder(self)
        let databasePath = folder + "/kennisbank.sqlite"
        let knowledgeBase = try KnowledgeBase(path: databasePath)
        try knowledgeBase.loadSample()
        let entriesBefore = try knowledgeBase.entries()
        let free = try XCTUnwrap(ImportSpace.freeBytes(inFolder: folder))
        // A sparse file: as large as an import that cannot fit, without taking the disk it names.
        let size = min(free / ImportSpace.bytesPerInputByte + (1 << 30), 15 << 40)
        let input = folder + "/groot.jsonl"
        XCTAssertTrue(FileManager.default.createFile(atPath: input, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: input))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: databasePath))

        XCTAssertThrowsError(try knowledgeBase.importRecords(from: [.file(input)])) { error in
            guard
                case .cannotImport(let source, .notEnoughSpace(let needed, let available, let place)) =
                    error as? KennisbankError
            else { return XCTFail("expected notEnoughSpace, got \(error)") }
            XCTAssertEqual(source, input)
            XCTAssertEqual(needed, size * 8)
            XCTAssertLessThan(available, needed)
            XCTAssertEqual(place, folder)
            let dutch = (error as? KennisbankError)?.message(Catalog(.dutch)) ?? ""
            XCTAssertTrue(dutch.hasPrefix("Kan \(input) niet importeren: daarvoor is ongeveer "), dutch)
            XCTAssertTrue(dutch.hasSuffix("Er is niets veranderd."), dutch)
            XCTAssertFalse(dutch.contains("\n"), "one line")
        }
        XCTAssertEqual(try knowledgeBase.entries(), entriesBefore)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: databasePath)), bytesBefore)
    }

    func testTheCheckAsksForEightBytesOfFreeDiskForEveryByteOfInput() throws {
        XCTAssertNoThrow(
            try ImportSpace.check(inputBytes: 1000, databasePath: "/data/kb.sqlite", source: "a.jsonl") { _ in 8000 })
        XCTAssertThrowsError(
            try ImportSpace.check(inputBytes: 1000, databasePath: "/data/kb.sqlite", source: "a.jsonl") { _ in 7999 }
        ) { error in
            XCTAssertEqual(
                error as? KennisbankError,
                .cannotImport(
                    source: "a.jsonl", problem: .notEnoughSpace(needed: 8000, available: 7999, folder: "/data")))
        }
        // A file system that does not say how much is free is not guessed at.
        XCTAssertNoThrow(
            try ImportSpace.check(inputBytes: 1 << 50, databasePath: "kb.sqlite", source: "a.jsonl") { _ in nil })
        // Input so large that eight times it overflows still compares as more than any disk.
        XCTAssertThrowsError(
            try ImportSpace.check(inputBytes: .max / 2, databasePath: "kb.sqlite", source: "a.jsonl") { folder in
                XCTAssertEqual(folder, ".")
                return .max - 1
            })
    }

    func testTheInputOfAFolderOfNotesIsAllItsFilesAndStandardInputIsNotCounted() throws {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(
            atPath: folder + "/notes/Wantrouwen.attachments", withIntermediateDirectories: true)
        try Data(count: 300).write(to: URL(fileURLWithPath: folder + "/notes/Wantrouwen.md"))
        try Data(count: 200).write(to: URL(fileURLWithPath: folder + "/notes/Tip.md"))
        try Data(count: 5000).write(to: URL(fileURLWithPath: folder + "/notes/Wantrouwen.attachments/begroting.xlsx"))
        let notes = try ImportSource.file(folder + "/notes", format: .markdown)
        XCTAssertEqual(notes.inputBytes(), 5500)
        XCTAssertEqual(ImportSource.text("abc", name: "x", format: .jsonl).inputBytes(), 3)
        XCTAssertNil(ImportSource.standardInput(format: .jsonl).inputBytes())
        XCTAssertNil(ImportSpace.inputBytes(of: [notes, .standardInput(format: .jsonl)]))
        XCTAssertEqual(ImportSpace.inputBytes(of: [notes, .text("abc", name: "x", format: .jsonl)]), 5503)
    }
}
