import KennisbankText
import XCTest

@testable import Kennisbank

/// The query compiler's compound alternatives: a word also as a part of a document's compound, a
/// compound also as its parts; the strict form (the words as typed) ranks first.
final class CompoundQueryTests: XCTestCase {
    private func match(_ text: String) -> FTSMatch? {
        SearchQuery(text).matchExpression(using: .standard)
    }

    func testAWordAlsoMatchesAsAPart() {
        XCTAssertEqual(match("raad")?.include, "(\"raad\" OR \"\u{E010}raad\")")
        XCTAssertEqual(match("raad")?.whole, "\"raad\"")
        XCTAssertEqual(match("Raden")?.include, "(\"Raden\" OR \"\u{E010}Raden\")")
    }

    func testACompoundAlsoMatchesItsParts() {
        XCTAssertEqual(
            match("buurthuisbeheer")?.include,
            "(\"buurthuisbeheer\" OR \"\u{E010}buurthuisbeheer\" OR (\"buurthuis\" AND \"beheer\"))")
        XCTAssertEqual(match("buurthuisbeheer")?.whole, "\"buurthuisbeheer\"")
        XCTAssertEqual(
            match("beheer buurthuis")?.whole, "\"beheer\" AND \"buurthuis\"",
            "an entry that holds any word only as a part ranks after those that hold every word whole")
        XCTAssertEqual(
            match("dorpshuis OF buurthuis")?.whole, "(\"dorpshuis\" OR \"buurthuis\")",
            "one alternative of an OF group whole is enough")
    }

    /// A compound the word list knows is searched whole, as a part, and as its parts written
    /// apart close together (within ten words), not anywhere in the entry; one kept whole is not
    /// split at all.
    func testAKnownCompoundIsSearchedAsItsPartsCloseTogether() {
        XCTAssertEqual(
            match("buurthuis")?.include,
            "(\"buurthuis\" OR \"\u{E010}buurthuis\" OR NEAR(\"buurt\" \"huis\", 10))")
        XCTAssertEqual(match("voorraad")?.include, "(\"voorraad\" OR \"\u{E010}voorraad\")")
    }

    func testUnknownWordsStopwordsPhrasesAndPrefixesGetNoAlternatives() {
        XCTAssertEqual(match("xyzzyq"), FTSMatch(include: "\"xyzzyq\"", exclude: nil, relaxed: nil))
        XCTAssertEqual(match("voor")?.include, "\"voor\"", "a particle is never a part")
        XCTAssertEqual(match("de")?.include, "\"de\"")
        XCTAssertEqual(match("\"gemeente raad\"")?.include, "\"gemeente raad\"")
        XCTAssertEqual(match("raad*")?.include, "\"raad\" *")
        XCTAssertNil(match("\"gemeente raad\"")?.whole)
    }

    func testExclusionsExcludeTheWordOnly() {
        XCTAssertEqual(match("gemeente -raad")?.exclude, "\"raad\"")
    }

    /// The searched terms name the words as typed (the fallback message lists them), not parts.
    func testTheSearchedTermsAreTheWordsNotTheirParts() {
        XCTAssertEqual(
            SearchQuery("buurthuisbeheer raad").positiveTerms(using: .standard), ["buurthuisbeheer", "raad"])
    }
}
