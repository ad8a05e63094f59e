import Foundation
import GRDB
import KennisbankText
import XCTest

@testable import Kennisbank

final class DutchTokenizerTests: XCTestCase {
    private var dbQueue: DatabaseQueue!

    override func setUpWithError() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
        dbQueue = try DatabaseQueue(configuration: configuration)
        try dbQueue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='dutch')")
        }
    }

    @discardableResult
    private func insert(_ title: String, _ body: String = "") throws -> Int64 {
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO t(title, body) VALUES (?, ?)", arguments: [title, body])
            return db.lastInsertedRowID
        }
    }

    /// Row ids matching a raw FTS5 expression.
    private func rows(matching expression: String) throws -> [Int64] {
        try dbQueue.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [expression])
        }
    }

    /// Row ids matching a query as a person types it.
    private func rows(for query: String) throws -> [Int64] {
        guard let include = SearchQuery(query).matchExpression(using: .standard)?.include else {
            XCTFail("nothing searchable in \(query)")
            return []
        }
        return try rows(matching: include)
    }

    /// `highlight()` of the given column for the first row matching `query`.
    private func highlight(_ query: String, column: Int = 0) throws -> String? {
        let include = try XCTUnwrap(SearchQuery(query).matchExpression(using: .standard)?.include)
        return try dbQueue.read { db in
            try String.fetchOne(
                db, sql: "SELECT highlight(t, ?, '[', ']') FROM t WHERE t MATCH ?",
                arguments: [column, include])
        }
    }

    // MARK: Matching

    func testHyphenatedCompoundIsFoundEveryWayItIsTyped() throws {
        let id = try insert("Een project over co-creatie met bewoners")
        for query in ["cocreatie", "co-creatie", "co creatie", "\"co creatie\"", "creatie", "Co-Creatie", "co‐creatie"]
        {
            XCTAssertEqual(try rows(for: query), [id], query)
        }
        XCTAssertEqual(try rows(matching: "\"co-creatie\""), [id])
        XCTAssertEqual(try rows(matching: "cocreatie"), [id])
    }

    func testHyphenatedQueryAlsoFindsTheJoinedAndTheSpacedWord() throws {
        let joined = try insert("Cocreatie in de wijk")
        let spaced = try insert("Co creatie in de wijk")
        XCTAssertEqual(try rows(for: "co-creatie"), [joined, spaced])
    }

    func testDiacriticsAndCaseAreFolded() throws {
        let id = try insert("Financiële ruimte", "Één keer per jaar in Súdwest-Fryslân")
        for query in ["financiele", "FINANCIËLE", "financie\u{300}le", "sudwest-fryslan", "fryslan", "SUDWESTFRYSLAN"] {
            XCTAssertEqual(try rows(for: query), [id], query)
        }
    }

    func testHertogenboschIsFoundWithAnyApostropheOrNone() throws {
        let straight = try insert("Wijkaanpak in 's-Hertogenbosch")
        let curly = try insert("Wijkaanpak in ’s-Hertogenbosch")
        for query in [
            "'s-Hertogenbosch", "’s-Hertogenbosch", "s-Hertogenbosch", "sHertogenbosch", "shertogenbosch",
            "’s Hertogenbosch", "Hertogenbosch", "\"'s-Hertogenbosch\"",
        ] {
            XCTAssertEqual(try rows(for: query), [straight, curly], query)
        }
    }

    func testPrefixQueries() throws {
        let municipalities = try insert("Gemeenten werken samen")
        let finance = try insert("Financiële zaken van buurthuizen")
        let compound = try insert("Co-creatie")
        XCTAssertEqual(try rows(for: "gemeent*"), [municipalities])
        XCTAssertEqual(try rows(for: "GEMEENT*"), [municipalities])
        XCTAssertEqual(try rows(for: "financ*"), [finance])
        XCTAssertEqual(try rows(for: "buurth*"), [finance])
        XCTAssertEqual(try rows(for: "co-cr*"), [compound])
        XCTAssertEqual(try rows(for: "cocrea*"), [compound])
        XCTAssertEqual(try rows(matching: "\"financ\" *"), [finance])
    }

    func testPrefixesMatchWordsWhoseStemDiverges() throws {
        // Kraaij-Pohlmann stems `organisaties` to `organiseer`, `belangenorganisaties` to
        // `belannorganiseer`: prefixes of the words are no prefixes of their stems.
        let organisations = try insert("Belangenorganisaties en participatie")
        let id = try insert("Organisaties van bewoners")
        XCTAssertEqual(try rows(for: "organisat*"), [id])
        XCTAssertEqual(try rows(for: "belangenorganisat*"), [organisations])
        XCTAssertEqual(try rows(for: "participat*"), [organisations])
        XCTAssertEqual(try rows(for: "bewoners*"), [id])
        XCTAssertEqual(try rows(for: "\"organisaties van\" bewon*"), [id])
        try dbQueue.write { db in
            // The index holds the marked surface forms beside the stems…
            try db.execute(sql: "CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
            let terms = try Set(String.fetchAll(db, sql: "SELECT term FROM v"))
            let stem = DutchAnalyzer.standard.tokens(in: "organisaties", forQuery: true).map(\.term)
            XCTAssertTrue(terms.isSuperset(of: ["=organisaties", "=bewoners"] + stem), "\(terms.sorted())")
            // …which no typed text can reach (`=` separates words)…
            XCTAssertEqual(DutchAnalyzer.standard.tokens(in: "=organisaties", forQuery: true).map(\.term), stem)
            // …and which do not count towards the column's length (3 tokens, and 0 in the body).
            XCTAssertEqual(
                try String.fetchOne(db, sql: "SELECT hex(sz) FROM t_docsize WHERE id = ?", arguments: [id]), "0300")
        }
    }

    func testPhrasesAcrossCompounds() throws {
        let hyphenated = try insert("Een co-creatie aanpak voor de wijk")
        let joined = try insert("Een cocreatie aanpak voor de wijk")
        let spaced = try insert("Een co creatie aanpak voor de wijk")
        XCTAssertEqual(try rows(for: "\"co-creatie aanpak\""), [hyphenated, joined, spaced])
        XCTAssertEqual(try rows(for: "\"een co-creatie\""), [hyphenated, joined, spaced])
        // The joined whole sits at the first part's position: a raw phrase that continues after
        // it does not reach the hyphenated text, one that ends with it does.
        XCTAssertEqual(try rows(matching: "\"cocreatie aanpak\""), [joined])
        XCTAssertEqual(try rows(matching: "\"een cocreatie\""), [hyphenated, joined])
    }

    func testPhrasesKeepStopwords() throws {
        let phrase = try insert("Ruimte voor anders denken")
        let scattered = try insert("Anders: ruimte, en voor wie?")
        XCTAssertEqual(try rows(for: "\"ruimte voor anders\""), [phrase])
        XCTAssertEqual(try rows(for: "ruimte voor anders"), [phrase, scattered])
        XCTAssertEqual(try rows(for: "\"ruimte anders\""), [])
    }

    // MARK: Highlighting

    func testHighlightMarksMultibyteWordsAtTheRightOffsets() throws {
        try insert("De financiële ruimte in Súdwest-Fryslân", "Één co-creatie in ’s-Hertogenbosch 🏠 café")
        XCTAssertEqual(try highlight("financiele"), "De [financiële] ruimte in Súdwest-Fryslân")
        XCTAssertEqual(try highlight("fryslan"), "De financiële ruimte in Súdwest-[Fryslân]")
        XCTAssertEqual(try highlight("sudwestfryslan"), "De financiële ruimte in [Súdwest-Fryslân]")
        XCTAssertEqual(try highlight("\"financiele ruimte\""), "De [financiële ruimte] in Súdwest-Fryslân")
        XCTAssertEqual(try highlight("cocreatie", column: 1), "Één [co-creatie] in ’s-Hertogenbosch 🏠 café")
        XCTAssertEqual(try highlight("creatie", column: 1), "Één co-[creatie] in ’s-Hertogenbosch 🏠 café")
        XCTAssertEqual(try highlight("co-creatie", column: 1), "Één [co-creatie] in ’s-Hertogenbosch 🏠 café")
        XCTAssertEqual(try highlight("'s-Hertogenbosch", column: 1), "Één co-creatie in [’s-Hertogenbosch] 🏠 café")
        XCTAssertEqual(try highlight("cafe \"een\"", column: 1), "[Één] co-creatie in ’s-Hertogenbosch 🏠 [café]")
    }

    func testSnippetMarksMultibyteWords() throws {
        let body =
            "Één keer per jaar praten bewoners, ambtenaren en raadsleden over de financiële ruimte "
            + "voor hun dorpshuizen in Súdwest-Fryslân; daarna volgt een verslag met alle afspraken."
        try insert("Verslag", body)
        let include = try XCTUnwrap(SearchQuery("financiele").matchExpression(using: .standard)?.include)
        let snippet = try dbQueue.read { db in
            try String.fetchOne(
                db, sql: "SELECT snippet(t, 1, '[', ']', '…', 6) FROM t WHERE t MATCH ?",
                arguments: [include])
        }
        XCTAssertEqual(snippet, "…over de [financiële] ruimte voor hun…")
    }

    // MARK: Robustness

    func testIntegrityCheckPasses() throws {
        let texts = [
            "co-creatie in 's-Hertogenbosch", "Súdwest-Fryslân’s dorpshuizen", "financie\u{300}le ruimte",
            "risico's, zo'n m'n ’t", "a-b-c-d-e-f", String(repeating: "lang", count: 500),
            String(repeating: "x-", count: 200), "emoji 😀 \u{0} nul", "infor\u{AD}matie", "",
        ]
        for text in texts {
            try insert(text, text.uppercased())
        }
        try dbQueue.write { db in
            try db.execute(sql: "INSERT INTO t(t) VALUES('integrity-check')")
            try db.execute(sql: "DELETE FROM t WHERE rowid % 2 = 0")
            try db.execute(sql: "INSERT INTO t(t) VALUES('integrity-check')")
        }
    }

    func testInvalidUTF8IsTokenizedWithoutCrashing() throws {
        try dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO t(title, body) VALUES (CAST(x'66ff80c328e0808067656d65656e7465c3' AS TEXT), CAST(x'f09f98' AS TEXT))
                    """)
            try db.execute(sql: "INSERT INTO t(t) VALUES('integrity-check')")
        }
        XCTAssertEqual(try rows(for: "gemeente"), [1])
        let highlighted = try dbQueue.read { db in
            try Data.fetchOne(db, sql: "SELECT CAST(highlight(t, 0, '[', ']') AS BLOB) FROM t WHERE t MATCH 'gemeente'")
        }
        let expected: [UInt8] = [0x66, 0xFF, 0x80, 0xC3, 0x28, 0xE0, 0x80, 0x80] + Array("[gemeente]".utf8) + [0xC3]
        XCTAssertEqual(highlighted.map(Array.init), expected)
    }

    func testRandomBytesKeepTheIndexConsistent() throws {
        var state: UInt64 = 2015
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let interesting: [UInt8] = Array("'’-s co-creatie é ".utf8) + [0xC3, 0xE2, 0x80, 0x99, 0xF0, 0xED, 0xFF, 0]
        try dbQueue.write { db in
            for length in 0..<300 {
                let bytes = (0..<length).map { _ in next() < 160 ? interesting[Int(next()) % interesting.count] : next()
                }
                try db.execute(
                    sql: "INSERT INTO t(title, body) VALUES (CAST(? AS TEXT), 'x')", arguments: [Data(bytes)])
            }
            try db.execute(sql: "INSERT INTO t(t) VALUES('integrity-check')")
            _ = try String.fetchAll(
                db, sql: "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"co creatie\" OR s OR e'")
        }
    }

    func testTokenizerFlagsThroughGRDB() throws {
        try dbQueue.read { db in
            let tokenizer = try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor(arguments: ["kp"]))
            let document = try tokenizer.tokenize(document: "co-creatie")
            let expected = DutchAnalyzer.standard.tokens(in: "co-creatie")
            XCTAssertEqual(document.map(\.token), expected.map(\.term))
            XCTAssertEqual(document.map { $0.flags.contains(.colocated) }, expected.map(\.isColocated))
            XCTAssertEqual(document.filter { !$0.flags.contains(.colocated) }.count, 2)
            let query = try tokenizer.tokenize(query: "co-creatie")
            XCTAssertEqual(query.map(\.token), ["co", DutchAnalyzer.standard.terms(in: "creatie")[0]])
            XCTAssertFalse(query.contains { $0.flags.contains(.colocated) })
        }
    }

    func testArgumentsChooseTheAnalyzer() throws {
        try dbQueue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE kp USING fts5(body, tokenize='dutch kp')")
            try db.execute(sql: "CREATE VIRTUAL TABLE porter USING fts5(body, tokenize='dutch porter')")
            try db.execute(sql: "CREATE VIRTUAL TABLE bare USING fts5(body, tokenize='dutch porter nooverrides')")
            XCTAssertThrowsError(
                try db.execute(sql: "CREATE VIRTUAL TABLE bad USING fts5(body, tokenize='dutch snowball')"))
        }
        XCTAssertTrue(try DutchTokenizer.analyzer(forArguments: ["porter", "nooverrides"]).overrides.isEmpty)
        XCTAssertTrue(try DutchTokenizer.analyzer(forArguments: ["porter"]).stemmer is DutchPorterStemmer)
        XCTAssertTrue(try DutchTokenizer.analyzer(forArguments: ["kp"]).stemmer is KraaijPohlmannStemmer)
        XCTAssertEqual(try DutchTokenizer.analyzer(forArguments: []).overrides, StemOverrides.dutchDomain)
    }

    func testEmptyPhraseMatchesNothing() throws {
        try insert("gemeente")
        XCTAssertEqual(try rows(matching: "\"\""), [])
        XCTAssertEqual(try rows(matching: "\"\" OR \"gemeente\""), [1])
        XCTAssertEqual(try rows(matching: "\"gemeente\" AND \"\""), [])
        XCTAssertEqual(try rows(matching: "\"?!\""), [])
    }
}
