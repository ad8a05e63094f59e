import Foundation
import XCTest
import ZIPFoundation

@testable import Kennisbank

/// A zip of Markdown notes as an import source and as an export target (issue 14): read as a
/// folder is read, never unpacked to disk, refused whole when damaged, too large or named to
/// write elsewhere; the export holds the folder export's notes under the same names.
final class ZipNotesTests: XCTestCase {
    /// A zip in memory holding `files` (path inside → text), deflated, in the order given.
    static func zip(_ files: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return try XCTUnwrap(archive.data)
    }

    /// The paths and texts of the files in `data`, a zip, in its order.
    static func files(in data: Data) throws -> [(path: String, text: String)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The offsets of the central directory records of a zip.
    static func centralRecords(_ bytes: [UInt8]) -> [Int] {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        return (0..<(bytes.count - 3)).filter { bytes[$0..<$0 + 4].elementsEqual(signature) }
    }

    /// Writes a little-endian 32-bit number into `bytes` at `offset`.
    static func put32(_ value: UInt32, in bytes: inout [UInt8], at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
    }

    private let obstacle = """
        ---
        kind: obstacle
        municipality: Deventer
        tags: [vertrouwen]
        status: open
        ---
        Bewoners vertrouwen de gemeente niet.
        """

    private let tip = """
        ---
        kind: tip
        topics: [Participatie]
        ---
        Helpt tegen [[Wantrouwen van bewoners]]; zie ook [[Bestaat niet]].
        """

    // MARK: Import

    func testNotesInFoldersOfAZipAreReadAsAFolderIsRead() throws {
        let zip = try Self.zip([
            ("Vault/Deventer/Wantrouwen van bewoners.md", obstacle),
            ("Vault/Open begroting.md", tip),
            ("Vault/Zonder kop.md", "# Leg de begroting open\n\nDe tekst.\n"),
            ("Vault/.obsidian/app.md", "---\nkind: tip\n---\nverborgen\n"),
            ("Vault/bijlagen/foto.png", "\u{89}PNG niet gelezen"),
            ("__MACOSX/Vault/._Open begroting.md", "\u{0}\u{5}\u{16}\u{7}"),
        ])
        let knowledgeBase = try KnowledgeBase.inMemory()
        var source = ImportSource.bytes([UInt8](zip), name: "kluis.zip", format: .markdown)
        source.noteDefaults = NoteDefaults(kind: .tip)
        let report = try knowledgeBase.importRecords(from: [source])
        XCTAssertEqual(report.added, 3, "the hidden note, the attachment and the resource fork are left out")
        XCTAssertEqual(report.sources, ["kluis.zip"])
        XCTAssertEqual(report.notes, [.wikilinksLinked(count: 1)])
        let entries = try knowledgeBase.entries().sorted { $0.title < $1.title }
        XCTAssertEqual(
            entries.map(\.title), ["Leg de begroting open", "Open begroting", "Wantrouwen van bewoners"])
        let obstacle = entries[2]
        XCTAssertEqual(obstacle.kind, .obstacle)
        XCTAssertEqual(obstacle.municipality, "Deventer")
        XCTAssertEqual(obstacle.topics, ["vertrouwen"])
        XCTAssertEqual(entries[1].addresses, [obstacle.uuid], "a wikilink to a note in a folder of the zip")
        XCTAssertEqual(entries[1].topics, ["Participatie"])
        XCTAssertEqual(entries[0].kind, .tip, "a note without front matter takes the default kind")
    }

    func testAZipFileIsFoundByItsNameOrItsBytesAndAProblemNamesTheNoteInside() throws {
        let zip = try Self.zip([("map/a.md", "---\nkind: tip\n---\nGoed.\n"), ("map/b.md", "---\nkind: recept\n---\n")])
        let named = try ExchangeFixtures.write(bytes: [UInt8](zip), named: "notities.zip", in: self)
        let unnamed = try ExchangeFixtures.write(bytes: [UInt8](zip), named: "notities.bin", in: self)
        XCTAssertEqual(try ImportSource.file(named).format, .markdown, "a .zip is Markdown notes")
        for source in [try ImportSource.file(named), try .file(unnamed, format: .markdown)] {
            XCTAssertImportError([source.name + "/map/b.md", "recept"]) {
                try KnowledgeBase.inMemory().importRecords(from: [source])
            }
        }
        var options = ImportOptions()
        options.skipInvalid = true
        let knowledgeBase = try KnowledgeBase.inMemory()
        let report = try knowledgeBase.importRecords(from: [try .file(named)], options: options)
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(report.invalid.map(\.location.source), [named + "/map/b.md"])
        XCTAssertEqual(try knowledgeBase.entries().map(\.title), ["a"])
    }

    func testADamagedOrEmptyZipIsRefusedWhole() throws {
        let zip = [UInt8](try Self.zip([("a.md", "---\nkind: tip\n---\n" + String(repeating: "Goed. ", count: 200))]))
        let cases: [(String, [UInt8], KennisbankError.ImportFileProblem)] = [
            ("kapot.zip", Array("PK\u{3}\u{4} dit is geen zip".utf8), .notAZip),
            ("half.zip", Array(zip.prefix(zip.count / 2)), .notAZip),
            ("leeg.zip", [UInt8](try Self.zip([])), .noMarkdownFilesInZip),
            ("plaatjes.zip", [UInt8](try Self.zip([("a.png", "x")])), .noMarkdownFilesInZip),
        ]
        var flipped = zip
        // A byte of the deflated note changed: its checksum no longer holds.
        flipped[40] ^= 0xFF
        for (name, bytes, problem) in cases + [("omgedraaid.zip", flipped, .notAZip)] {
            let path = try ExchangeFixtures.write(bytes: bytes, named: name, in: self)
            let knowledgeBase = try KnowledgeBase.inMemory()
            for source in [try ImportSource.file(path), .bytes(bytes, name: name, format: .markdown)] {
                XCTAssertThrowsError(try knowledgeBase.importRecords(from: [source]), name) { error in
                    XCTAssertEqual(
                        error as? KennisbankError, .cannotImport(source: source.name, problem: problem), name)
                }
            }
            XCTAssertEqual(try knowledgeBase.count(), 0, name)
        }
    }

    func testNamesThatClimbOutOrAreAbsoluteRefuseTheZipAndNothingIsWritten() throws {
        let folder = try makeTemporaryFolder(self)
        let inner = folder + "/binnen"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        for hostile in [
            "../kwaad.md", "map/../../kwaad.md", "/tmp/kwaad.md", "\\kwaad.md", "C:/kwaad.md", "..\\kwaad.md",
        ] {
            let zip = try Self.zip([("goed.md", "---\nkind: tip\n---\nGoed.\n"), (hostile, "---\nkind: tip\n---\n")])
            let path = inner + "/aanval.zip"
            try zip.write(to: URL(fileURLWithPath: path))
            let knowledgeBase = try KnowledgeBase.inMemory()
            XCTAssertThrowsError(try knowledgeBase.importRecords(from: [try .file(path)]), hostile) { error in
                XCTAssertEqual(
                    error as? KennisbankError, .cannotImport(source: path, problem: .unsafeZipEntryName(hostile)))
            }
            XCTAssertEqual(try knowledgeBase.count(), 0, hostile)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["binnen"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: inner), ["aanval.zip"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/kwaad.md"))
        XCTAssertEqual(ZipNoteArchive.relativePath("./map//a.md"), "map/a.md")
        XCTAssertEqual(ZipNoteArchive.relativePath("map/..a.md"), "map/..a.md", "dots inside a name are a name")
    }

    func testMoreEntriesThanTheLimitAreRefusedBeforeAnyIsRead() throws {
        // One note, its central directory record repeated 20,001 times: a zip of 20,001 entries in a megabyte.
        var bytes = [UInt8](try Self.zip([("a.md", "---\nkind: tip\n---\nGoed.\n")]))
        let record = try XCTUnwrap(Self.centralRecords(bytes).first)
        let end = bytes.count - 22
        let central = Array(bytes[record..<end])
        let copies = 20_001
        var many = Array(bytes[..<record])
        for _ in 0..<copies { many += central }
        var endRecord = Array(bytes[end...])
        endRecord[8] = UInt8(copies & 0xFF)
        endRecord[9] = UInt8(copies >> 8)
        endRecord[10] = endRecord[8]
        endRecord[11] = endRecord[9]
        Self.put32(UInt32(central.count * copies), in: &endRecord, at: 12)
        many += endRecord
        bytes = many
        XCTAssertThrowsError(
            try KnowledgeBase.inMemory().importRecords(from: [.bytes(bytes, name: "veel.zip", format: .markdown)])
        ) { error in
            XCTAssertEqual(
                error as? KennisbankError, .cannotImport(source: "veel.zip", problem: .tooManyZipEntries(limit: 20_000))
            )
        }
        // The limit holds as counted too, whatever the end record says.
        let three = try Self.zip([("a.md", "x"), ("b.md", "y"), ("c.md", "z")])
        var limits = ZipNoteArchive.Limits()
        limits.entries = 2
        XCTAssertThrowsError(try ZipNoteArchive(data: three, name: "drie.zip", limits: limits)) { error in
            XCTAssertEqual(
                error as? KennisbankError, .cannotImport(source: "drie.zip", problem: .tooManyZipEntries(limit: 2)))
        }
        limits.entries = 3
        XCTAssertEqual(try ZipNoteArchive(data: three, name: "drie.zip", limits: limits).notes.count, 3)
    }

    func testAZipBombIsRefusedBySizeAndANoteThatUnpacksToMoreThanItSaysIsDamage() throws {
        // Forty notes that say they unpack to 7 MB each, 280 MB together: refused before anything is unpacked.
        var bytes = [UInt8](try Self.zip((0..<40).map { ("\($0).md", "---\nkind: tip\n---\nKlein.\n") }))
        for record in Self.centralRecords(bytes) { Self.put32(7 << 20, in: &bytes, at: record + 24) }
        XCTAssertThrowsError(
            try KnowledgeBase.inMemory().importRecords(from: [.bytes(bytes, name: "bom.zip", format: .markdown)])
        ) { error in
            XCTAssertEqual(
                error as? KennisbankError, .cannotImport(source: "bom.zip", problem: .zipTooLarge(limit: 256 << 20)))
        }
        // A note of a megabyte of one letter that says it is 30 bytes: unpacking stops, the zip is refused.
        let big = "---\nkind: tip\n---\n" + String(repeating: "a", count: 1 << 20)
        var lying = [UInt8](try Self.zip([("groot.md", big)]))
        XCTAssertLessThan(lying.count, 8 << 10, "it deflates to a few kilobytes")
        let record = try XCTUnwrap(Self.centralRecords(lying).first)
        Self.put32(30, in: &lying, at: record + 24)
        Self.put32(30, in: &lying, at: 22)
        XCTAssertThrowsError(
            try KnowledgeBase.inMemory().importRecords(from: [.bytes(lying, name: "liegt.zip", format: .markdown)])
        ) { error in
            XCTAssertEqual(error as? KennisbankError, .cannotImport(source: "liegt.zip", problem: .notAZip))
        }
        // A note larger than a note may be is that note's problem, as in a folder.
        let huge = [UInt8](
            try Self.zip([("groot.md", "---\nkind: tip\n---\n" + String(repeating: "a", count: 9 << 20))]))
        XCTAssertImportError(["groot.zip/groot.md", "8 MB"]) {
            try KnowledgeBase.inMemory().importRecords(from: [.bytes(huge, name: "groot.zip", format: .markdown)])
        }
    }

    // MARK: Export

    func testTheZipExportHoldsTheFolderExportsNotesUnderTheSameNames() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let folder = try makeTemporaryFolder(self)
        try source.export(.markdown, to: .folder(folder + "/notes"))
        let report = try source.export(.markdown, to: .file(folder + "/notes.zip"))
        XCTAssertEqual([report.entries, report.municipalities], [46, 6])
        let inZip = try Self.files(in: try Data(contentsOf: URL(fileURLWithPath: folder + "/notes.zip")))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/notes").sorted()
        XCTAssertEqual(inZip.map(\.path).sorted(), names)
        for (path, text) in inZip {
            XCTAssertEqual(text, try String(contentsOfFile: folder + "/notes/" + path, encoding: .utf8), path)
        }
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["notes", "notes.zip"],
            "no partial file left behind")
        XCTAssertEqual(try Self.files(in: Data(try source.exportBytes(.markdown))).map(\.path), inZip.map(\.path))
        XCTAssertThrowsKennisbankError(.message(containing: "give a folder")) {
            try source.exportText(.markdown)
        }
    }

    func testExportAsZipThenImportIntoAnEmptyBaseGivesTheSameEntries() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let path = try makeTemporaryFolder(self) + "/Kennisbank.ZIP"
        try source.export(.markdown, to: .file(path))
        let target = try KnowledgeBase.inMemory()
        let report = try target.importRecords(from: [try .file(path)])
        XCTAssertEqual([report.added, report.municipalitiesAdded], [46, 6])
        let before = try ExchangeFixtures.contents(of: source)
        let after = try ExchangeFixtures.contents(of: target)
        XCTAssertEqual(after.municipalities, before.municipalities)
        XCTAssertEqual(after.entries.count, before.entries.count)
        for (original, copy) in Swift.zip(before.entries, after.entries) {
            XCTAssertEqual(copy, original, original.title)
        }
        XCTAssertFalse(after.entries.allSatisfy { $0.addresses.isEmpty }, "links came back")
        XCTAssertFalse(after.entries.allSatisfy { $0.topics.isEmpty }, "topics came back")
        // The zip downloaded from memory gives the same.
        let again = try KnowledgeBase.inMemory()
        try again.importRecords(from: [.bytes(try source.exportBytes(.markdown), name: "x.zip", format: .markdown)])
        XCTAssertEqual(try ExchangeFixtures.contents(of: again).entries, after.entries)
    }

