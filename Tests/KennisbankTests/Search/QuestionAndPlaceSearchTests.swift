import Foundation
import KennisbankText
import XCTest

@testable import Kennisbank

/// Issue 15: question words do not decide the ranking, and a query that names a municipality
/// finds its entries, below the entries whose text holds the words.
final class QuestionAndPlaceSearchTests: XCTestCase {
    private func titles(_ knowledgeBase: KnowledgeBase, _ query: String) throws -> [String] {
        try knowledgeBase.search(SearchRequest(query: query, limit: 50)).hits.map(\.entry.title)
    }

    // MARK: Question words

    func testQuestionWordsAreRecognizedAsTypedOnly() {
        let analyzer = DutchAnalyzer.standard
        for word in ["hoe", "Ga", "krijg", "waarom", "wanneer", "welke", "mee?", "ik", "je", "we", "kunnen"] {
            XCTAssertTrue(QuestionWords.isQuestion(word, analyzer: analyzer), word)
        }
        for word in ["bewoners", "gaan-zitten", "wantrouwen", "zorg", "werk", "de", "?"] {
            XCTAssertFalse(QuestionWords.isQuestion(word, analyzer: analyzer), word)
        }
        XCTAssertEqual(
            KnowledgeBase.questionWords(in: "hoe ga ik om met \"ga je gang\" wantrouwen"), ["hoe", "ga", "ik", "om"])
    }

