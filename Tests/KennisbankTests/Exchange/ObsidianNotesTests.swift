import Foundation
import XCTest

@testable import Kennisbank

/// A folder of notes as people keep them (Obsidian, issue 12): without front matter, with
/// `tags` and `aliases`, linked by `[[wikilinks]]`; what cannot be imported listed, and
/// `skipInvalid` imports the rest.
final class ObsidianNotesTests: XCTestCase {
    /// A vault: a folder with the notes `files` (relative path → text) and Obsidian's own folder.
    private func vault(_ files: [String: String]) throws -> String {
        let folder = try makeTemporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/.obsidian", withIntermediateDirectories: true)
        try "{}".write(toFile: folder + "/.obsidian/app.json", atomically: true, encoding: .utf8)
        for (path, text) in files {
            let full = (folder as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    private let obstacle = """
        ---
        kind: obstacle
        municipality: Deventer
        tags: [vertrouwen, "#participatie", vastgoed/buurthuis]
        aliases: [Argwaan, Wantrouwen]
        status: open
        ---
        Bewoners vertrouwen de gemeente niet.
        """

    func testNotesWithoutFrontMatterTakeTheirTitleFromTheFileAndTheRestFromTheDefaults() throws {
        let folder = try vault([
            "Open begroting.md": "# Leg de begroting open\n\nDe tekst.\n",
            "Sub/Gewoon een notitie.md": "Alleen tekst, met #tag erin.\n",
        ])
        let knowledgeBase = try KnowledgeBase.inMemory()
        let defaults = NoteDefaults(kind: .tip, municipality: "Zwolle", topics: ["Obsidian"])
        let report = try knowledgeBase.importRecords(from: [try .file(folder, noteDefaults: defaults)])
        XCTAssertEqual(report.added, 2)
        let entries = try knowledgeBase.entries().sorted { $0.title < $1.title }
        XCTAssertEqual(entries.map(\.title), ["Gewoon een notitie", "Leg de begroting open"])
        XCTAssertEqual(entries.map(\.kind), [.tip, .tip])
        XCTAssertEqual(entries.map(\.municipality), ["Zwolle", "Zwolle"])
        XCTAssertEqual(entries.map(\.topics), [["Obsidian"], ["Obsidian"]])
        XCTAssertEqual(entries[0].body, "Alleen tekst, met #tag erin.")
        // Without a kind to give them, such notes are refused, each named.
        XCTAssertThrowsError(try KnowledgeBase.inMemory().importRecords(from: [try .file(folder)])) { error in
            guard case KennisbankError.importFailedRecords(let problems, 2) = error else {
                return XCTFail("expected both notes, got \(error)")
            }
            XCTAssertEqual(problems.map(\.reason), [.noFrontMatter, .noFrontMatter])
        }
    }

    func testTagsBecomeTopicsAndAliasesAreLeftOutSayingSo() throws {
        let folder = try vault(["Wantrouwen van bewoners.md": obstacle])
        let knowledgeBase = try KnowledgeBase.inMemory()
        let report = try knowledgeBase.importRecords(from: [try .file(folder)])
        XCTAssertEqual(report.notes, [.aliasesIgnored(count: 1)])
        let entry = try knowledgeBase.entry("1")
        XCTAssertEqual(entry.title, "Wantrouwen van bewoners", "the file name is the title")
        XCTAssertEqual(entry.topics, ["participatie", "vastgoed/buurthuis", "vertrouwen"])
        XCTAssertEqual(MarkdownNote.tagList("#a, b #c/d"), ["a", "b", "c/d"])
    }

    func testWikilinksFromATipToAnObstacleBecomeAddressesAndOthersStayText() throws {
        let folder = try vault([
            "Deventer/Wantrouwen van bewoners.md": obstacle,
            "Open begroting.md": """
            ---
            kind: tip
            ---
            Helpt tegen [[wantrouwen van bewoners|het wantrouwen]], zie ook [[Andere tip#Kop]],
            [[Bestaat niet]] en ![[Deventer/Wantrouwen van bewoners]].
            """,
            "Andere tip.md": "---\nkind: tip\n---\nZie [[Open begroting]].\n",
        ])
        let knowledgeBase = try KnowledgeBase.inMemory()
        let report = try knowledgeBase.importRecords(from: [try .file(folder)])
        XCTAssertEqual(report.added, 3)
        XCTAssertEqual(report.notes, [.aliasesIgnored(count: 1), .wikilinksLinked(count: 1)])
        let obstacle = try XCTUnwrap(try knowledgeBase.entries().first { $0.kind == .obstacle })
        XCTAssertEqual(try knowledgeBase.entriesAddressing(obstacle.id).map(\.title), ["Open begroting"])
        let tip = try XCTUnwrap(try knowledgeBase.entries().first { $0.title == "Open begroting" })
        XCTAssertTrue(tip.body.contains("[[Bestaat niet]]"), "a wikilink stays in the text")
        // Importing the folder again changes nothing: the link is the note's, as an address would be.
        let again = try knowledgeBase.importRecords(from: [try .file(folder)])
        XCTAssertEqual([again.added, again.updated, again.skipped], [0, 0, 3])
        XCTAssertEqual(try knowledgeBase.entriesAddressing(obstacle.id).count, 1)
    }

    func testEveryBadNoteIsListedAndSkipInvalidImportsTheRest() throws {
        let folder = try vault([
            "Goed.md": "---\nkind: tip\n---\nGoed.\n",
            "Kapot.md": "---\nkind: recept\n---\nSoep.\n",
            "Open.md": "---\nkind: tip\ntitle: [open\n---\n",
        ])
        let knowledgeBase = try KnowledgeBase.inMemory()
        XCTAssertThrowsError(try knowledgeBase.importRecords(from: [try .file(folder)])) { error in
            guard case KennisbankError.importFailedRecords(let problems, 2) = error else {
                return XCTFail("expected both bad notes, got \(error)")
            }
            XCTAssertEqual(
                problems.map { ($0.location.source as NSString).lastPathComponent }, ["Kapot.md", "Open.md"])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
        let report = try knowledgeBase.importRecords(
            from: [try .file(folder)], options: ImportOptions(skipInvalid: true))
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(report.invalid.count, 2)
        XCTAssertEqual(try knowledgeBase.entries().map(\.title), ["Goed"])
    }

    func testWikilinkTargetsAsWritten() {
        XCTAssertEqual(
            MarkdownNote.wikilinks(in: "[[A]] [[B|label]] [[C#Kop]] [[A]] ![[D]] [[E\nF]] [[ G |x]] [[]"),
            ["A", "B", "C", "G"])
    }
}
