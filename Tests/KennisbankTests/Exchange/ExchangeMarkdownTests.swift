import Foundation
import XCTest

@testable import Kennisbank

/// Markdown notes with YAML front matter: every field, folders, headings as titles, and
/// errors that name the file.
final class ExchangeMarkdownTests: XCTestCase {
    func testFrontMatterWithEveryField() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let obstacle = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Wantrouwen", municipality: "Zwolle"))
        let note = """
            ---
            uuid: 0B9C8F2E-1D2A-4C6B-9E3F-5A7D8C9B0E1F
            kind: example
            title: "Buurthuis: van gemeente naar bewoners"
            municipality: Súdwest-Fryslân
            municipality_code: GM1900
            province: Fryslân
            id: 99
            topics:
              - Maatschappelijk vastgoed
              - co-creatie
            date: 2015-05-21
            source: 'Bijeenkomst netwerk, 21 mei 2015'
            addresses: [\(obstacle.uuid.uuidString.lowercased())]
            created_at: 2015-05-22T08:00:00Z
            updated_at: 2015-06-01T09:30:15.250Z
            ---

            Het buurthuis is **overgedragen**.

            - stap één
            - stap twee
            """
        let path = try ExchangeFixtures.write(note, named: "buurthuis.md", in: self)
        XCTAssertEqual(try knowledgeBase.importRecords(from: [try .file(path)]).added, 1)
        let entry = try knowledgeBase.entry("0b9c8f2e-1d2a-4c6b-9e3f-5a7d8c9b0e1f")
        XCTAssertEqual(entry.kind, .example)
        XCTAssertEqual(entry.title, "Buurthuis: van gemeente naar bewoners")
        XCTAssertEqual(entry.municipality, "Súdwest-Fryslân")
        XCTAssertEqual(entry.topics, ["co-creatie", "Maatschappelijk vastgoed"])
        XCTAssertEqual(entry.date, "2015-05-21")
        XCTAssertEqual(entry.source, "Bijeenkomst netwerk, 21 mei 2015")
        XCTAssertEqual(entry.addresses, [obstacle.uuid])
        XCTAssertEqual(Timestamp.string(entry.createdAt), "2015-05-22T08:00:00.000Z")
        XCTAssertEqual(Timestamp.string(entry.updatedAt), "2015-06-01T09:30:15.250Z")
        XCTAssertEqual(entry.body, "Het buurthuis is **overgedragen**.\n\n- stap één\n- stap twee")
        XCTAssertEqual(try knowledgeBase.importRecords(from: [try .file(path)]).skipped, 1)