    func testALightVerbDoesNotRankAnEntryFirst() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Ga langs bij de club"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Open begroting",
                body: "Wantrouwen tussen bewoners en gemeente neemt af als de cijfers zichtbaar zijn."))
        XCTAssertEqual(try titles(knowledgeBase, "hoe ga ik om met wantrouwen"), ["Open begroting"])
        let results = try knowledgeBase.search(SearchRequest(query: "hoe ga ik om met wantrouwen"))
        XCTAssertFalse(results.isRelaxed)
        XCTAssertEqual(results.searchedTerms, ["wantrouw"])
    }

    func testAQuestionRanksTheEntriesAboutItsSubjectFirst() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Hoe krijg ik subsidie mee?", body: "Kan ik dat wel?"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Bewoners betrekken bij het dorpshuis"))
        XCTAssertEqual(
            try titles(knowledgeBase, "hoe krijg ik bewoners mee?"), ["Bewoners betrekken bij het dorpshuis"])
    }

    func testTheParticleMeeRanksAnEntryThatHoldsItHigherButDecidesNoMatch() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        // Without the particle, the shorter entry about bewoners would rank first (BM25 favours it).
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Bewoners", body: "Een enquête onder bewoners."))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Bewoners doen mee als zij de agenda mee bepalen",
                body: "Laat bewoners zelf de onderwerpen kiezen; dan komen ze ook."))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Doe mee met de schoonmaakdag"))
        XCTAssertEqual(
            try titles(knowledgeBase, "hoe krijg ik bewoners mee?"),
            ["Bewoners doen mee als zij de agenda mee bepalen", "Bewoners"],
            "mee ranks, and an entry with only mee is not found")
        XCTAssertEqual(
            try titles(knowledgeBase, "bewoners"), ["Bewoners", "Bewoners doen mee als zij de agenda mee bepalen"])
        let compiled = SearchQueryCompiler(analyzer: .standard).compile(SearchQuery("hoe krijg ik bewoners mee?"))
        XCTAssertEqual(compiled.positiveTerms, ["bewoner"], "mee is not a searched word")
        // A particle that is also a preposition (om, aan, op) stays set aside.
        let om = SearchQueryCompiler(analyzer: .standard).compile(SearchQuery("hoe ga ik om met wantrouwen"))
        XCTAssertFalse(om.match?.include?.contains("om") ?? true, "\(String(describing: om.match?.include))")
    }

    func testAQueryOfOnlyQuestionWordsStillSearchesThem() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Ga langs bij de club"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Bewoners aan zet"))
        XCTAssertEqual(try titles(knowledgeBase, "ga"), ["Ga langs bij de club"])
        XCTAssertEqual(try titles(knowledgeBase, "hoe ga"), ["Ga langs bij de club"])
        XCTAssertEqual(try titles(knowledgeBase, "\"ga langs\""), ["Ga langs bij de club"], "a phrase keeps every word")
    }

    // MARK: Place names

    func testAnAliasOfAMunicipalityFindsItsEntries() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Right to challenge", municipality: "'s-Gravenhage"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Leegstand", municipality: "'s-Hertogenbosch"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Zwembad", municipality: "Zwolle"))
        XCTAssertEqual(try titles(knowledgeBase, "Den Haag"), ["Right to challenge"])
        XCTAssertEqual(try titles(knowledgeBase, "den haag"), ["Right to challenge"])
        XCTAssertEqual(try titles(knowledgeBase, "den bosch"), ["Leegstand"])
        XCTAssertEqual(try titles(knowledgeBase, "'s-Hertogenbosch"), ["Leegstand"])
        XCTAssertEqual(try titles(knowledgeBase, "den bosch leegstand"), ["Leegstand"])
        XCTAssertTrue(try knowledgeBase.search(SearchRequest(query: "den haag leegstand")).isRelaxed)
        XCTAssertEqual(
            try knowledgeBase.expansions(of: "den haag"),
            [SearchExpansion(words: "den haag", synonyms: [], municipalities: ["'s-Gravenhage"])])
    }

    func testAFormerNameFindsTheEntriesOfTheMunicipalitiesThatCoverItNow() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Dorpshuis Stiens", municipality: "Leeuwarden"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Zwembad", municipality: "Zwolle"))
        XCTAssertEqual(try titles(knowledgeBase, "Leeuwarderadeel"), ["Dorpshuis Stiens"])
        XCTAssertEqual(
            try knowledgeBase.expansions(of: "haaren").first?.municipalities,
            ["Boxtel", "Oisterwijk", "Tilburg", "Vught"])
    }

    func testAPlaceMatchRanksBelowATextMatchOfTheSameWord() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        // Entries of Buren, Best and Putten: short, so that BM25 alone would put them first.
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Sporthal", municipality: "Buren"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Bibliotheek", municipality: "Best"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Zwembad", municipality: "Putten"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .obstacle, title: "Klachten over geluid rond het wijkcentrum",
                body: "Sinds het wijkcentrum 's avonds zalen verhuurt voor feesten, klagen de buren over geluid en "
                    + "parkeren. Het bestuur wil de verhuur houden en zoekt een afspraak met de omwonenden.",
                municipality: "Middelburg (Z.)"))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Leer van elkaar",
                body: "Deel wat werkt: de best practices van andere dorpshuizen staan op de site van het netwerk, "
                    + "met de namen van wie u kunt bellen."))
        XCTAssertEqual(
            try titles(knowledgeBase, "buren"), ["Klachten over geluid rond het wijkcentrum", "Sporthal"])
        XCTAssertEqual(try titles(knowledgeBase, "best"), ["Leer van elkaar", "Bibliotheek"])
        XCTAssertEqual(try titles(knowledgeBase, "Putten"), ["Zwembad"])
    }

    func testAWordAndTheMunicipalityItNamesBothCount() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Buurthuis De Linde", municipality: "Deventer"))
        try knowledgeBase.add(NewEntryText(kind: .example, title: "Buurthuis in Zwolle", municipality: "Zwolle"))
        try knowledgeBase.add(
            NewEntryText(kind: .tip, title: "Werkbezoek aan een buurthuis", body: "Zoals in Deventer gebeurt."))
        XCTAssertEqual(
            try titles(knowledgeBase, "deventer buurthuis"), ["Werkbezoek aan een buurthuis", "Buurthuis De Linde"])
        XCTAssertEqual(try titles(knowledgeBase, "deventer -buurthuis"), [])
        XCTAssertEqual(try titles(knowledgeBase, "buurthuis -deventer"), ["Buurthuis in Zwolle"])
    }
}
