import Foundation
import GRDB
import KennisbankText
import XCTest
import Yams

@testable import Kennisbank

/// Issue 15: a query word also finds its synonyms (the built-in thesaurus and the coordinator's),
/// at query time, ranked below the entries that hold the word as typed.
final class SynonymSearchTests: XCTestCase {
    private func titles(_ knowledgeBase: KnowledgeBase, _ query: String) throws -> [String] {
        try knowledgeBase.search(SearchRequest(query: query, limit: 50)).hits.map(\.entry.title)
    }

    func testAnAbbreviationFindsItsPhraseAndTheTypedWordRanksFirst() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        // The phrase entry would win on BM25 alone: its title repeats the words, the other
        // holds "MFA" once in a long body.
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Multifunctionele accommodatie: multifunctionele accommodatie goed beheren",
                body: "Een multifunctionele accommodatie vraagt één beheerder."))
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Beheer van gebouwen",
                body: "Het beheer van de MFA in het dorp ligt bij een stichting van bewoners, die de zalen verhuurt, "
                    + "het rooster maakt, de sleutels uitgeeft en met de gemeente afspraken maakt over onderhoud."))
        XCTAssertEqual(
            try titles(knowledgeBase, "mfa"),
            ["Beheer van gebouwen", "Multifunctionele accommodatie: multifunctionele accommodatie goed beheren"])
        XCTAssertEqual(
            try titles(knowledgeBase, "multifunctionele accommodatie"),
            ["Multifunctionele accommodatie: multifunctionele accommodatie goed beheren", "Beheer van gebouwen"])
    }

    func testAPhraseSynonymMatchesOnlyAsAPhrase() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(
            NewEntryText(
                kind: .tip, title: "Een multifunctionele ruimte",
                body: "De sporthal is een goede accommodatie voor de club."))
        XCTAssertEqual(try titles(knowledgeBase, "mfa"), [])
        XCTAssertEqual(try titles(knowledgeBase, "multifunctionele accommodatie"), ["Een multifunctionele ruimte"])
    }

    func testEveryWordOfAGroupFindsTheOthersInAnyForm() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Het wijkcentrum open houden"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Twee dorpshuizen werken samen"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Inwoners beslissen mee"))
        XCTAssertEqual(
            Set(try titles(knowledgeBase, "buurthuis")),
            ["Het wijkcentrum open houden", "Twee dorpshuizen werken samen"])
        XCTAssertEqual(try titles(knowledgeBase, "bewoner"), ["Inwoners beslissen mee"])
        XCTAssertEqual(try titles(knowledgeBase, "burgers"), ["Inwoners beslissen mee"])
        XCTAssertEqual(try titles(knowledgeBase, "proeftuin"), [])
    }

    func testThePlainQueryOfEveryWordIsSearchedAsTypedFirstWithAllWords() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Bewoners beheren het buurthuis"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Inwoners beheren het dorpshuis"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Bewoners en de sporthal"))
        XCTAssertEqual(
            try titles(knowledgeBase, "bewoners buurthuis"),
            ["Bewoners beheren het buurthuis", "Inwoners beheren het dorpshuis"])
    }

    func testTheCoordinatorsSynonymsApplyAtOnceAndARemovalIsKeptAndUndone() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(
            NewEntryText(kind: .example, title: "Het kulturhus van Markelo", municipality: "Hof van Twente"))
        XCTAssertEqual(try titles(knowledgeBase, "dorpshuis"), [])

        let anna = Author("Anna")
        let added = try knowledgeBase.addSynonyms(["Kulturhus", " dorpshuis "], author: anna)
        XCTAssertEqual(added.words, ["Kulturhus", "dorpshuis"])
        XCTAssertEqual(added.source, .added)
        XCTAssertEqual(added.author, "Anna")
        XCTAssertEqual(try titles(knowledgeBase, "dorpshuis"), ["Het kulturhus van Markelo"])

        let removed = try knowledgeBase.removeSynonyms(["kulturhus"], author: Author("Bert"))
        XCTAssertEqual(removed.source, .removed)
        XCTAssertEqual(try titles(knowledgeBase, "dorpshuis"), [])
        let list = try knowledgeBase.synonyms()
        XCTAssertFalse(list.contains { $0.source == .added }, "left with one word, the group is no longer in force")
        XCTAssertEqual(list.filter { $0.source == .removed }.map(\.words), [["kulturhus"]])
        XCTAssertEqual(list.last?.author, "Bert")

        try knowledgeBase.addSynonyms(["kulturhus", "dorpshuis"], author: anna)
        XCTAssertEqual(try titles(knowledgeBase, "dorpshuis"), ["Het kulturhus van Markelo"])
        let rows = try knowledgeBase.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM synonym_change") }
        XCTAssertEqual(rows, 3, "every change is kept")
    }

    func testRemovingABuiltInWordTakesItOutOfItsGroupOnly() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een pilot van een jaar"))
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "De proeftuin in de wijk"))
        XCTAssertEqual(
            Set(try titles(knowledgeBase, "experiment")), ["Een pilot van een jaar", "De proeftuin in de wijk"])
        try knowledgeBase.removeSynonyms(["pilot"], author: nil)
        XCTAssertEqual(try titles(knowledgeBase, "experiment"), ["De proeftuin in de wijk"])
        XCTAssertEqual(try titles(knowledgeBase, "pilot"), ["Een pilot van een jaar"])
        let group = try XCTUnwrap(try knowledgeBase.synonyms().first { $0.words.contains("proeftuin") })
        XCTAssertEqual(group.words, ["proeftuin", "experiment", "proefproject"])
        XCTAssertEqual(group.source, .builtIn)
    }

    func testBadChangesAreRefusedAndWriteNothing() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        XCTAssertThrowsError(try knowledgeBase.addSynonyms(["mfa"], author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .synonyms(.tooFewWords))
        }
        XCTAssertThrowsError(try knowledgeBase.addSynonyms(["Bewoners", "bewoner"], author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .synonyms(.tooFewWords), "one word in two forms")
        }
        XCTAssertThrowsError(try knowledgeBase.addSynonyms(["de", "het"], author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .synonyms(.unsearchableWord("de")))
        }
        XCTAssertThrowsError(try knowledgeBase.addSynonyms(["a\nb", "c"], author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .synonyms(.invalidWord("a\nb", limit: 100)))
        }
        XCTAssertThrowsError(try knowledgeBase.addSynonyms(["MFA", "Multifunctionele  accommodatie"], author: nil)) {
            XCTAssertEqual(
                $0 as? KennisbankError, .synonyms(.alreadySynonyms(["MFA", "Multifunctionele accommodatie"])))
        }
        XCTAssertThrowsError(try knowledgeBase.removeSynonyms(["pilot", "fietsenstalling"], author: nil)) {
            XCTAssertEqual($0 as? KennisbankError, .synonyms(.noSynonyms("fietsenstalling")))
        }
        let rows = try knowledgeBase.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM synonym_change") }
        XCTAssertEqual(rows, 0)
    }

    func testTheBuiltInThesaurusIsWellFormed() throws {
        let groups = Thesaurus.builtIn
        XCTAssertGreaterThanOrEqual(groups.count, 20)
        var seen: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            let keys = group.words.map { Thesaurus.key($0, analyzer: .standard) }
            XCTAssertFalse(keys.contains(""), "\(group.words)")
            XCTAssertEqual(Set(keys).count, keys.count, "two words of \(group.words) analyze alike")
            for key in keys {
                XCTAssertNil(seen[key], "“\(key)” is in two groups")
                seen[key] = index
            }
            XCTAssertTrue(group.words.allSatisfy { $0.split(separator: " ").count <= Thesaurus.maximumPhraseWords })
        }
        for needed in ["mfa", "wijkcentrum", "buurthuis", "dorpshuis", "burgers", "inwoners", "pilot", "wmo", "boa"] {
            XCTAssertNotNil(Thesaurus.builtInIndex[Thesaurus.key(needed, analyzer: .standard)], needed)
        }
    }

    /// The built-in groups are compiled from `Data/synonyms.yaml` at build time (issue 17): the
    /// binary's groups are the file's `- words: [...]` lists, in order, word for word.
    func testTheCompiledThesaurusHoldsTheGroupsOfTheFile() throws {
        let text = try String(
            contentsOf: packageRoot.appendingPathComponent("Data/synonyms.yaml"), encoding: .utf8)
        struct File: Decodable {
            struct Group: Decodable { var words: [String] }
            var groups: [Group]
        }
        let fileGroups = try YAMLDecoder().decode(File.self, from: text).groups.map(\.words)
        XCTAssertFalse(fileGroups.isEmpty)
        XCTAssertEqual(fileGroups.count, text.components(separatedBy: "- words:").count - 1, "one form per group")
        XCTAssertEqual(Thesaurus.builtIn.map(\.words), fileGroups)
        XCTAssertTrue(Thesaurus.builtIn.allSatisfy { $0.source == .builtIn && $0.author == nil && $0.time == nil })
    }

    func testTheSearchReportsItsExpansionsInJSON() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.add(NewEntryText(kind: .tip, title: "Een multifunctionele accommodatie"))
        let results = try knowledgeBase.search(SearchRequest(query: "mfa"))
        XCTAssertEqual(
            results.expansions,
            [
                SearchExpansion(
                    words: "mfa", synonyms: ["multifunctionele accommodatie", "multifunctioneel centrum"],
                    municipalities: [])
            ])
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(results)) as? [String: Any])
        let expansions = try XCTUnwrap(json["expansions"] as? [[String: Any]])
        XCTAssertEqual(expansions.first?["words"] as? String, "mfa")
        XCTAssertEqual(Set(json.keys), ["query", "hits", "relaxed", "suggestion", "corrected", "total", "expansions"])
        XCTAssertEqual(
            try JSONDecoder().decode(SearchResults.self, from: JSONEncoder().encode(results)).expansions,
            results.expansions)
    }

    func testPagesOfTwoTiersFollowEachOtherWithoutGapsOrRepeats() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        for number in 1...5 {
            try knowledgeBase.addAllowingDuplicate(NewEntryText(kind: .tip, title: "Bewoners \(number)"))
        }
        for number in 1...5 {
            try knowledgeBase.addAllowingDuplicate(NewEntryText(kind: .tip, title: "Inwoners \(number)"))
        }
        let all = try knowledgeBase.search(SearchRequest(query: "bewoners", limit: 20))
        XCTAssertEqual(all.total, 10)
        XCTAssertEqual(
            all.hits.prefix(5).map { $0.entry.title.hasPrefix("Bewoners") }, Array(repeating: true, count: 5))
        var paged: [String] = []
        for offset in stride(from: 0, to: 12, by: 3) {
            let page = try knowledgeBase.search(SearchRequest(query: "bewoners", limit: 3, offset: offset))
            XCTAssertEqual(page.total, 10, "offset \(offset)")
            paged += page.hits.map(\.entry.title)
        }
        XCTAssertEqual(paged, all.hits.map(\.entry.title))
    }
}