        let status = "---\nkind: obstacle\ntitle: Opgelost\nmunicipality: Zwolle\nstatus: opgelost\n---\n"
        try knowledgeBase.importRecords(from: [.text(status, name: "status.md", format: .markdown)])
        XCTAssertEqual(try knowledgeBase.entries(FilterText(statuses: [.resolved])).map(\.title), ["Opgelost"])
    }

    func testAFolderOfNotesWithAMunicipalityDeclaredAnywhereInIt() throws {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/2024/.verborgen", withIntermediateDirectories: true)
        let files = [
            "a-tip.md": "---\nkind: tip\ntitle: Neem de tijd\naddresses: [Z]\n---\nVooral de aanloop.\n",
            "2024/b-obstacle.markdown":
                "---\nkind: struikelblok\nmunicipality: Oefenstad\n---\n\n# Te weinig vrijwilligers\n\nDe bardienst valt uit.\n",
            "2024/z-gemeente.md":
                "---\nkind: municipality\nname: Oefenstad\nprovince: Utrecht\nattribution: Voorbeeld\n---\n",
            "2024/.verborgen/c.md": "not even front matter",
            "leesmij.txt": "geen notitie",
        ]
        for (name, text) in files {
            try text.replacingOccurrences(of: "[Z]", with: "[]").write(
                toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let knowledgeBase = try KnowledgeBase.inMemory()
        let report = try knowledgeBase.importRecords(from: [try .file(folder)])
        XCTAssertEqual([report.added, report.municipalitiesAdded], [2, 1])
        let obstacle = try XCTUnwrap(try knowledgeBase.entries(FilterText(kinds: [.obstacle])).first)
        XCTAssertEqual(
            obstacle.title, "Te weinig vrijwilligers", "a first # heading is the title when the front matter has none")
        XCTAssertEqual(obstacle.body, "De bardienst valt uit.")
        XCTAssertEqual(obstacle.municipality, "Oefenstad")
        XCTAssertEqual(try knowledgeBase.municipality("oefenstad").attribution, "Voorbeeld")
        XCTAssertEqual(try knowledgeBase.importRecords(from: [try .file(folder)]).skipped, 2)
    }

    func testBrokenNotesNameTheFile() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let cases: [(String, [String])] = [
            ("Gewoon tekst", ["has no front matter"]),
            ("---\nkind: tip\ntitle: Open\n", ["front matter is not closed"]),
            ("---\nkind: tip\ntitle: [Open\n---\n", ["line", "not valid YAML"]),
            ("---\nkind: tip\ntitle: a\ntitle: b\n---\n", ["line 3", "not valid YAML", "title"]),
            ("---\n- kind\n- tip\n---\n", ["must be fields"]),
            ("---\nkind: tip\ntitle: &a Anker\nsource: *a\n---\n", ["line 3", "anchors and aliases"]),
            ("---\nkind: tip\ntitle: [[[[[[x]]]]]]\n---\n", ["line 3", "nested deeper"]),
            ("---\nkind: tip\ntitle: x\nbody: in de kop\n---\n", ["field “body”", "below the front matter"]),
            ("---\nkind: tip\ntitle: x\nlabels: [a]\n---\n", ["field “labels”", "no such field"]),
            ("---\nkind: tip\ntitle: x\ntopics: {a: b}\n---\n", ["field “topics”", "a group of fields"]),
            ("---\nkind: tip\ntitle: x\ndate: 2015-02-29\n---\n", ["field “date”", "not a date"]),
            ("---\nkind: tip\n---\nGeen kop, dus geen titel.", ["field “title”", "has no title"]),
            ("---\nkind: tip\ntitle: ~\n---\n", ["field “title”", "has no title"]),
        ]
        for (text, parts) in cases {
            XCTAssertImportError(["note.md"] + parts) {
                try knowledgeBase.importRecords(from: [.text(text, name: "note.md", format: .markdown)])
            }
        }
        let folder = try makeTemporaryFolder(self)
        try "---\nkind: tip\ntitle: Goed\n---\n".write(toFile: folder + "/1.md", atomically: true, encoding: .utf8)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]).write(
            to: URL(fileURLWithPath: folder + "/2.md"))
        XCTAssertImportError([folder + "/2.md", "not UTF-8"]) {
            try knowledgeBase.importRecords(from: [try .file(folder)])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0, "the good note of the folder was not stored either")
        XCTAssertThrowsKennisbankError(.message(containing: "no Markdown")) {
            try knowledgeBase.importRecords(from: [try .file(try makeTemporaryFolder(self))])
        }
    }

    func testYAMLLookAlikesStayText() throws {
        let entry = Entry(
            id: 7, uuid: UUID(), kind: .tip, title: "null", body: "---\nzomaar\n---", municipality: nil,
            municipalityCode: nil,
            province: nil, topics: ["yes", "2015", "a: b", "#hash"], source: "'s-Hertogenbosch: \"quote\"", date: nil,
            status: nil,
            addresses: [], createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 1))
        let text = try MarkdownEntryFile.render(entry)
        XCTAssertTrue(text.hasPrefix("---\nuuid: "), text)
        XCTAssertEqual(MarkdownEntryFile.fileName(for: entry), "0007-tip-null.md")
        let record = try MarkdownEntryFile.record(Array(text.utf8), at: RecordLocation(source: "x.md", line: nil))
        guard case .entry(let read) = record.content else { return XCTFail("not an entry") }
        XCTAssertEqual(read.title, "null")
        XCTAssertEqual(read.topics, ["yes", "2015", "a: b", "#hash"])
        XCTAssertEqual(read.source, "'s-Hertogenbosch: \"quote\"")
        XCTAssertEqual(read.body.trimmingCharacters(in: .whitespacesAndNewlines), "---\nzomaar\n---")
        XCTAssertEqual(read.uuid, entry.uuid)
        XCTAssertEqual(read.createdAt, entry.createdAt)
    }

    /// Found by the round-trip property test: Yams reads scalars through Foundation, which on Linux
    /// drops a U+FEFF at their start, so a title, source or topic starting with one lost it.
    func testTextStartingWithAByteOrderMarkSurvivesANote() throws {
        for title in ["\u{FEFF}#> # x", "\u{FEFF}\u{FEFF}x", "a\u{FEFF}b", "\\uFEFF", "\\\u{FEFF}"] {
            let entry = Entry(
                id: 7, uuid: UUID(), kind: .tip, title: title, body: "\u{FEFF}body\n\u{FEFF}line", municipality: nil,
                municipalityCode: nil,
                province: nil, topics: ["\u{FEFF}t", "x"], source: "\u{FEFF}s", date: nil, status: nil, addresses: [],
                createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
            let text = try MarkdownEntryFile.render(entry)
            let record = try MarkdownEntryFile.record(Array(text.utf8), at: RecordLocation(source: "x.md", line: nil))
            guard case .entry(let read) = record.content else { return XCTFail("not an entry") }
            XCTAssertEqual(Array(read.title.unicodeScalars), Array(title.unicodeScalars), text)
            XCTAssertEqual(
                read.topics.map { Array($0.unicodeScalars) }, [Array("\u{FEFF}t".unicodeScalars), ["x"]], text)
            XCTAssertEqual(read.source.map { Array($0.unicodeScalars) }, Array("\u{FEFF}s".unicodeScalars), text)
        }
        let written =
            "---\nkind: tip\ntitle: '\u{FEFF}enkel'\nsource: \u{FEFF}kaal\ntopics: [\"\\U0000FEFFlang\", \"\\\\uFEFF\"]\n---\n"
        let record = try MarkdownEntryFile.record(Array(written.utf8), at: RecordLocation(source: "x.md", line: nil))
        guard case .entry(let read) = record.content else { return XCTFail("not an entry") }
        XCTAssertEqual(Array(read.title.unicodeScalars), Array("\u{FEFF}enkel".unicodeScalars))
        XCTAssertEqual(read.source.map { Array($0.unicodeScalars) }, Array("\u{FEFF}kaal".unicodeScalars))
        XCTAssertEqual(
            read.topics.map { Array($0.unicodeScalars) },
            [Array("\u{FEFF}lang".unicodeScalars), Array("\\uFEFF".unicodeScalars)])
    }

    func testTheGuardLetsOrdinaryFrontMatterThrough() {
        let ordinary = """
            title: 'R&D *nu*: een test' # comment *x
            source: Dit is *belangrijk* & zo
            topics: [a, "b, c", 'd''e']
            addresses:
              - 1234
            """
        XCTAssertNil(FrontMatterGuard.problem(in: ordinary))
        XCTAssertNotNil(FrontMatterGuard.problem(in: "a: - - - - x"))
        XCTAssertNotNil(FrontMatterGuard.problem(in: "a: *alias"))
        XCTAssertNotNil(FrontMatterGuard.problem(in: String(repeating: " ", count: 40) + "a: b"))
    }

    // MARK: Export file names (issue 10, item 13)

    /// Two municipalities whose names give the same slug fell back to `municipality-<id>.md`,
    /// which a municipality named after that id already had: the export stopped with a wrong
    /// "check permissions" message and a half-written folder.
    func testMunicipalityFileNamesNeverCollide() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let first = try knowledgeBase.addMunicipality(name: "Foo α")
        let second = try knowledgeBase.addMunicipality(name: "Foo β")
        let numbered = try knowledgeBase.addMunicipality(name: second.id.description)
        let unnamed = try knowledgeBase.addMunicipality(name: "Ωμέγα")
        for municipality in [first, second, numbered, unnamed] {
            try knowledgeBase.add(
                NewEntryText(kind: .example, title: "In \(municipality.name)", municipality: municipality.name))
        }
        let folder = try makeTemporaryFolder(self) + "/notes"
        let report = try knowledgeBase.export(.markdown, to: .folder(folder))
        XCTAssertEqual([report.entries, report.municipalities], [4, 4])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(Set(names).count, 8)
        XCTAssertTrue(names.contains("municipality-foo.md"), "\(names)")
        XCTAssertTrue(names.contains("municipality-\(second.id).md"), "\(names)")

        let copy = try KnowledgeBase.inMemory()
        let imported = try copy.importRecords(from: [try .file(folder)])
        XCTAssertEqual([imported.added, imported.municipalitiesAdded], [4, 4])
        XCTAssertEqual(
            try ExchangeFixtures.contents(of: copy).entries, try ExchangeFixtures.contents(of: knowledgeBase).entries)
    }

    /// The four-digit prefix sorted `10000-…` before `2500-…`: the number is as wide as the
    /// largest id, so that the names sort — and import back — in id order.
    func testFileNamesSortInIdOrderBeyondFourDigits() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        for title in ["Eerste", "Tweede", "Derde"] {
            try knowledgeBase.add(NewEntryText(kind: .tip, title: title))
        }
        // Ids of 2,500 and 10,000 without adding 10,000 entries (these have no topics or links).
        try knowledgeBase.writer.write { db in
            try db.execute(sql: "UPDATE entry SET id = 10000 WHERE id = 3")
            try db.execute(sql: "UPDATE entry SET id = 2500 WHERE id = 2")
        }
        let folder = try makeTemporaryFolder(self) + "/notes"
        try knowledgeBase.export(.markdown, to: .folder(folder))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(names, ["00001-tip-eerste.md", "02500-tip-tweede.md", "10000-tip-derde.md"])

        let copy = try KnowledgeBase.inMemory()
        try copy.importRecords(from: [try .file(folder)])
        XCTAssertEqual(try copy.entries().sorted { $0.id < $1.id }.map(\.title), ["Eerste", "Tweede", "Derde"])
    }

    /// A folder that already exists and holds only hidden files (a database `.kb.sqlite`, `.git`)
    /// gets the notes beside them; nothing hidden is touched, and nothing is left of the staging.
    func testExportIntoAnExistingFolderKeepsItsHiddenFiles() throws {
        let knowledgeBase = try ExchangeFixtures.richKnowledgeBase()
        let folder = try makeTemporaryFolder(self)
        try "database".write(toFile: folder + "/.kb.sqlite", atomically: true, encoding: .utf8)
        let report = try knowledgeBase.export(.markdown, to: .folder(folder))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(names.count, report.entries + report.municipalities + 1)
        XCTAssertEqual(names.filter { $0.hasPrefix(".") }, [".kb.sqlite"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/.kb.sqlite", encoding: .utf8), "database")
    }
}
