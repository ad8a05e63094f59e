import Foundation
import Kennisbank
import XCTest

/// The program that README.md ("Use the library") and the DocC article `GettingStarted.md` ("The
/// Whole Program") show is ``readmeExample()`` below, character for character, so the documents
/// cannot drift from code that compiles and runs: this file imports `Kennisbank` without
/// `@testable`, so the example sees the public API only, and what it prints is compared with the
/// output both documents show.
final class ReadmeExampleTests: XCTestCase {
    /// What the example printed.
    private var output = ""

    /// Stands in for the standard library's `print` inside ``readmeExample()`` (a method is found
    /// before the global function), writing what it would print to ``output``.
    private func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        output += items.map { String(describing: $0) }.joined(separator: separator) + terminator
    }

    /// The example, as the documents show it after their `import Kennisbank` line.
    func readmeExample() throws {
        // Open a knowledge base: in memory here; `KnowledgeBase(path:)` opens (or creates) a file.
        let kb = try KnowledgeBase.inMemory()

        // Resolve what a person typed once, at the edge: names, codes and aliases all work.
        let deventer = try kb.municipality("deventer")
        let zwolle = try kb.municipality("GM0193")

        // A practice example of one municipality, and a tip for the whole network.
        try kb.add(
            NewEntry(
                kind: .example, title: "Bewoners beheren het buurthuis",
                body: "Vrijwilligers houden het buurthuis open met een kleine subsidie.",
                municipality: deventer.id, topics: ["Maatschappelijk vastgoed"]))
        try kb.add(
            NewEntry(
                kind: .tip, title: "Geef de sleutel uit handen",
                body: "Een buurthuis draait op vertrouwen in de vrijwilligers.",
                topics: ["Vertrouwen"]))

        // Obstacles of two municipalities, to compare.
        try kb.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                municipality: deventer.id, topics: ["Vertrouwen", "Participatie"]))
        try kb.add(
            NewEntry(
                kind: .obstacle, title: "Te weinig vrijwilligers voor het buurthuis",
                municipality: zwolle.id, topics: ["Vertrouwen"], status: .resolved))

        // Search in Dutch (`buurthuizen` finds `buurthuis`), only examples and tips.
        let results = try kb.search(SearchRequest(query: "buurthuizen", filter: EntryFilter(kinds: [.example, .tip])))
        for hit in results.hits {
            print("\(hit.entry.kind.rawValue): \(hit.entry.title) (\(hit.entry.municipality ?? "network"))")
        }

        // Compare the obstacles of the two municipalities: topics against municipalities.
        let comparison = try kb.compare(EntryFilter(municipalities: [deventer.id, zwolle.id]))
        print(comparison.municipalities.map(\.name))
        for row in comparison.rows {
            print(row.label ?? "(no topic)", row.cells.map(\.obstacles))
        }
        print("shared:", comparison.shared)
    }

    func testReadmeShowsThisProgramAndItsOutput() throws {
        let readme = try Self.blocks(in: "README.md", section: "## Use the library")
        XCTAssertEqual(
            readme.first { $0.language == "swift" }?.code, try Self.program(),
            "README's example differs from readmeExample()")
        try readmeExample()
        XCTAssertEqual(
            readme.first { $0.language == "text" }?.code, output, "README shows another output than the example prints")
    }

    func testGettingStartedShowsThisProgramAndItsOutput() throws {
        let article = "Sources/Kennisbank/Kennisbank.docc/GettingStarted.md"
        let whole = try Self.blocks(in: article, section: "## The Whole Program")
        XCTAssertEqual(
            whole.first { $0.language == "swift" }?.code, try Self.program(),
            "the article's program differs from readmeExample()")
        try readmeExample()
        XCTAssertEqual(
            whole.first { $0.language == "text" }?.code, output,
            "the article shows another output than the example prints")
    }

    /// Every step the article shows on the way is a run of whole lines of the program.
    func testGettingStartedStepsArePartsOfThisProgram() throws {
        let steps = try Self.blocks(in: "Sources/Kennisbank/Kennisbank.docc/GettingStarted.md", section: nil)
            .filter { $0.language == "swift" }
        XCTAssertGreaterThanOrEqual(steps.count, 6, "the steps and the whole program")
        let program = "\n" + (try Self.program())
        for step in steps {
            XCTAssertTrue(program.contains("\n" + step.code), "a step is not part of readmeExample():\n\(step.code)")
        }
    }

    // MARK: - Reading the documents

    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The program the documents show: `import Kennisbank`, an empty line, and the body of
    /// ``readmeExample()`` as this file holds it, without the method's indentation.
    static func program() throws -> String {
        let lines = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "    func readmeExample() throws {"),
            let end = lines[start...].firstIndex(of: "    }")
        else {
            throw CocoaError(.fileReadCorruptFile)
        }
        let body = lines[(start + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }
        return "import Kennisbank\n\n" + body.map { $0 + "\n" }.joined()
    }

    /// The fenced code blocks of the Markdown file at `path` (from the root), each with its
    /// language and its lines (each ending in a line break); only those under the heading
    /// `section` (up to the next heading of its level or above) when given.
    static func blocks(in path: String, section: String?) throws -> [(language: String, code: String)] {
        var lines = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let section {
            guard let start = lines.firstIndex(of: section) else {
                XCTFail("\(path) has no heading \(section)")
                return []
            }
            let level = section.prefix { $0 == "#" }
            var end = start + 1
            var inCode = false
            while end < lines.count {
                if lines[end].hasPrefix("```") { inCode.toggle() }
                if !inCode, lines[end].hasPrefix("#"), lines[end].prefix(while: { $0 == "#" }).count <= level.count {
                    break
                }
                end += 1
            }
            lines = Array(lines[(start + 1)..<end])
        }
        var blocks: [(language: String, code: String)] = []
        var open: (language: String, code: String)?
        for line in lines {
            if line.hasPrefix("```") {
                if let block = open {
                    blocks.append(block)
                    open = nil
                } else {
                    open = (String(line.dropFirst(3)), "")
                }
            } else if open != nil {
                open!.code += line + "\n"
            }
        }
        return blocks
    }
}
