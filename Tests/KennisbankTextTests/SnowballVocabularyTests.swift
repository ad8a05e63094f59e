import Foundation
import KennisbankText
import XCTest

/// The Swift Dutch stemmers against Snowball's official vocabularies (snowballstem/snowball-data,
/// BSD-3, see `Fixtures/snowball-dutch/COPYING`): every word must get exactly the official stem.
final class SnowballVocabularyTests: XCTestCase {
    /// `Tests/KennisbankTextTests/Fixtures/snowball-dutch`, found from this file's path.
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // KennisbankTextTests
        .appendingPathComponent("Fixtures/snowball-dutch", isDirectory: true)

    private static let vocabularySize = 45_670

    private func lines(_ variant: String, _ file: String) throws -> [String] {
        let url = Self.fixtures.appendingPathComponent(variant).appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Stems every vocabulary word and fails with the first mismatches and their count.
    private func assertVocabulary(
        _ variant: String, _ stemmer: some Stemmer, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let words = try lines(variant, "voc.txt")
        let stems = try lines(variant, "output.txt")
        XCTAssertEqual(words.count, Self.vocabularySize, "\(variant)/voc.txt", file: file, line: line)
        XCTAssertEqual(stems.count, words.count, "\(variant)/output.txt", file: file, line: line)

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(word)
            if actual != expected {
                mismatchCount += 1
                if mismatches.count < 25 {
                    mismatches.append("  \(word) → \(actual), expected \(expected)")
                }
            }
        }
        let matched = words.count - mismatchCount
        XCTAssertEqual(
            mismatchCount, 0,
            "\(variant): \(matched)/\(words.count) words match; first mismatches:\n"
                + mismatches.joined(separator: "\n"),
            file: file, line: line)
    }

    func testKraaijPohlmannMatchesOfficialVocabulary() throws {
        try assertVocabulary("dutch", KraaijPohlmannStemmer())
    }

    func testDutchPorterMatchesOfficialVocabulary() throws {
        try assertVocabulary("dutch_porter", DutchPorterStemmer())
    }

    // MARK: Notable words (expected stems are Snowball's own, from snowballstemmer 3.1.1)

    private func assertStems(
        _ stemmer: some Stemmer, _ expected: KeyValuePairs<String, String>, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        for (word, stem) in expected {
            XCTAssertEqual(stemmer.stem(word), stem, "stem(\"\(word)\")", file: file, line: line)
        }
    }

    func testKraaijPohlmannNotableWords() {
        assertStems(
            KraaijPohlmannStemmer(),
            [
                // ge- removal conflates these, which the domain must correct with overrides.
                "gemeente": "meen", "gemeenten": "meen", "mening": "meen", "meningen": "meen",
                "gebied": "bied", "gebieden": "bied", "bieden": "bied",
                // Plural -zen and -s are handled.
                "buurthuis": "buurthuis", "buurthuizen": "buurthuis",
                "subsidie": "subsidie", "subsidies": "subsidie",
                // Accents are kept: ë is a vowel of its own.
                "financiële": "financieel", "financiele": "financiel", "financieel": "financieel",
                "één": "één", "een": "een",
                // Exceptions of dutch.sbl.
                "innen": "inn", "innig": "innig", "geïnd": "inn", "geval": "geval", "gevallen": "geval",
                "schilderij": "schilder", "schild": "schild",
                // Vowel lengthening, diminutives, infix ge.
                "maken": "maak", "huisje": "huis", "enkele": "enkeel",
            ])
    }

    func testDutchPorterNotableWords() {
        assertStems(
            DutchPorterStemmer(),
            [
                "gemeente": "gemeent", "gemeenten": "gemeent", "mening": "mening", "meningen": "mening",
                "gebied": "gebied", "gebieden": "gebied", "bieden": "bied",
                // Plural -zen and -ies are not handled.
                "buurthuis": "buurthuis", "buurthuizen": "buurthuiz",
                "subsidie": "subsidie", "subsidies": "subsidies",
                // ä á ë é ï í ö ó ü ú lose their accent first.
                "financiële": "financiel", "financiele": "financiel", "financieel": "financieel",
                "één": "een", "een": "een",
                "maken": "mak", "huisje": "huisj", "enkele": "enkel",
            ])
    }

    func testEdgeCases() {
        for stemmer in [KraaijPohlmannStemmer() as any Stemmer, DutchPorterStemmer()] {
            XCTAssertEqual(stemmer.stem(""), "")
            XCTAssertEqual(stemmer.stem("a"), "a")
            XCTAssertEqual(stemmer.stem("日本語"), "日本語")
            XCTAssertEqual(stemmer.stem("😀"), "😀")
        }
        // Characters beyond Latin-1 pass through and count as consonants.
        XCTAssertEqual(KraaijPohlmannStemmer().stem("日本語ens"), "日本語en")
        XCTAssertEqual(DutchPorterStemmer().stem("日本語ens"), "日本語en")
    }
}