    func testAZipExportHoldsNoMoreNotesThanAnImportReadsFromAZip() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        try source.read { db in
            XCTAssertNoThrow(try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(entries: 52)))
            XCTAssertThrowsError(try ZipExportWriter.checkSize(EntryFilter(), in: db, limits: .init(entries: 51))) {
                error in
                XCTAssertEqual(
                    error as? KennisbankError, .cannotExport(.tooManyNotesForZip(count: 52, limit: 51)),
                    "46 entries and 6 municipalities")
            }
        }
        XCTAssertEqual(ZipNoteArchive.Limits().entries, 20_000, "the same bound as the import's")
    }

    func testAZipExportNeverReplacesADatabaseNorWritesIntoAFolder() throws {
        let folder = try makeTemporaryFolder(self)
        let knowledgeBase = try KnowledgeBase(path: folder + "/kb.zip")
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Blijft bewaard"))
        XCTAssertThrowsKennisbankError(.message(containing: "database")) {
            try knowledgeBase.export(.markdown, to: .file(folder + "/kb.zip"))
        }
        try FileManager.default.createDirectory(atPath: folder + "/map.zip", withIntermediateDirectories: true)
        XCTAssertThrowsError(try knowledgeBase.export(.markdown, to: .file(folder + "/map.zip"))) { error in
            XCTAssertEqual(
                error as? KennisbankError,
                .cannotExport(.targetIsFolder(path: folder + "/map.zip", format: .markdown)))
        }
        XCTAssertEqual(try knowledgeBase.entries().map(\.title), ["Blijft bewaard"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder + "/map.zip"), [])
    }
}
