import Foundation
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// Export, then import into a new knowledge base: the same content, field for field — UUIDs,
/// ids, dates and created/updated times included — for every format.
final class ExchangeRoundTripTests: XCTestCase {
    func testJSONLinesRoundTrip() throws {
        try assertRoundTrip(.jsonl)
    }

    func testJSONRoundTrip() throws {
        try assertRoundTrip(.json)
    }

    func testCSVRoundTrip() throws {
        try assertRoundTrip(.csv)
    }

    func testMarkdownFolderRoundTrip() throws {
        try assertRoundTrip(.markdown)
    }

    func testFilteredExportCarriesOnlyWhatItSelects() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let text = try source.exportText(.jsonl, filter: FilterText(kinds: [.example], municipalities: ["GM9001"]))
        let lines = text.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0]?["kind"] as? String, "municipality")
        XCTAssertEqual(lines[0]?["name"] as? String, "Nieuwe Fusiegemeente")
        XCTAssertEqual(lines[0]?["code"] as? String, "GM9001")
        XCTAssertEqual(lines[1]?["title"] as? String, "Fusie: één buurthuis")
        // The example addresses an obstacle the filtered export leaves out: importing it alone says so.
        let target = try KnowledgeBase.inMemory()
        XCTAssertImportError(["export.jsonl, line 2", "field “addresses”", "No entry"]) {
            try target.importRecords(from: [.text(text, name: "export.jsonl", format: .jsonl)])
        }
        XCTAssertEqual(try target.count(), 0)
    }

    func testTopicFilterAndEmptyExports() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let csv = try source.exportText(.csv, filter: FilterText(topics: ["vertrouwen"]))
        XCTAssertEqual(
            csv.components(separatedBy: "\r\n").filter {
                $0.contains(",obstacle,") || $0.contains(",tip,") || $0.contains(",example,")
            }.isEmpty, false)
        let empty = try KnowledgeBase.inMemory()
        XCTAssertEqual(try empty.exportText(.json), "[]\n")
        XCTAssertEqual(try empty.exportText(.jsonl), "")
        XCTAssertEqual(try empty.exportText(.csv), CSVEntryFormat.columns.joined(separator: ",") + "\r\n")
    }

    func testExportToAFileReplacesItOnlyWhenComplete() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let folder = try makeTemporaryFolder(self)
        let path = folder + "/all.jsonl"
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        let report = try source.export(.jsonl, to: .file(path))
        XCTAssertEqual(report.entries, 46)
        XCTAssertEqual(report.municipalities, 6)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), try source.exportText(.jsonl))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder), ["all.jsonl"], "no partial file left behind")
    }

    func testMarkdownNeedsANewOrEmptyFolder() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let folder = try makeTemporaryFolder(self)
        try "x".write(toFile: folder + "/note.md", atomically: true, encoding: .utf8)
        XCTAssertThrowsKennisbankError(.message(containing: "is not empty")) {
            try source.export(.markdown, to: .folder(folder))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "give a folder")) {
            try source.export(.markdown, to: .file(folder + "/x.md"))
        }
        XCTAssertThrowsKennisbankError(.message(containing: "Only Markdown")) {
            try source.export(.csv, to: .folder(folder))
        }
    }

    // MARK: Never over a database (issue 10, item 1)

    /// `kb export --output` naming the database replaced it with the export. Every way of naming
    /// the open database or its `-wal`/`-shm`/`-journal` files — `./`, `..`, symlinks, a hard link —
    /// and any other SQLite file is refused, and nothing is written.
    func testExportNeverReplacesADatabase() throws {
        let folder = try makeTemporaryFolder(self)
        let database = folder + "/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: database)
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Blijft bewaard"))
        let other = try KnowledgeBase(path: folder + "/ander.db")
        try other.add(NewEntryText(kind: .tip, title: "Ook van iemand"))
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.jsonl", withDestinationPath: "kb.sqlite")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dirlink", withDestinationPath: folder)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/wal-link.csv", withDestinationPath: database + "-wal")
        try FileManager.default.linkItem(atPath: database, toPath: folder + "/hard.jsonl")
        let targets = [
            database, folder + "/./kb.sqlite", folder + "/sub/../kb.sqlite", folder + "/link.jsonl",
            folder + "/dirlink/kb.sqlite",
            folder + "/hard.jsonl", database + "-wal", database + "-shm", database + "-journal",
            folder + "/wal-link.csv",
            folder + "/ander.db", folder + "/ander.db-wal", folder + "/ander.db-shm",
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let bytes = fileContents(database)
        for target in targets {
            for format in [ExchangeFormat.jsonl, .csv] {
                XCTAssertThrowsKennisbankError(.message(containing: "database")) {
                    try knowledgeBase.export(format, to: .file(target))
                }
            }
            if !FileManager.default.fileExists(atPath: target) {
                XCTAssertThrowsKennisbankError(.message(containing: "database")) {
                    try knowledgeBase.export(.markdown, to: .folder(target))
                }
            }
        }
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: database))
        XCTAssertThrowsKennisbankError(.message(containing: "database")) {
            try knowledgeBase.export(.jsonl, to: .handle(handle))
        }
        try handle.close()
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), files, "nothing written beside them")
        XCTAssertEqual(fileContents(database), bytes)
        XCTAssertEqual(try knowledgeBase.entries().map(\.title), ["Blijft bewaard"])
        XCTAssertEqual(try other.entries().map(\.title), ["Ook van iemand"])

        // An export file that is not a database is replaced, as always.
        try "oud".write(toFile: folder + "/export.jsonl", atomically: true, encoding: .utf8)
        try knowledgeBase.export(.jsonl, to: .file(folder + "/export.jsonl"))
        XCTAssertEqual(
            try String(contentsOfFile: folder + "/export.jsonl", encoding: .utf8), try knowledgeBase.exportText(.jsonl))
    }

    // MARK: Generated hostile text (issue 10, items 2 and 5)

    /// Entries whose every text field holds what broke the CSV writers — syntax characters
    /// followed by combining marks, formula prefixes with and without apostrophes, invisible and
    /// right-to-left characters — survive export and import in every format, field for field.
    func testGeneratedHostileEntriesRoundTripThroughEveryFormat() throws {
        for seed: UInt64 in 10...14 {
            let source = try Self.hostileKnowledgeBase(seed: seed, entries: 40)
            for format in ExchangeFormat.allCases {
                let folder = try makeTemporaryFolder(self)
                let path = folder + (format == .markdown ? "/notes" : "/export.\(format.rawValue)")
                try source.export(format, to: format == .markdown ? .folder(path) : .file(path))
                let target = try KnowledgeBase.inMemory()
                XCTAssertNoThrow(try target.importRecords(from: [try .file(path)]), "seed \(seed), \(format)")
                let before = try ExchangeFixtures.contents(of: source)
                let after = try ExchangeFixtures.contents(of: target)
                XCTAssertEqual(after.municipalities, before.municipalities, "seed \(seed), \(format)")
                XCTAssertEqual(after.entries.count, before.entries.count, "seed \(seed), \(format)")
                for (original, copy) in zip(before.entries, after.entries) where copy != original {
                    XCTFail("seed \(seed), \(format): \(original.title.debugDescription) came back as \(copy)")
                }
            }
        }
    }

    /// A knowledge base of `entries` entries with generated hostile titles, bodies, topics,
    /// sources and municipality names (the names and labels the validation accepts).
    static func hostileKnowledgeBase(seed: UInt64, entries: Int) throws -> KnowledgeBase {
        var text = HostileText(seed: seed)
        let knowledgeBase = try KnowledgeBase.inMemory()
        var municipalities: [String] = ["Deventer"]
        for index in 0..<4 {
            let name = String((text.line(maxPieces: 3) + " Stad \(seed) \(index)").prefix(90))
            // Generated names may resemble each other: they are meant as different ones.
            municipalities.append(try knowledgeBase.addMunicipality(name: name, allowingSimilarName: true).name)
        }
        for index in 0..<entries {
            let kind = [EntryKind.tip, .example, .obstacle][index % 3]
            let topics = (0..<text.below(4)).map { _ in String((text.line(maxPieces: 3) + " thema").suffix(90)) }
            try knowledgeBase.add(
                knowledgeBase.resolve(
                    NewEntryText(
                        kind: kind, title: String(text.line().prefix(400)) + " \(index)", body: text.lines(),
                        municipality: kind == .tip && index % 2 == 0
                            ? nil : municipalities[index % municipalities.count],
                        topics: topics, source: text.below(2) == 0 ? nil : String(text.line().prefix(400)),
                        status: kind == .obstacle ? .open : nil)),
                allowingSimilarTopics: true)
        }
        return knowledgeBase
    }

    private func assertRoundTrip(_ format: ExchangeFormat, file: StaticString = #filePath, line: UInt = #line) throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let folder = try makeTemporaryFolder(self)
        let path = folder + (format == .markdown ? "/notes" : "/export.\(format.rawValue)")
        let exported = try source.export(format, to: format == .markdown ? .folder(path) : .file(path))
        XCTAssertEqual(exported.entries, 46, file: file, line: line)

        let target = try KnowledgeBase.inMemory()
        let report = try target.importRecords(from: [try .file(path)])
        XCTAssertEqual(report.added, 46, file: file, line: line)
        XCTAssertEqual(report.municipalitiesAdded, 6, file: file, line: line)

        let before = try ExchangeFixtures.contents(of: source)
        let after = try ExchangeFixtures.contents(of: target)
        XCTAssertEqual(after.municipalities, before.municipalities, file: file, line: line)
        XCTAssertEqual(after.entries.count, before.entries.count, file: file, line: line)
        for (original, copy) in zip(before.entries, after.entries) {
            XCTAssertEqual(copy, original, "\(format): \(original.title)", file: file, line: line)
        }
        // Importing the export again adds nothing.
        let again = try target.importRecords(from: [try .file(path)])
        XCTAssertEqual([again.added, again.updated, again.skipped], [0, 0, 46], file: file, line: line)
        XCTAssertEqual(try ExchangeFixtures.contents(of: target).entries, after.entries, file: file, line: line)
    }
}
