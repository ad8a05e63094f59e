import Foundation
import XCTest

@testable import KennisbankText

/// The word list's two ways of looking a word up — a binary search of the sorted bundled text
/// and the hash table built after ``WordList/bundledLookupsBeforeTable`` lookups — give the same
/// answers.
final class WordListTests: XCTestCase {
    private static let dictionary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Dictionary/nl-words.txt")

    private func search(_ word: String, in text: String) -> Bool {
        var word = word
        let bytes = Array(text.utf8)
        return word.withUTF8 { WordList.binarySearch($0, in: bytes) }
    }

    /// The binary search needs the bundled file sorted in byte order, one word a line, no duplicates.
    func testTheBundledFileIsSortedInByteOrderWithoutDuplicates() throws {
        let text = try String(contentsOf: Self.dictionary, encoding: .utf8)
        for word in ["aaien", "gemeenteraad", "zwembad", "zwoegen"] { XCTAssertTrue(search(word, in: text), word) }
        for word in ["aaaa", "buurthuisbeheer", "zzzzz"] { XCTAssertFalse(search(word, in: text), word) }
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, WordList.bundled.count)
        // Issue 17: the count is the build's, not counted at start-up; the same as a list made from the text.
        XCTAssertEqual(EmbeddedLineCounts.counts["Dictionary/nl-words.txt"], lines.count)
        XCTAssertEqual(WordList(text: text).count, WordList.bundled.count)
        for (earlier, later) in zip(lines, lines.dropFirst())
        where !Array(earlier.utf8).lexicographicallyPrecedes(later.utf8) {
            return XCTFail("\(earlier) is not before \(later)")
        }
    }

    func testTheBinarySearchFindsEveryWordAndNothingElse() {
        let words = ["aap", "aapje", "beheer", "buurt", "buurthuis", "raad", "raadhuis", "zwembad"]
        let text = words.joined(separator: "\n") + "\n"
        for word in words {
            XCTAssertTrue(search(word, in: text), word)
        }
        for other in ["", "a", "aa", "aapj", "aapjes", "beheren", "buur", "buurthuizen", "raa", "zwembaden", "zz", "0"]
        {
            XCTAssertFalse(search(other, in: text), other)
        }
        XCTAssertFalse(search("raad", in: ""))
    }

    /// The bundled list answers alike before and after its table is built (20,000 lookups in).
    func testTheBundledListAnswersAlikeBeforeAndAfterItsTable() {
        let known = ["gemeente", "gemeenteraad", "buurthuis", "raad", "voorraad", "zwembad", "energiekosten"]
        let unknown = ["buurthuisbeheer", "gemeenteraadx", "qqqq", "raa", "zwembadd"]
        func answers() -> [Bool] { (known + unknown).map { WordList.bundled.contains($0) } }
        let before = answers()
        for round in 0..<(WordList.bundledLookupsBeforeTable / 5 + 1) {
            _ = WordList.bundled.contains(known[round % known.count])
        }
        XCTAssertEqual(answers(), before)
        XCTAssertEqual(before, known.map { _ in true } + unknown.map { _ in false })
    }
}
