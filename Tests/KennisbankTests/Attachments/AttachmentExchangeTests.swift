import Foundation
import GRDB
import XCTest
import ZIPFoundation

@testable import Kennisbank

/// Attachments travel byte for byte: Markdown (folder and zip) as files beside the note, JSON
/// named (and embedded with `--with-attachments`), and come back on import.
final class AttachmentExchangeTests: XCTestCase {
    private var folder: String!
    private var source: KnowledgeBase!
    private var entry: Kennisbank.Entry!
    private var files: [AttachmentFile]!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder(self)
        source = try KnowledgeBase.inMemory()
        entry = try source.add(
            NewEntryText(kind: .example, title: "Dorpshuis in eigen beheer", municipality: "Deventer"))
        try source.add(NewEntryText(kind: .tip, title: "Een tip zonder bijlagen"))
        files = [
            AttachmentFile(
                name: "begroting.xlsx", contents: Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 13) })),
            // A Markdown file as an attachment stays an attachment, not a note.
            AttachmentFile(name: "agenda.md", contents: Data("# Agenda\n\nGeen front matter.\n".utf8)),
            AttachmentFile(name: "leeg.txt", contents: Data()),
            AttachmentFile(name: "foto's van de opening.jpg", contents: Data([0xFF, 0xD8, 0, 13, 10, 0xFF, 0xD9])),
        ]
        try source.attach(files, to: entry.id)
    }

    /// The attachments of `entry`'s UUID in `knowledgeBase`, with their bytes, checked against their SHA-256.
    private func attachments(in knowledgeBase: KnowledgeBase) throws -> [String: Data] {
        let id = try knowledgeBase.entryID(entry.uuid.uuidString)
        var found: [String: Data] = [:]
        for attachment in try knowledgeBase.attachments(of: id) {
            let contents = try knowledgeBase.attachment(attachment.name, of: id).contents
            XCTAssertEqual(attachment.sha256, AttachmentHash.hex(contents), attachment.name)
            XCTAssertEqual(attachment.size, contents.count)
            found[attachment.name] = contents
        }
        return found
    }

    private var expected: [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.contents) })
    }

    func testMarkdownFolderExportWritesTheFilesBesideTheNoteAndImportBringsThemBack() throws {
        let out = folder + "/notities"
        try source.export(.markdown, to: .folder(out))
        let note = try XCTUnwrap(
            try FileManager.default.contentsOfDirectory(atPath: out).first {
                $0.hasSuffix("-dorpshuis-in-eigen-beheer.md")
            })
        let beside = out + "/" + (note as NSString).deletingPathExtension + ".attachments"
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: beside).sorted(), expected.keys.sorted())
        XCTAssertEqual(fileContents(beside + "/begroting.xlsx"), files[0].contents)

        let target = try KnowledgeBase.inMemory()
        let report = try target.importRecords(from: [try .file(out)])
        XCTAssertEqual(report.added, 2, "two notes: agenda.md is an attachment, not a note")
        XCTAssertEqual(report.notes, [.attachmentsImported(count: 4)])
        XCTAssertEqual(try attachments(in: target), expected)

        // Importing again changes nothing.
        let again = try target.importRecords(from: [try .file(out)])
        XCTAssertEqual(again.notes, [])
        XCTAssertEqual(try attachments(in: target), expected)
    }

    func testMarkdownZipExportAndImportRoundTripByteForByte() throws {
        let zip = try source.exportBytes(.markdown)
        let archive = try Archive(data: Data(zip), accessMode: .read)
        XCTAssertTrue(archive.contains { $0.path.hasSuffix(".attachments/begroting.xlsx") })
        let target = try KnowledgeBase.inMemory()
        let report = try target.importRecords(from: [.bytes(zip, name: "export.zip", format: .markdown)])
        XCTAssertEqual(report.added, 2)
        XCTAssertEqual(try attachments(in: target), expected)
    }

    func testJSONNamesTheAttachmentsAndEmbedsThemWhenAsked() throws {
        let named = try source.exportText(.jsonl)
        let record = try XCTUnwrap(
            named.split(separator: "\n").compactMap {
                try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }.first { $0["title"] as? String == entry.title })
        let listed = try XCTUnwrap(record["attachments"] as? [[String: Any]])
        XCTAssertEqual(Set(listed[0].keys), ["name", "type", "size", "sha256"])
        XCTAssertEqual(listed.map { $0["name"] as? String }, files.map(\.name).sorted())
        XCTAssertFalse(named.contains("\"content\""))
        XCTAssertEqual(named.split(separator: "\n").filter { $0.contains("attachments") }.count, 1)

        // Only named: the entry comes, the files do not, and the report says so.
        let withoutFiles = try KnowledgeBase.inMemory()
        let report = try withoutFiles.importRecords(from: [.text(named, name: "export.jsonl", format: .jsonl)])
        XCTAssertEqual(report.added, 2)
        XCTAssertEqual(report.notes, [.attachmentsNotIncluded(count: 4)])
        XCTAssertEqual(try attachments(in: withoutFiles), [:])

        for format in [ExchangeFormat.json, .jsonl] {
            let embedded = String(decoding: try source.exportBytes(format, withAttachments: true), as: UTF8.self)
            XCTAssertTrue(embedded.contains("\"content\""))
            let target = try KnowledgeBase.inMemory()
            let imported = try target.importRecords(from: [.text(embedded, name: "export", format: format)])
            XCTAssertEqual(imported.notes, [.attachmentsImported(count: 4)], "\(format)")
            XCTAssertEqual(try attachments(in: target), expected, "\(format)")
            // Into the knowledge base that holds them already: nothing changes.
            XCTAssertEqual(
                try withoutFiles.importRecords(from: [.text(embedded, name: "export", format: format)]).notes,
                format == .json ? [.attachmentsImported(count: 4)] : [])
        }
        XCTAssertEqual(try attachments(in: withoutFiles), expected)
    }

    func testAnEmbeddedAttachmentThatDoesNotMatchItsSHA256IsRefused() throws {
        var text = String(decoding: try source.exportBytes(.jsonl, withAttachments: true), as: UTF8.self)
        let sha = files[3].contents
        text = text.replacingOccurrences(of: sha.base64EncodedString(), with: Data([1, 2, 3]).base64EncodedString())
        let target = try KnowledgeBase.inMemory()
        XCTAssertThrowsKennisbankError(.message(containing: "does not match its SHA-256")) {
            try target.importRecords(from: [.text(text, name: "export.jsonl", format: .jsonl)])
        }
        XCTAssertEqual(try target.count(), 0, "nothing was imported")
    }

    func testAChangedFileOfTheSameNameReplacesTheOldOneWhichIsKeptDetached() throws {
        let zip = try source.exportBytes(.markdown)
        let target = try KnowledgeBase.inMemory()
        try target.importRecords(from: [.bytes(zip, name: "a.zip", format: .markdown)])
        let id = try source.entryID(entry.uuid.uuidString)
        try source.detach(["leeg.txt"], from: id)
        try source.attach([AttachmentFile(name: "leeg.txt", contents: Data("nu niet meer leeg".utf8))], to: id)
        try target.importRecords(
            from: [.bytes(try source.exportBytes(.markdown), name: "b.zip", format: .markdown)],
            options: ImportOptions(force: true))
        let targetID = try target.entryID(entry.uuid.uuidString)
        XCTAssertEqual(try target.attachment("leeg.txt", of: targetID).contents, Data("nu niet meer leeg".utf8))
        XCTAssertEqual(try target.attachments(of: targetID, detached: true).map(\.name), ["leeg.txt"])
    }
}
