import Foundation
import KennisbankText
import XCTest

/// The Latin-plural rule (``LatinPlural``) over Snowball's whole Dutch vocabulary, and the words
/// it must and must not join.
final class LatinPluralTests: XCTestCase {
    let analyzer = DutchAnalyzer(overrides: [:], decompounder: nil, guardsGePrefix: false)

    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    private func term(_ word: String) -> String {
        analyzer.tokens(in: word).first { !$0.isSurfaceForm }?.term ?? ""
    }

    /// The words of the vocabulary the rule changes: each ends in `-a` and now has its `-um` form's
    /// term. (The note of issue 15 reports the number.)
    func testCountsTheWordsOfTheSnowballVocabularyTheRuleChanges() throws {
        let vocabulary = try String(
            contentsOf: Self.fixtures.appendingPathComponent("snowball-dutch/dutch/voc.txt"), encoding: .utf8)
        let stemmer = KraaijPohlmannStemmer()
        var changed: [String] = []
        for word in vocabulary.split(separator: "\n").map(String.init) {
            let folded = TextFolding.fold(word)
            guard let singular = LatinPlural.singular(of: folded, words: .bundled) else { continue }
            changed.append(folded)
            XCTAssertTrue(folded.hasSuffix("a"), folded)
            XCTAssertEqual(term(folded), stemmer.stem(singular), "\(folded) stems as \(singular)")
        }
        XCTAssertEqual(changed.count, 36, "words the Latin-plural rule changes: \(changed)")
    }

    func testPluralsMeetTheirSingulars() {
        for (plural, singular) in [
            ("centra", "centrum"), ("wijkcentra", "wijkcentrum"), ("musea", "museum"), ("criteria", "criterium"),
            ("symposia", "symposium"), ("stadia", "stadium"),
        ] {
            XCTAssertEqual(term(plural), term(singular), plural)
        }
    }

    func testWordsWhoseUmFormIsAnotherWordStayApart() {
        for (word, other) in [("sla", "slum"), ("india", "indium"), ("magnesia", "magnesium"), ("pizza", "pizzum")] {
            XCTAssertNotEqual(term(word), term(other), word)
        }
        XCTAssertNil(LatinPlural.singular(of: "sla", words: .bundled))
        XCTAssertNil(LatinPlural.singular(of: "agenda", words: .bundled), "no agendum in the word list")
    }
}
