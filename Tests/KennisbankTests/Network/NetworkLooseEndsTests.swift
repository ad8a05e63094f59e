import Foundation
import XCTest

@testable import Kennisbank

/// The loose ends of the network (issue 16): an entry added from a meeting is linked to it in the
/// same transaction.
final class NetworkLooseEndsTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!
    let anna = Author("Anna")

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testAnEntryAddedFromAMeetingIsLinkedToIt() throws {
        let meeting = try knowledgeBase.addMeeting(date: Day(iso: "2025-03-01")!, title: "Ochtend", author: anna)
        let tip = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Ga op bezoek", meetings: [meeting.id, meeting.id]), by: anna)
        XCTAssertEqual(try knowledgeBase.meetings(of: tip.id).map(\.id), [meeting.id])
        XCTAssertEqual(try knowledgeBase.meetingReport(meeting.id).entries.map(\.id), [tip.id])
        let linkedBy = try knowledgeBase.read {
            try String.fetchOne($0, literal: "SELECT linked_by FROM meeting_entry WHERE meeting_id = \(meeting.id)")
        }
        XCTAssertEqual(linkedBy, "Anna")

        // An unknown meeting: refused, and no entry is stored.
        let count = try knowledgeBase.count()
        XCTAssertThrowsError(
            try knowledgeBase.add(NewEntry(kind: .tip, title: "Bel de wethouder", meetings: [Meeting.ID(99)]))
        ) { XCTAssertEqual($0 as? KennisbankError, .meetings(.unknownMeeting("99"))) }
        XCTAssertEqual(try knowledgeBase.count(), count)
    }

    func testCheckFindsAttachmentsOfNoEntryAndEmptyingTheTrashDeletesThemAndDetachedOnes() throws {
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begroting in het dorpshuis"))
        try knowledgeBase.attach(
            [
                AttachmentFile(name: "begroting.csv", contents: Data("a;b\n".utf8)),
                AttachmentFile(name: "oud.csv", contents: Data("c\n".utf8)),
            ], to: tip.id)
        try knowledgeBase.detach(["oud.csv"], from: tip.id)
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        // A file whose entry is gone everywhere (neither stored nor in the trash).
        try knowledgeBase.write { db in
            try db.execute(
                literal: """
                    INSERT INTO attachment (entry_id, name, media_type, size, sha256, content, added_at)
                    VALUES (999, 'los.txt', 'text/plain', 1, \(String(repeating: "0", count: 64)), x'41',
                            '2026-01-01T00:00:00.000Z')
                    """)
        }
        XCTAssertEqual(try knowledgeBase.check().problems, [.orphanedAttachments(count: 1)])
        let encoded = try KennisbankJSON.encoder(pretty: false).encode(IntegrityProblem.orphanedAttachments(count: 1))
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"{"code":"orphaned_attachments","count":1}"#)

        // No entry in the trash: emptying it still deletes the detached file and the loose one.
        XCTAssertEqual(try knowledgeBase.trash().count, 0)
        XCTAssertEqual(try knowledgeBase.trashToEmpty(), TrashEmptying(entries: 0, attachments: 2))
        XCTAssertEqual(try knowledgeBase.emptyTrashCounting(), TrashEmptying(entries: 0, attachments: 2))
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        XCTAssertEqual(try knowledgeBase.attachments(of: tip.id, detached: true), [])
        XCTAssertEqual(try knowledgeBase.attachments(of: tip.id).map(\.name), ["begroting.csv"])
        XCTAssertTrue(try knowledgeBase.trashToEmpty().isEmpty)

        // A trashed entry's files go with it, and are not counted again as loose ones.
        try knowledgeBase.moveToTrash(tip.id)
        XCTAssertEqual(try knowledgeBase.check().problems, [])
        XCTAssertEqual(try knowledgeBase.emptyTrashCounting(), TrashEmptying(entries: 1, attachments: 0))
        let left = try knowledgeBase.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM attachment") }
        XCTAssertEqual(left, 0)
    }

    func testAPersonRemovedAndRestoredIsAContactAgainOfAnEntryTrashedAndRestoredMeanwhile() throws {
        let anna = try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        let bert = try knowledgeBase.addPerson(name: "Bert Jansen", municipality: "Deventer")
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Bel ons", contacts: [anna.id, bert.id]))
        try knowledgeBase.removePerson(anna.id.uuidString)
        try knowledgeBase.moveToTrash(tip.id)
        try knowledgeBase.restorePerson("Anna de Vries")
        let restored = try knowledgeBase.restoreFromTrash(tip.id)
        XCTAssertEqual(restored.contacts.map(\.id), [anna.id, bert.id])
        XCTAssertEqual(try knowledgeBase.check().problems, [])
    }

    func testAZipExportRefusesBeforeWritingWhatTheImportWouldRefuseAndWhatIsTooLargeForMemory() throws {
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begroting", body: "Zie de bijlagen."))
        try knowledgeBase.attach(
            [
                AttachmentFile(name: "a.bin", contents: Data(count: 3000)),
                AttachmentFile(name: "b.bin", contents: Data(count: 2000)),
            ], to: tip.id)
        try knowledgeBase.detach(["b.bin"], from: tip.id)  // a detached file does not travel
        try knowledgeBase.read { db in
            // One note and one attached file.
            XCTAssertNoThrow(try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(entries: 2)))
            XCTAssertThrowsError(try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(entries: 1))) {
                XCTAssertEqual(
                    $0 as? KennisbankError, .cannotExport(.tooManyFilesForZip(notes: 1, attachments: 1, limit: 1)))
            }
            XCTAssertNoThrow(try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(attachmentBytes: 3000)))
            XCTAssertThrowsError(
                try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(attachmentBytes: 2999))
            ) {
                XCTAssertEqual(
                    $0 as? KennisbankError, .cannotExport(.attachmentsTooLargeForZip(bytes: 3000, limit: 2999)))
            }
            // Entries the filter leaves out do not count.
            var obstacles = EntryFilter()
            obstacles.kinds = [.obstacle]
            XCTAssertNoThrow(try ZipExportWriter.checkSize(obstacles, in: db, limits: .init(attachmentBytes: 0)))
        }
        XCTAssertEqual(ZipNoteArchive.Limits().attachmentBytes, 1 << 30, "the same bound as the import's")
        // In memory: the notes' text (with a kilobyte for each front matter) and the files.
        let expected = 3000 + "Begroting".utf8.count + "Zie de bijlagen.".utf8.count + 1024
        XCTAssertThrowsError(try knowledgeBase.exportBytes(.markdown, zipByteLimit: expected - 1)) {
            XCTAssertEqual(
                $0 as? KennisbankError, .cannotExport(.tooLargeToDownload(bytes: expected, limit: expected - 1)))
        }
        let zip = try knowledgeBase.exportBytes(.markdown, zipByteLimit: expected)
        let copy = try KnowledgeBase.inMemory()
        try copy.importRecords(from: [.bytes(zip, name: "x.zip", format: .markdown)])
        let imported = try XCTUnwrap(copy.entries().first)
        XCTAssertEqual(try copy.attachments(of: imported.id).map(\.size), [3000])
    }

    func testAnAttachmentJustUnder25MiBRoundTripsEmbeddedInJSONLines() throws {
        var bytes = [UInt8](repeating: 0, count: Attachment.maximumSize - 1)
        var generator = SystemRandomNumberGenerator()
        for index in stride(from: 0, to: bytes.count, by: 4096) { bytes[index] = generator.next() }
        let file = Data(bytes)
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Foto's van de opening"))
        try knowledgeBase.attach([AttachmentFile(name: "opening.jpg", contents: file)], to: tip.id)
        let export = try knowledgeBase.exportBytes(.jsonl, withAttachments: true)
        XCTAssertGreaterThan(export.count, ImportLimits.recordBytes, "longer than an ordinary record")
        XCTAssertLessThanOrEqual(export.count, ImportLimits.attachmentRecordBytes)
        let copy = try KnowledgeBase.inMemory()
        try copy.importRecords(from: [.bytes(export, name: "export.jsonl", format: .jsonl)])
        let imported = try XCTUnwrap(copy.entries().first)
        XCTAssertEqual(try copy.attachment("opening.jpg", of: imported.id).contents, file)
        XCTAssertEqual(ImportLimits.attachmentRecordBytes, (16 << 20) + 34_952_536)
    }

    func testALongRecordWithoutEmbeddedFilesIsStillRefusedAtTheOrdinaryLimit() throws {
        let start = Array(#"{"kind": "tip", "title": "Lang", "body": ""#.utf8)
        let record = start + [UInt8](repeating: UInt8(ascii: "a"), count: ImportLimits.recordBytes) + Array(#""}"#.utf8)
        let location = RecordLocation(source: "lang.jsonl", line: 1)
        XCTAssertThrowsError(try JSONRecordDecoder.record(record, at: location) { .lineTooLong(limit: $0) }) {
            guard case .importFailed(let problem) = $0 as? KennisbankError else { return XCTFail("\($0)") }
            XCTAssertEqual(problem.reason, .lineTooLong(limit: ImportLimits.recordBytes))
        }
    }
}
