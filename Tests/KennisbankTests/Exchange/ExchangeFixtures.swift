import Foundation
import XCTest

@testable import Kennisbank

/// Knowledge bases and files for the import/export tests.
enum ExchangeFixtures {
    /// A knowledge base with the sample network, a municipality added by hand with a code, and
    /// entries whose text tests every format: quotes, commas, semicolons, line breaks, `---`,
    /// YAML look-alikes (`null`, `2015`, `yes: no`), Dutch diacritics and a network tip.
    static func richKnowledgeBase() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.loadSample()
        try knowledgeBase.addMunicipality(name: "Nieuwe Fusiegemeente", code: "GM9001", province: "Gelderland")
        let obstacle = try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "\"Quotes\", commas; and: colons — null",
                body: "Line one,\n\"quoted\" line two\n---\nno front matter here\n\n- a list",
                municipality: "Den Haag", topics: ["Vertrouwen", "a;b topic", "Financiën"], source: "Raad, 3 juni",
                date: "2024-02-29", status: .resolved))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "2015", body: "yes: no\n# not a heading because the title is given",
                topics: ["Co-creatie"], source: "null",
                addresses: [obstacle.uuid.uuidString, "34a3540f-8e5a-49ad-9e02-f136715eb1c0"]))
        try knowledgeBase.add(
            NewEntryText(
                kind: .example, title: "Fusie: één buurthuis ", body: "", municipality: "GM9001", topics: [], date: nil,
                addresses: [obstacle.uuid.uuidString]))
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Bergen (NH.) werkt samen", municipality: "Bergen NH"))
        return knowledgeBase
    }

    /// Every entry and every municipality outside the registry, for comparing two knowledge bases.
    static func contents(of knowledgeBase: KnowledgeBase) throws -> (entries: [Entry], municipalities: [Municipality]) {
        let entries = try knowledgeBase.entries().sorted { $0.id < $1.id }
        let municipalities = try knowledgeBase.municipalities()
            .filter { $0.attribution != "Bron: CBS" }
            .map {
                Municipality(id: 0, name: $0.name, code: $0.code, province: $0.province, attribution: $0.attribution)
            }
        return (entries, municipalities)
    }

    /// A file in a fresh temporary folder.
    static func write(_ text: String, named name: String, in testCase: XCTestCase) throws -> String {
        let path = (try makeTemporaryFolder(testCase) as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Bytes written to a file in a fresh temporary folder.
    static func write(bytes: [UInt8], named name: String, in testCase: XCTestCase) throws -> String {
        let path = (try makeTemporaryFolder(testCase) as NSString).appendingPathComponent(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// One JSON Lines entry.
    static func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }
}

/// Asserts that `work` fails with an import error whose message holds every one of `parts`.
func XCTAssertImportError<T>(
    _ parts: [String], file: StaticString = #filePath, line: UInt = #line, _ work: () throws -> T
) {
    do {
        _ = try work()
        XCTFail("expected an import error holding \(parts)", file: file, line: line)
    } catch let error as KennisbankError {
        for part in parts {
            XCTAssertTrue(
                error.englishMessage.contains(part), "“\(part)” not in: \(error.englishMessage)", file: file, line: line
            )
        }
        XCTAssertFalse(error.englishMessage.contains("\n"), "one line: \(error.englishMessage)", file: file, line: line)
    } catch {
        XCTFail("expected a KennisbankError, got \(error)", file: file, line: line)
    }
}
