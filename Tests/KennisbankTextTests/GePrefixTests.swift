import Foundation
import KennisbankText
import XCTest

/// The `ge-` rule (``GePrefix``) over Snowball's whole Dutch vocabulary: how many words it
/// changes, a sample of them checked by hand (`Fixtures/ge-prefix-sample.tsv`), and the word
/// families the issue names.
final class GePrefixTests: XCTestCase {
    /// The analyzer with the rule and the one without, alike otherwise (no overrides, no parts):
    /// the difference is the rule's alone.
    let guarded = DutchAnalyzer(overrides: [:], decompounder: nil, guardsGePrefix: true)
    let unguarded = DutchAnalyzer(overrides: [:], decompounder: nil, guardsGePrefix: false)
    let standard = DutchAnalyzer.standard

    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    private func term(_ analyzer: DutchAnalyzer, _ word: String) -> String {
        analyzer.tokens(in: word).first { !$0.isSurfaceForm }?.term ?? ""
    }

    /// The number of vocabulary words whose term the rule changes: every one starts with `ge`.
    /// (The note of issue 15 reports this number and the sample.)
    func testCountsTheWordsOfTheSnowballVocabularyTheRuleChanges() throws {
        let vocabulary = try String(
            contentsOf: Self.fixtures.appendingPathComponent("snowball-dutch/dutch/voc.txt"), encoding: .utf8)
        var changed: [String] = []
        var geWords = 0
        for word in vocabulary.split(separator: "\n").map(String.init) {
            if TextFolding.fold(word).hasPrefix("ge") { geWords += 1 }
            if term(guarded, word) != term(unguarded, word) { changed.append(word) }
        }
        XCTAssertEqual(geWords, 1960)
        XCTAssertEqual(changed.count, 713, "words whose term the ge- rule changes")
        XCTAssertTrue(changed.allSatisfy { TextFolding.fold($0).hasPrefix("ge") }, "only ge- words change")
    }

    /// A sample of the changed words, each checked by hand: its term without and with the rule,
    /// and whether the rule is right for it.
    func testTheHandCheckedSampleStillHoldsItsTerms() throws {
        let sample = try String(
            contentsOf: Self.fixtures.appendingPathComponent("ge-prefix-sample.tsv"), encoding: .utf8)
        var rows = 0
        var right = 0
        for line in sample.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { return XCTFail("malformed line: \(line)") }
            rows += 1
            XCTAssertEqual(term(unguarded, fields[0]), fields[1], "\(fields[0]) without the rule")
            XCTAssertEqual(term(guarded, fields[0]), fields[2], "\(fields[0]) with the rule")
            XCTAssertTrue(["right", "wrong"].contains(fields[3]), String(line))
            if fields[3] == "right" { right += 1 }
        }
        XCTAssertGreaterThanOrEqual(rows, 30)
        XCTAssertEqual(right, rows - 1, "one known miss in the sample (gegane)")
    }

    func testNonParticiplesKeepTheirGeAndTheirFamilies() {
        let apart: KeyValuePairs<String, String> = [
            "gezin": "zin", "gevel": "vel", "gezag": "zag", "gewoon": "wonen", "gebouw": "bouwen",
            "gesprek": "spreken", "geluk": "luk", "gezicht": "zicht", "gewest": "wes",
        ]
        for (word, other) in apart {
            XCTAssertNotEqual(term(standard, word), term(standard, other), "\(word) / \(other)")
        }
        let together: [[String]] = [
            ["gezin", "gezinnen"], ["gevel", "gevels"], ["gesprek", "gesprekken"], ["geluk", "gelukkig"],
            ["gebruik", "gebruiken", "gebruikt"], ["gebeuren", "gebeurd", "gebeurt"], ["gewoon", "gewone"],
            ["gebouw", "gebouwen"], ["gewennen", "gewenning"], ["gerecht", "gerechten"],
        ]
        for family in together {
            XCTAssertEqual(Set(family.map { term(standard, $0) }).count, 1, "\(family.map { term(standard, $0) })")
        }
    }

    func testParticiplesStillMeetTheirVerbs() {
        let pairs: KeyValuePairs<String, String> = [
            "gebouwd": "bouwen", "gewerkt": "werken", "gemaakt": "maken", "gezet": "zetten",
            "geëxperimenteerd": "experimenteren", "gelopen": "lopen", "betrokken": "betrokken",
            // A participle that begins like a kept family (gewennen).
            "gewenst": "wensen", "gewenste": "wensen",
        ]
        for (participle, verb) in pairs {
            XCTAssertEqual(term(standard, participle), term(standard, verb), "\(participle) / \(verb)")
        }
        // Participles that begin like a kept family (genot, gerecht) lose their ge- as the stemmer
        // alone would take it off (whose -eren verbs it stems apart: noteer / noter).
        for participle in ["genoteerd", "genoteerde", "genotuleerd", "gerechtvaardigd", "gerechtvaardigde"] {
            XCTAssertEqual(term(guarded, participle), term(unguarded, participle), participle)
            XCTAssertFalse(term(guarded, participle).hasPrefix("ge"), participle)
        }
    }

    func testFinancieleMeetsFinancieel() {
        XCTAssertEqual(term(standard, "financiële"), term(standard, "financieel"))
        XCTAssertEqual(term(standard, "Financiële"), term(standard, "financiele"))
        XCTAssertEqual(term(standard, "officiële"), term(standard, "officieel"))
        XCTAssertEqual(term(standard, "materiële"), term(standard, "materieel"))
    }
}
