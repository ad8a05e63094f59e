import Foundation
import GRDB
import KennisbankTestSupport
import KennisbankText
import XCTest

@testable import Kennisbank

/// Issue 15, typos: "Bedoelde u: financieel?", the corrected search, and words as typed.
final class SpellingSuggestionTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
        try add("Financieel beheer van het buurthuis", "Het financieel overzicht is elk jaar op tijd klaar.")
        try add("Vrijwilligers houden het dorpshuis open", "Zonder vrijwilligers sluit het dorpshuis zijn deuren.")
        try add("Vertrouwen tussen bewoners en gemeente", "Vertrouwen groeit als de gemeente doet wat ze zegt.")
        try add("Participatie bij de omgevingsvisie", "Participatie begint vroeg, met de bewoners van de wijk.")
    }

    @discardableResult
    func add(_ title: String, _ body: String, to knowledgeBase: KnowledgeBase? = nil) throws -> Entry {
        try (knowledgeBase ?? self.knowledgeBase).add(NewEntryText(kind: .tip, title: title, body: body))
    }

    func search(_ query: String, in knowledgeBase: KnowledgeBase? = nil) throws -> SearchResults {
        try (knowledgeBase ?? self.knowledgeBase).search(SearchRequest(query: query))
    }

    /// The typos of the issue find what was meant, and the results say which query was searched.
    func testTheTyposOfTheIssueAreCorrectedAndSearched() throws {
        let cases = [
            ("finacieel", "financieel", "Financieel beheer van het buurthuis"),
            ("vrijwilgers", "vrijwilligers", "Vrijwilligers houden het dorpshuis open"),
            ("vertrouwn", "vertrouwen", "Vertrouwen tussen bewoners en gemeente"),
            ("participatei", "participatie", "Participatie bij de omgevingsvisie"),
            ("dorphuis", "dorpshuis", "Vrijwilligers houden het dorpshuis open"),
        ]
        for (typo, meant, title) in cases {
            // The word meant finds its entry first (`dorpshuis` also finds `buurthuis`, its synonym, after it).
            let wanted = try search(meant)
            XCTAssertEqual(wanted.hits.first?.entry.title, title, meant)
            let results = try search(typo)
            XCTAssertEqual(results.suggestion, meant, typo)
            XCTAssertTrue(results.isCorrected, typo)
            XCTAssertEqual(results.query, typo, "the query stays as typed")
            XCTAssertEqual(results.hits.map(\.entry.title), wanted.hits.map(\.entry.title), typo)
            XCTAssertEqual(results.total, wanted.total, typo)
            XCTAssertEqual(results.searchedWords, [meant], typo)
            XCTAssertEqual(
                try knowledgeBase.spellingCorrections(in: typo), [SpellingCorrection(typed: typo, corrected: meant)])
        }
    }

    /// Only the misspelt word changes: operators, phrases, known words and capitals stay as typed.
    func testTheSuggestionIsTheWholeQueryInTheTypedWords() throws {
        let results = try search("Vrijwilgers dorpshuis -subsidie")
        XCTAssertEqual(results.suggestion, "Vrijwilligers dorpshuis -subsidie")
        XCTAssertTrue(results.isCorrected)
        XCTAssertEqual(results.hits.map(\.entry.title), ["Vrijwilligers houden het dorpshuis open"])
        XCTAssertEqual(try search("\"financieel overzict\"").suggestion, "\"financieel overzicht\"")
        XCTAssertEqual(try search("FINACIEEL").suggestion, "FINANCIEEL")
        // A prefix is not a word to correct.
        XCTAssertNil(try search("finacie*").suggestion)
    }

    /// A word the index holds is never corrected, even when no entry holds all the words and a
    /// more frequent word lies one letter away.
    func testAWordInTheIndexIsNeverCorrected() throws {
        try add("Het buurthuis is vertrouwd", "Iedereen kent het gebouw.")
        let results = try search("vertrouwd participatie")
        XCTAssertTrue(results.isRelaxed)
        XCTAssertNil(results.suggestion)
        XCTAssertFalse(results.isCorrected)
        XCTAssertEqual(try knowledgeBase.spellingCorrections(in: "vertrouwd participatie financieel"), [])
        XCTAssertNil(try search("financieel").suggestion)
    }

    /// Between two words as near to the typo, the one in more entries wins.
    func testTiesAreBrokenByFrequency() throws {
        func suggestion(kasten: Int, kassen: Int) throws -> String? {
            let knowledgeBase = try KnowledgeBase.inMemory()
            for number in 0..<kasten { try add("Kasten \(number)", "De kasten staan klaar.", to: knowledgeBase) }
            for number in 0..<kassen { try add("Kassen \(number)", "De kassen lopen vol.", to: knowledgeBase) }
            return try search("kasken", in: knowledgeBase).suggestion
        }
        XCTAssertEqual(try suggestion(kasten: 1, kassen: 3), "kassen")
        XCTAssertEqual(try suggestion(kasten: 3, kassen: 1), "kasten")
    }

    /// Folding: `financiele` is `financiële` (no suggestion), and a typo of it is corrected to
    /// the word as the texts write it, with its diaeresis.
    func testCorrectionsCompareFoldedWordsAndKeepTheTextsSpelling() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try add("Financiële risico's", "De financiële gevolgen van de sluiting.", to: knowledgeBase)
        let folded = try search("financiele", in: knowledgeBase)
        XCTAssertNil(folded.suggestion)
        XCTAssertEqual(folded.hits.count, 1)
        let typo = try search("finaciele", in: knowledgeBase)
        XCTAssertEqual(typo.suggestion, "financiële")
        XCTAssertEqual(typo.hits.count, 1)
        XCTAssertEqual(try search("finacieel", in: knowledgeBase).suggestion, "financiële")
    }

    /// With an `OF` group, one alternative can find entries while another is misspelt: the hits
    /// are the query's as typed, and the correction is only suggested.
    func testAnAlternativeThatFindsEntriesKeepsTheQueryAndSuggests() throws {
        let results = try search("finacieel OF participatie")
        XCTAssertEqual(results.hits.map(\.entry.title), ["Participatie bij de omgevingsvisie"])
        XCTAssertEqual(results.suggestion, "financieel OF participatie")
        XCTAssertFalse(results.isCorrected)
    }

    /// No suggestion where nothing is near enough, for short words, numbers and exclusions, and
    /// where the correction would find nothing either.
    func testNothingIsSuggestedWithoutAUsefulCorrection() throws {
        for query in ["xqzwvtrp", "vrj", "dorp 2O24", "-finacieel", "financieel -participatei"] {
            let results = try search(query)
            XCTAssertNil(results.suggestion, query)
            XCTAssertFalse(results.isCorrected, query)
        }
        // Each word is corrected, but no entry holds both corrections.
        XCTAssertEqual(try search("finacieel participatei").suggestion, "financieel participatie")
        XCTAssertTrue(try search("finacieel participatei").isRelaxed)
        XCTAssertNil(try search("finacieel participatei", in: try KnowledgeBase.inMemory()).suggestion)
    }

    /// The vocabulary is kept between searches, and read again when the index changes.
    func testTheVocabularyFollowsTheIndex() throws {
        XCTAssertNil(try search("sportprak").suggestion)
        let entry = try add("Sportpark in eigen beheer", "Het sportpark wordt door de club beheerd.")
        XCTAssertEqual(try search("sportprak").suggestion, "sportpark")
        try knowledgeBase.moveToTrash(entry.id)
        XCTAssertNil(try search("sportprak").suggestion)
    }

    /// The server's pool of read-only connections reads the vocabulary too: each connection
    /// makes its own `temp` vocabulary table as it opens.
    func testTheServersReadOnlyConnectionsSuggest() throws {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        let file = try KnowledgeBase(path: path)
        try add("Vrijwilligers houden het dorpshuis open", "Zonder vrijwilligers sluit het dorpshuis.", to: file)
        try file.writer.close()
        let pooled = try KnowledgeBase(path: path, concurrentReads: true)
        XCTAssertTrue(pooled.writer is DatabasePool)
        let results = try search("dorphuis", in: pooled)
        XCTAssertEqual(results.suggestion, "dorpshuis")
        XCTAssertEqual(results.total, 1)
    }

    /// The messages about a search show the words as typed, never the index's stems.
    func testSearchedWordsAreTheWordsAsTyped() throws {
        let results = try search("wantrouwen betrekken")
        XCTAssertTrue(results.isRelaxed)
        XCTAssertEqual(results.searchedWords, ["wantrouwen", "betrekken"])
        XCTAssertEqual(results.searchedTerms.contains("wantrouw"), true, "the index's terms stay stems")
        let analyzer = DutchAnalyzer.standard
        XCTAssertEqual(
            SearchQuery("Hoe? \"ruimte voor anders\" co-creatie, risico's OF vrijwil* -subsidie").searchedWords(
                using: analyzer),
            ["\"ruimte voor anders\"", "co-creatie", "risico's", "vrijwil*"])
        XCTAssertEqual(SearchQuery("de het").searchedWords(using: analyzer), ["de", "het"])
        XCTAssertEqual(
            SearchQuery("wantrouwen+betrekken, of/en").searchedWords(using: analyzer), ["wantrouwen", "betrekken"])
    }

    /// Damerau-Levenshtein counts a swap of two neighbouring letters as one edit.
    func testDamerauLevenshteinCountsASwapAsOneEdit() {
        XCTAssertEqual(EditDistance.damerauLevenshtein("participatei", "participatie", limit: 2), 1)
        XCTAssertEqual(EditDistance.levenshtein("participatei", "participatie", limit: 2), 2)
        XCTAssertEqual(EditDistance.damerauLevenshtein("vrijwilgers", "vrijwilligers", limit: 2), 2)
        XCTAssertEqual(EditDistance.damerauLevenshtein("dorphuis", "dorpshuis", limit: 2), 1)
        XCTAssertEqual(EditDistance.damerauLevenshtein("abc", "abc", limit: 0), 0)
        XCTAssertEqual(EditDistance.damerauLevenshtein("", "ab", limit: 2), 2)
        XCTAssertNil(EditDistance.damerauLevenshtein("vertrouwen", "wantrouwen", limit: 2))
        XCTAssertNil(EditDistance.damerauLevenshtein("ab", "abcd", limit: 1))
        XCTAssertEqual(EditDistance.damerauLevenshtein("ba", "abc", limit: 2), 2)
    }
}
