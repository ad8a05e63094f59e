import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Attachments: kept inside the SQLite file, all or nothing, at most 25 MiB each, detached with
/// a way back, and never written outside the folder they are extracted into.
final class AttachmentTests: XCTestCase {
    private var folder: String!
    private var knowledgeBase: KnowledgeBase!
    private var entry: Entry!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder(self)
        knowledgeBase = try KnowledgeBase(path: folder + "/kb.sqlite")
        entry = try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Dorpshuis in eigen beheer", municipality: "Deventer"))
    }

    /// Bytes that no encoding step leaves alone: every byte value, a NUL, CR LF and invalid UTF-8.
    private func awkwardBytes(_ count: Int) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }) + Data([0, 13, 10, 0xFF, 0xC3])
    }

    private func write(_ data: Data, named name: String) throws -> String {
        let path = folder + "/" + name
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data))
        return path
    }

    func testAttachKeepsNameTypeSizeAndSHA256AndTheBytes() throws {
        let bytes = awkwardBytes(70_000)
        let path = try write(bytes, named: "Begroting 2026.xlsx")
        let attached = try knowledgeBase.attach(paths: [path], to: entry.id, by: Author("anna"))
        XCTAssertEqual(attached.map(\.name), ["Begroting 2026.xlsx"])
        let listed = try XCTUnwrap(try knowledgeBase.attachments(of: entry.id).first)
        XCTAssertEqual(listed.mediaType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        XCTAssertEqual(listed.size, bytes.count)
        XCTAssertEqual(listed.addedBy, "anna")
        // The SHA-256 of the file as sha256sum computes it (checked against Python's hashlib).
        XCTAssertEqual(listed.sha256, AttachmentHash.hex(bytes))
        XCTAssertEqual(
            AttachmentHash.hex(Data("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let (_, contents) = try knowledgeBase.attachment("Begroting 2026.xlsx", of: entry.id)
        XCTAssertEqual(contents, bytes)
    }

    /// A symbolic link is attached as the file it points to, under the link's name.
    func testALinkIsAttachedAsTheFileItPointsTo() throws {
        let bytes = awkwardBytes(1_000)
        let path = try write(bytes, named: "notulen-origineel.pdf")
        try FileManager.default.createSymbolicLink(atPath: folder + "/notulen.pdf", withDestinationPath: path)
        let attached = try knowledgeBase.attach(paths: [folder + "/notulen.pdf"], to: entry.id)
        XCTAssertEqual(attached.map(\.name), ["notulen.pdf"])
        XCTAssertEqual(try knowledgeBase.attachment("notulen.pdf", of: entry.id).contents, bytes)
    }

    func testAnEmptyFileAndAnUnknownExtension() throws {
        let attached = try knowledgeBase.attach(
            [
                AttachmentFile(name: "leeg.bin", contents: Data()),
                AttachmentFile(name: "README", contents: Data("x".utf8)),
            ],
            to: entry.id)
        XCTAssertEqual(attached.map(\.mediaType), ["application/octet-stream", "application/octet-stream"])
        XCTAssertEqual(try knowledgeBase.attachment("leeg.bin", of: entry.id).contents, Data())
        XCTAssertEqual(
            try knowledgeBase.attachment("leeg.bin", of: entry.id).attachment.sha256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(AttachmentName.mediaType(of: "Notulen.PDF"), "application/pdf")
    }

    func testOnlyTheBaseNameIsKeptAndNamesAreMadeSafe() throws {
        XCTAssertEqual(AttachmentName.clean("../../etc/passwd"), "passwd")
        XCTAssertEqual(AttachmentName.clean("/etc/passwd"), "passwd")
        XCTAssertEqual(AttachmentName.clean("a\\b"), "b")
        XCTAssertEqual(AttachmentName.clean("CON"), "_CON")
        XCTAssertEqual(AttachmentName.clean("nul.txt"), "_nul.txt")
        XCTAssertEqual(AttachmentName.clean(".env"), "_.env", "a hidden name would be skipped on import")
        XCTAssertEqual(AttachmentName.clean("map/.begroting.xlsx"), "_.begroting.xlsx")
        XCTAssertEqual(AttachmentName.clean("com1.tar.gz"), "_com1.tar.gz")
        XCTAssertEqual(AttachmentName.clean("con\u{0}.txt"), "con_.txt")
        XCTAssertEqual(AttachmentName.clean("notulen. . "), "notulen")
        XCTAssertEqual(AttachmentName.clean("vraag?.txt"), "vraag_.txt")
        for empty in ["", ".", "..", "   ", "map/", "../", "...", String(repeating: "é", count: 200)] {
            XCTAssertNil(AttachmentName.clean(empty), empty)
        }
        for name in ["Begroting 2026.xlsx", "_CON", "_.verborgen", "foto's.jpg"] {
            XCTAssertEqual(AttachmentName.clean(name), name, "a clean name stays as it is")
        }
        let attached = try knowledgeBase.attach(
            [AttachmentFile(name: "../../notulen.pdf", contents: Data("pdf".utf8))], to: entry.id)
        XCTAssertEqual(attached.map(\.name), ["notulen.pdf"])
    }

    func testAThirtyMegabyteFileIsRefusedAndNothingChanges() throws {
        let small = try write(Data("klein".utf8), named: "klein.txt")
        let large = folder + "/groot.bin"
        XCTAssertTrue(FileManager.default.createFile(atPath: large, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: large))
        try handle.truncate(atOffset: 30 * 1024 * 1024)  // sparse: no 30 MB written to the disk
        try handle.close()
        let before = try XCTUnwrap(fileContents(folder + "/kb.sqlite"))

        XCTAssertThrowsKennisbankError(
            .exactly(.attachment(.tooLarge(name: "groot.bin", size: 31_457_280, limit: 26_214_400)))
        ) {
            try knowledgeBase.attach(paths: [small, large], to: entry.id)
        }
        XCTAssertEqual(try knowledgeBase.attachments(of: entry.id), [])
        XCTAssertEqual(fileContents(folder + "/kb.sqlite"), before, "the database file is unchanged")
        XCTAssertEqual(Attachment.maximumSize, 26_214_400)
        XCTAssertTrue(
            KennisbankError.attachment(.tooLarge(name: "groot.bin", size: 31_457_280, limit: 26_214_400))
                .englishMessage.contains("at most 25 MB (26214400 bytes)"))
    }

    func testExactlyTwentyFiveMebibytesIsAccepted() throws {
        let file = AttachmentFile(name: "precies.bin", contents: Data(count: Attachment.maximumSize))
        XCTAssertEqual(try knowledgeBase.attach([file], to: entry.id).first?.size, 26_214_400)
        let over = AttachmentFile(name: "over.bin", contents: Data(count: Attachment.maximumSize + 1))
        XCTAssertThrowsKennisbankError(.message(containing: "too large")) {
            try knowledgeBase.attach([over], to: entry.id)
        }
    }

    func testAttachIsAllOrNothing() throws {
        try knowledgeBase.attach([AttachmentFile(name: "notulen.pdf", contents: Data("1".utf8))], to: entry.id)
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.nameTaken("notulen.pdf")))) {
            try knowledgeBase.attach(
                [
                    AttachmentFile(name: "foto.jpg", contents: Data("2".utf8)),
                    AttachmentFile(name: "notulen.pdf", contents: Data("3".utf8)),
                ], to: entry.id)
        }
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.nameTaken("a.txt")))) {
            try knowledgeBase.attach(
                [AttachmentFile(name: "x/a.txt", contents: Data()), AttachmentFile(name: "a.txt", contents: Data())],
                to: entry.id)
        }
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.notAFile(path: folder + "/ontbreekt.pdf")))) {
            try knowledgeBase.attach(paths: [folder + "/ontbreekt.pdf"], to: entry.id)
        }
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.notAFile(path: folder)))) {
            try knowledgeBase.attach(paths: [folder], to: entry.id)
        }
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.invalidName("..")))) {
            try knowledgeBase.attach([AttachmentFile(name: "..", contents: Data())], to: entry.id)
        }
        XCTAssertEqual(try knowledgeBase.attachments(of: entry.id).map(\.name), ["notulen.pdf"])
    }

    func testDetachKeepsTheFileAndRestoreBringsItBack() throws {
        try knowledgeBase.attach([AttachmentFile(name: "notulen.pdf", contents: Data("v1".utf8))], to: entry.id)
        try knowledgeBase.detach(["notulen.pdf"], from: entry.id, by: Author("bert"))
        XCTAssertEqual(try knowledgeBase.attachments(of: entry.id), [])
        let detached = try knowledgeBase.attachments(of: entry.id, detached: true)
        XCTAssertEqual(detached.map(\.name), ["notulen.pdf"])
        XCTAssertEqual(detached.first?.detachedBy, "bert")
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.unknownAttachment("notulen.pdf", names: [])))) {
            try knowledgeBase.detach(["notulen.pdf"], from: entry.id)
        }

        // A new file of the same name may be attached; restoring the old one then is refused.
        try knowledgeBase.attach([AttachmentFile(name: "notulen.pdf", contents: Data("v2".utf8))], to: entry.id)
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.nameTaken("notulen.pdf")))) {
            try knowledgeBase.reattach("notulen.pdf", to: entry.id)
        }
        try knowledgeBase.detach(["notulen.pdf"], from: entry.id)
        let restored = try knowledgeBase.reattach("notulen.pdf", to: entry.id)
        XCTAssertNil(restored.detachedAt)
        XCTAssertEqual(try knowledgeBase.attachment("notulen.pdf", of: entry.id).contents, Data("v2".utf8))
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.notDetached("foto.jpg")))) {
            try knowledgeBase.reattach("foto.jpg", to: entry.id)
        }
    }

    func testAttachmentsStayWithATrashedEntryAndGoWhenTheTrashIsEmptied() throws {
        try knowledgeBase.attach([AttachmentFile(name: "notulen.pdf", contents: Data("v1".utf8))], to: entry.id)
        let other = try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een tip met een losse bijlage"))
        try knowledgeBase.attach([AttachmentFile(name: "oud.txt", contents: Data("oud".utf8))], to: other.id)
        try knowledgeBase.detach(["oud.txt"], from: other.id)

        try knowledgeBase.moveToTrash(entry.id)
        try knowledgeBase.restoreFromTrash(entry.id)
        XCTAssertEqual(try knowledgeBase.attachment("notulen.pdf", of: entry.id).contents, Data("v1".utf8))

        try knowledgeBase.moveToTrash(entry.id)
        try knowledgeBase.emptyTrash()
        let left = try knowledgeBase.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM attachment") }
        XCTAssertEqual(left, 0, "the trashed entry's and the detached attachments are gone with the trash")
    }

    func testBackupCopiesTheAttachmentsByteForByte() throws {
        let bytes = awkwardBytes(300_000)
        try knowledgeBase.attach([AttachmentFile(name: "foto.jpg", contents: bytes)], to: entry.id)
        try knowledgeBase.backup(to: folder + "/kopie.sqlite")
        let copy = try KnowledgeBase(path: folder + "/kopie.sqlite", creation: .mustExist)
        let (attachment, contents) = try copy.attachment("foto.jpg", of: entry.id)
        XCTAssertEqual(contents, bytes)
        XCTAssertEqual(attachment.sha256, AttachmentHash.hex(contents))
        XCTAssertEqual(attachment.mediaType, "image/jpeg")
    }

    func testExtractWritesTheFilesAndNeverOverwrites() throws {
        try knowledgeBase.attach(
            [
                AttachmentFile(name: "notulen.pdf", contents: Data("pdf".utf8)),
                AttachmentFile(name: "foto.jpg", contents: Data("jpg".utf8)),
            ], to: entry.id)
        let target = folder + "/uit"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        XCTAssertEqual(
            try knowledgeBase.extractAttachments(of: entry.id, names: ["foto.jpg"], to: target), [target + "/foto.jpg"])
        XCTAssertEqual(fileContents(target + "/foto.jpg"), Data("jpg".utf8))

        try Data("mijn eigen foto".utf8).write(to: URL(fileURLWithPath: target + "/foto.jpg"))
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.fileExists(path: target + "/foto.jpg")))) {
            try knowledgeBase.extractAttachments(of: entry.id, to: target)
        }
        XCTAssertEqual(fileContents(target + "/foto.jpg"), Data("mijn eigen foto".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + "/notulen.pdf"), "nothing was written")

        // A dangling link where a file would go is not followed.
        try FileManager.default.createSymbolicLink(atPath: folder + "/uit2", withDestinationPath: target)
        let other = folder + "/leeg"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: other + "/notulen.pdf", withDestinationPath: folder + "/weg")
        XCTAssertThrowsKennisbankError(.message(containing: "exists")) {
            try knowledgeBase.extractAttachments(of: entry.id, to: other)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/weg"))
        XCTAssertThrowsKennisbankError(.exactly(.attachment(.notAFolder(path: folder + "/nergens")))) {
            try knowledgeBase.extractAttachments(of: entry.id, to: folder + "/nergens")
        }
    }

    /// Names that a damaged or hand-edited file could hold (the schema refuses them; the check is
    /// switched off here to store them) are written inside the folder, under safe names.
    func testHostileStoredNamesNeverLeaveTheFolder() throws {
        let hostile = ["../x", "/etc/passwd", "CON", "a\\b", "nul\u{0}.txt", "..", "", "../../../../tmp/kb-escape"]
        try knowledgeBase.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            for (index, name) in hostile.enumerated() {
                try db.execute(
                    literal: """
                        INSERT INTO attachment (entry_id, name, media_type, size, sha256, content, added_at)
                        VALUES (\(entry.id), \(name), 'text/plain', 1, \(AttachmentHash.hex(Data([UInt8(index)]))),
                                \(Data([UInt8(index)])), '2026-11-30T15:00:00.000Z')
                        """)
            }
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        let target = folder + "/uit/binnen"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        let written = try knowledgeBase.extractAttachments(of: entry.id, to: target)
        XCTAssertEqual(written.count, hostile.count)
        for path in written {
            XCTAssertEqual((path as NSString).deletingLastPathComponent, target, path)
            XCTAssertFalse((path as NSString).lastPathComponent.contains("\u{0}"))
        }
        // SQLite reads text only up to a NUL: `nul\0.txt` comes back as `nul`, a device name.
        let names = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
        XCTAssertEqual(
            names, ["_CON", "_nul", "attachment", "attachment-2", "b", "kb-escape", "passwd", "x"].sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/uit"), ["binnen"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/kb-escape"))
    }
}
