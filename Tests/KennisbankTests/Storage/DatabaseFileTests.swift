import Foundation
import GRDB
import KennisbankFrontEnd
import XCTest

@testable import Kennisbank

#if canImport(Glibc)
    import Glibc
#endif

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
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000))
        )
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
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000))
        )
        try knowledgeBase.writer.close()
        let data = try XCTUnwrap(fileContents(path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: path + "-wal"))
        XCTAssertEqual(try DatabaseFile.inspect(path), .sqlite)
        try FileManager.default.removeItem(atPath: path + "-wal")
        XCTAssertThrowsKennisbankError(.message(containing: "cut off")) { try DatabaseFile.inspect(path) }
    }

    /// Found by an attack on the CLI: through a symbolic link the size of the link was read, not
    /// that of its target, so every database reached through a link was called cut off — with a
    /// message inviting to restore an older backup over it.
    func testADatabaseReachedThroughASymlinkIsReadAndWrittenNotCalledDamaged() throws {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder + "/links", withIntermediateDirectories: false)
        let real = folder + "/data/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: real)
        try knowledgeBase.add(
            NewEntry(
                kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000))
        )
        try knowledgeBase.writer.close()
        // A relative link, and a link to that link.
        let link = folder + "/links/kb.sqlite"
        XCTAssertEqual(symlink("../data/kb.sqlite", link), 0)
        let chain = folder + "/links/kennisbank.sqlite"
        XCTAssertEqual(symlink("kb.sqlite", chain), 0)

        XCTAssertEqual(try DatabaseFile.inspect(link), .sqlite)
        for path in [link, chain] {
            let opened = try KnowledgeBase(path: path)
            XCTAssertEqual(try opened.entries().map(\.title), ["Neem de tijd"])
            try opened.writer.close()
        }
        let throughLink = try KnowledgeBase(path: link)
        try throughLink.add(NewEntry(kind: .tip, title: "Via de link"))
        try throughLink.writer.close()
        let direct = try KnowledgeBase(path: real)
        XCTAssertEqual(
            try direct.entries().map(\.title).sorted(), ["Neem de tijd", "Via de link"],
            "the link's target holds the change")
        try direct.writer.close()
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")

        // The WAL of a file reached through a link is beside the target: a header ahead of the
        // file while the target's WAL holds the pages is not a cut-off file either.
        let data = try XCTUnwrap(fileContents(real))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: real))
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: real + "-wal"))
        XCTAssertEqual(try DatabaseFile.inspect(link), .sqlite)
        try FileManager.default.removeItem(atPath: real + "-wal")
        XCTAssertThrowsKennisbankError(.message(containing: "cut off")) { try DatabaseFile.inspect(link) }
    }

    func testALinkToAFileThatDoesNotExistIsRefusedAndNothingCreated() throws {
        let folder = try makeTemporaryFolder(self)
        let link = folder + "/kb.sqlite"
        XCTAssertEqual(symlink(folder + "/elders.sqlite", link), 0)
        XCTAssertThrowsKennisbankError(.message(containing: "symbolic link")) { try KnowledgeBase(path: link) }
        XCTAssertThrowsKennisbankError(.message(containing: "symbolic link")) {
            try KnowledgeBase(path: link, creation: .inMemoryIfMissing)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/elders.sqlite"))
    }

    /// Found by an attack on the CLI: a character device as the database gave “SQLite error 10”
    /// and left a `-journal` beside it. Anything that is not a regular file is refused before
    /// SQLite opens it (a FIFO, which hung `kb` forever, is tested through the binary).
    func testADeviceIsRefusedBeforeOpeningAndNothingIsCreated() throws {
        let folder = try makeTemporaryFolder(self)
        let link = folder + "/null.sqlite"
        XCTAssertEqual(symlink("/dev/null", link), 0)
        for path in ["/dev/null", "/dev/zero", link] {
            let journalExisted =
                FileManager.default.fileExists(atPath: "/dev/null-journal")
                || FileManager.default.fileExists(atPath: "/dev/zero-journal")
            for creation in [KnowledgeBase.Creation.create, .inMemoryIfMissing] {
                XCTAssertThrowsKennisbankError(.message(containing: "not a regular file")) {
                    try KnowledgeBase(path: path, creation: creation)
                }
            }
            XCTAssertThrowsKennisbankError(.message(containing: "not a regular file")) {
                try KnowledgeBase.migrationStatus(at: path)
            }
            if !journalExisted {
                XCTAssertFalse(
                    FileManager.default.fileExists(atPath: "/dev/null-journal"), "a journal was left beside \(path)")
                XCTAssertFalse(
                    FileManager.default.fileExists(atPath: "/dev/zero-journal"), "a journal was left beside \(path)")
            }
        }
        let knowledgeBase = try KnowledgeBase.inMemory()
        XCTAssertThrowsKennisbankError(.message(containing: "not a regular file")) {
            try knowledgeBase.backup(to: "/dev/null")
        }
    }

    /// “Damaged” and “not a database” must never invite to restore an older backup over a file
    /// whose damage is not certain: the file is kept, and a backup goes to another path.
    func testMessagesAboutDamageNeverInviteOverwritingTheFile() throws {
        let text = KennisbankError.notADatabase("/tmp/notulen.txt").englishMessage
        XCTAssertFalse(text.lowercased().contains("restore"), text)
        XCTAssertTrue(text.contains("check the path"), text)
        let damaged = KennisbankError.damagedDatabase(path: "/tmp/kb.sqlite", damage: .quickCheckFailed).englishMessage
        XCTAssertFalse(damaged.lowercased().contains("restore it"), damaged)
        XCTAssertTrue(damaged.contains("keep this file"), damaged)
    }

    /// A file whose header is ahead of its size while a rollback journal beside it holds the
    /// pages (a kb of old killed mid-commit) is not certainly cut off: SQLite decides.
    func testAHeaderAheadOfTheFileWithAHotJournalIsNotCalledCutOff() throws {
        let path = try makeTemporaryFolder(self) + "/journal.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        try knowledgeBase.add(
            NewEntry(
                kind: .tip, title: "Neem de tijd", body: String(repeating: "Vertrouwen groeit langzaam. ", count: 2000))
        )
        try knowledgeBase.writer.close()
        let data = try XCTUnwrap(fileContents(path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        try Data(repeating: 1, count: 4096).write(to: URL(fileURLWithPath: path + "-journal"))
        XCTAssertEqual(try DatabaseFile.inspect(path), .sqlite)
    }

    func testAMissingFolderIsRefusedAndNothingCreated() throws {
        let folder = try makeTemporaryFolder(self) + "/does/not/exist"
        XCTAssertThrowsKennisbankError(.exactly(.missingFolder(folder))) {
            try KnowledgeBase(path: folder + "/kb.sqlite")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
    }

    func testReadingAMissingFileCreatesNothing() throws {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        // A path someone named that holds nothing is most likely a typo: said, not read as empty.
        XCTAssertThrowsKennisbankError(.exactly(.noKnowledgeBase(path))) {
            try DatabaseLocation(path: path, isDefault: false).open(forWriting: false)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        // A dry run of a change reads it as an empty knowledge base.
        let knowledgeBase = try DatabaseLocation(path: path, isDefault: false).open(
            forWriting: false, allowingMissing: true)
        XCTAssertEqual(try knowledgeBase.entries(), [])
        XCTAssertEqual(try knowledgeBase.municipalities().count, 342)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
