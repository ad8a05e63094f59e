import GRDB
import KennisbankTestSupport
import KennisbankText
import XCTest

@testable import Kennisbank

final class SearchQueryTests: XCTestCase {
    /// The standard analysis without compound parts, whose alternatives (`"raad" OR "\u{E010}raad"`)
    /// `CompoundQueryTests` checks: here the expressions show the syntax alone.
    let analyzer = DutchAnalyzer(decompounder: nil)

    private func match(_ text: String) -> FTSMatch? {
        SearchQuery(text).matchExpression(using: analyzer)
    }

    private func include(_ text: String) -> String? {
        match(text)?.include
    }

    // MARK: Syntax forms

    func testWordsAreANDed() {
        XCTAssertEqual(
            SearchQuery("buurthuis  subsidie").clauses, [.required(.words("buurthuis")), .required(.words("subsidie"))])
        XCTAssertEqual(
            match("buurthuis subsidie"),
            FTSMatch(include: "\"buurthuis\" AND \"subsidie\"", exclude: nil, relaxed: "\"buurthuis\" OR \"subsidie\""))
        XCTAssertEqual(include("zorg AND welzijn"), "\"zorg\" AND \"welzijn\"")
        XCTAssertEqual(include("gemeente gemeente"), "\"gemeente\"")
    }

    func testPhrases() {
        XCTAssertEqual(SearchQuery("\"ruimte voor anders\"").clauses, [.required(.phrase("ruimte voor anders"))])
        XCTAssertEqual(SearchQuery("„ruimte voor anders”").clauses, [.required(.phrase("ruimte voor anders"))])
        XCTAssertEqual(
            match("\"ruimte voor anders\""), FTSMatch(include: "\"ruimte voor anders\"", exclude: nil, relaxed: nil))
        XCTAssertEqual(include("\"de co-creatie\" wijk"), "(\"de co creatie\" OR \"de cocreatie\") AND \"wijk\"")
        XCTAssertEqual(include("wijk\"de buurt\"zorg"), "\"wijk\" AND \"de buurt\" AND \"zorg\"")
    }

    func testExclusions() {
        let expected: [SearchQuery.Clause] = [.required(.words("gemeente")), .excluded(.words("subsidie"))]
        for text in ["gemeente -subsidie", "gemeente NIET subsidie", "gemeente NOT subsidie", "-subsidie gemeente"] {
            XCTAssertEqual(Set(SearchQuery(text).clauses.map { "\($0)" }), Set(expected.map { "\($0)" }), text)
        }
        let result = match("gemeente -subsidie")
        XCTAssertEqual(result, FTSMatch(include: "\"gemeente\"", exclude: "\"subsidie\"", relaxed: nil))
        XCTAssertEqual(result?.combined, "(\"gemeente\") NOT (\"subsidie\")")
        XCTAssertEqual(
            SearchQuery("zorg -\"ruimte voor anders\"").clauses,
            [.required(.words("zorg")), .excluded(.phrase("ruimte voor anders"))])
        XCTAssertEqual(
            SearchQuery("zorg NIET \"ruimte voor anders\"").clauses,
            [.required(.words("zorg")), .excluded(.phrase("ruimte voor anders"))])
        XCTAssertEqual(match("zorg -wonen -welzijn")?.exclude, "\"wonen\" OR \"welzijn\"")
        XCTAssertEqual(SearchQuery("-gemeent*").clauses, [.excluded(.prefix("gemeent"))])
    }

    func testOnlyExclusionsLeaveNoInclude() {
        let result = match("-subsidie")
        XCTAssertEqual(result, FTSMatch(include: nil, exclude: "\"subsidie\"", relaxed: nil))
        XCTAssertNil(result?.combined)
        XCTAssertNil(match("-de"))
    }

    func testOrGroupsBindTighterThanAnd() {
        XCTAssertEqual(
            SearchQuery("zorg OF welzijn wijk").clauses,
            [.anyOf([.words("zorg"), .words("welzijn")]), .required(.words("wijk"))])
        XCTAssertEqual(
            match("zorg OF welzijn wijk"),
            FTSMatch(
                include: "(\"zorg\" OR \"welzijn\") AND \"wijk\"", exclude: nil,
                relaxed: "\"zorg\" OR \"welzijn\" OR \"wijk\""))
        XCTAssertEqual(
            SearchQuery("zorg OR welzijn OF wonen").clauses,
            [.anyOf([.words("zorg"), .words("welzijn"), .words("wonen")])])
        XCTAssertEqual(
            include("wijk zorg OF \"ruimte voor anders\""), "\"wijk\" AND (\"zorg\" OR \"ruimte voor anders\")")
        XCTAssertEqual(include("co-creatie OF participatie"), "((\"co creatie\" OR \"cocreatie\") OR \"participatie\")")
        XCTAssertEqual(include("zorg of welzijn"), "\"zorg\" AND \"welzijn\"")  // lower case: the stopword `of`
        XCTAssertEqual(include("zorg OF de"), "\"zorg\"")
    }

    func testPrefixes() {
        XCTAssertEqual(SearchQuery("gemeent*").clauses, [.required(.prefix("gemeent"))])
        XCTAssertEqual(include("gemeent*"), "\"gemeent\" *")
        XCTAssertEqual(include("co-cr*"), "\"co\" + \"cr\" *")
        XCTAssertEqual(include("de*"), "\"de\" *")
        // Not prefixes: one character, a leading star, a star after punctuation, two stars.
        XCTAssertEqual(SearchQuery("a*").clauses, [.required(.words("a*"))])
        XCTAssertEqual(include("a*"), "\"a\"")
        XCTAssertEqual(include("*gemeente"), "\"gemeente\"")
        XCTAssertEqual(include("gemeente?*"), "\"gemeente\"")
        XCTAssertEqual(include("gemeent**"), "\"gemeent\"")
        XCTAssertEqual(include("(a*"), "\"a\"")
    }

    func testCompoundsMatchAsPhraseOrJoinedWord() {
        XCTAssertEqual(include("co-creatie"), "(\"co creatie\" OR \"cocreatie\")")
        XCTAssertEqual(include("'s-Hertogenbosch"), "(\"'s Hertogenbosch\" OR \"'sHertogenbosch\")")
        // The literal keeps the possessive `’s`: the tokenizer reads `Fryslân’s` as `fryslan` again.
        XCTAssertEqual(include("Súdwest-Fryslân’s"), "(\"Súdwest Fryslân’s\" OR \"SúdwestFryslân’s\")")
    }

    // MARK: Plain text

    func testUnclosedQuoteLeavesPlainWords() {
        XCTAssertEqual(SearchQuery("\"ruimte voor").clauses, [.required(.words("ruimte")), .required(.words("voor"))])
        XCTAssertEqual(include("\"ruimte voor"), "\"ruimte\"")
        XCTAssertEqual(SearchQuery("\"a b\" \"c").clauses, [.required(.phrase("a b")), .required(.words("c"))])
    }

    func testPunctuationIsPlainText() {
        XCTAssertEqual(include("Bergen (NH.)"), "\"Bergen\" AND \"NH\"")
        XCTAssertEqual(include("wat werkt?"), "\"werkt\"")
        XCTAssertEqual(include("100% & zorg: ^wonen +welzijn"), "\"100\" AND \"zorg\" AND \"wonen\" AND \"welzijn\"")
        XCTAssertEqual(include("title:zorg NEAR(a b)"), "\"title\" AND \"zorg\" AND \"NEAR\" AND \"a\" AND \"b\"")
        XCTAssertEqual(include("{zorg} [wonen]"), "\"zorg\" AND \"wonen\"")
    }

    func testOperatorsThatCannotApplyArePlainText() {
        XCTAssertEqual(include("zorg OF"), "\"zorg\"")
        XCTAssertEqual(include("OF zorg"), "\"zorg\"")
        XCTAssertEqual(include("zorg NIET"), "\"zorg\"")
        XCTAssertEqual(include("zorg OR"), "\"zorg\"")
        XCTAssertEqual(include("zorg AND"), "\"zorg\"")
        XCTAssertEqual(include("- zorg"), "\"zorg\"")
        XCTAssertEqual(include("zorg OF OF wonen"), "\"zorg\" AND \"wonen\"")
        XCTAssertEqual(match("zorg OF -wonen"), FTSMatch(include: "\"zorg\"", exclude: "\"wonen\"", relaxed: nil))
        XCTAssertEqual(match("NIET NIET zorg"), FTSMatch(include: nil, exclude: "\"zorg\"", relaxed: nil))
        // Only operator words: searched as the words they are.
        XCTAssertEqual(include("OR"), "\"OR\"")
        XCTAssertEqual(include("NIET"), "\"NIET\"")
    }

    func testNothingSearchable() {
        for text in ["", "   ", "\t\n", "\u{0}\u{1}", "?", "% && ?", "\"\"", "\" \"", "-", "*", "\"?\"", "-de"] {
            XCTAssertNil(match(text), text.debugDescription)
        }
        XCTAssertTrue(SearchQuery("  ").isEmpty)
    }

    func testStopwordsAreDroppedUnlessTheyAreAllThereIs() {
        XCTAssertEqual(include("de gemeente en het dorp"), "\"gemeente\" AND \"dorp\"")
        XCTAssertEqual(include("de"), "\"de\"")
        XCTAssertEqual(include("Één"), "\"Één\"")
        XCTAssertEqual(include("de het"), "\"de\" AND \"het\"")
        XCTAssertEqual(include("de -gemeente"), "\"de\"")
        XCTAssertEqual(include("\"de\" gemeente"), "\"de\" AND \"gemeente\"")
    }

    func testControlCharactersAndNulSeparate() {
        XCTAssertEqual(
            SearchQuery("zorg\u{0}wonen\u{7}welzijn").clauses,
            [.required(.words("zorg")), .required(.words("wonen")), .required(.words("welzijn"))])
        XCTAssertEqual(include("\"zorg\u{0}wonen\""), "\"zorg wonen\"")
    }

    func testLiteralsDoubleQuotesAndDropNul() {
        XCTAssertEqual(SearchQueryCompiler.literal("a\"b\u{0}c"), "\"a\"\"bc\"")
    }

    func testLongInputIsCapped() {
        let query = SearchQuery((0..<500).map { "woord\($0)" }.joined(separator: " "))
        XCTAssertEqual(query.clauses.count, SearchQuery.maximumItemCount)
        let alternatives = SearchQuery(String(repeating: "zorg OF ", count: 20_000) + "wonen")
        XCTAssertEqual(
            alternatives.clauses, [.anyOf(Array(repeating: .words("zorg"), count: SearchQuery.maximumItemCount))])
        let phrase = "\"" + (0..<500).map { "woord\($0)" }.joined(separator: " ") + "\""
        let expression = try? XCTUnwrap(include(phrase))
        XCTAssertEqual(expression?.split(separator: " ").count, SearchQueryCompiler.maximumPhraseLength)
    }

    func testPositiveTerms() {
        let terms = SearchQuery("Financiële co-creatie OF wonen -subsidie de gemeent*").positiveTerms(using: analyzer)
        let stems = { (text: String) in self.analyzer.tokens(in: text).filter { !$0.isSurfaceForm }.map(\.term) }
        XCTAssertEqual(terms, stems("financiële") + stems("co creatie cocreatie wonen") + ["gemeent"])
    }

    // MARK: Property: nothing a person types makes FTS5 fail

    private static let fragments: [String] = [
        "\"", "\"", "(", ")", "*", "-", ":", "^", "+", "NEAR", "NEAR(", "NEAR/2", "AND", "OR", "NOT", "NIET", "OF",
        "{", "}", "[", "]", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}",
        "'", "’", "‘", "ʼ", "´", "`", "„", "“", "”", "«", "»", "é", "e\u{301}", "\u{301}", "\u{301}\u{302}\u{303}",
        "😀", "👩‍👩‍👧", "🏳️‍🌈", "ß", "ﷺ", "Ω", "한", "中文", "עברית", "العربية", "ǅ", "ĳ", "ﬁ", "½", "²", "Ⅻ",
        "gemeente", "co-creatie", "'s", "’t", "-'s", "s-", "?", "%", "&", "&&", ".", ",", ";", "/", "\\", "|", "~", "#",
        "title:", "body:", "t:", "{title body}:", "^\"", "*\"", "\"\"", "\"a\"", "\u{AD}", "\u{200B}", "\u{200D}",
        "\u{FEFF}", "\u{2028}", "\u{FFFD}", "-\"", "x*", "ab*", "**", "de", "het", "een", "niet", "of", "en",
        "0", "2015", "GM0363", "‐", "‑", "–", "—", "−", "*-", "-*", "OR\"", "\"OR", "NOT\"x",
    ]

    private func randomWord(_ generator: inout SeededRandom, length: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzáéëïöüÁÉËĲ0123456789".unicodeScalars)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(generator.pick(letters)) }
        return String(scalars)
    }

    private func randomQuery(_ generator: inout SeededRandom, targetLength: Int? = nil) -> String {
        var result = ""
        let count = generator.below(24)
        var index = 0
        while targetLength.map({ result.utf8.count < $0 }) ?? (index < count) {
            switch generator.below(10) {
            case 0: result += randomWord(&generator, length: 1 + generator.below(12))
            case 1 where generator.below(50) == 0: result += randomWord(&generator, length: 200 + generator.below(2000))
            case 2: result += " "
            default: result += generator.pick(Self.fragments)
            }
            index += 1
        }
        return result
    }

    func testNothingTypedMakesFTS5Fail() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
        let dbQueue = try DatabaseQueue(configuration: configuration)
        var generator = SeededRandom(seed: 20_150_521)
        try dbQueue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='dutch')")
            for _ in 0..<40 {
                try db.execute(
                    sql: "INSERT INTO t(title, body) VALUES (?, ?)",
                    arguments: [randomQuery(&generator), randomQuery(&generator)])
            }
            try db.execute(
                sql:
                    "INSERT INTO t(title, body) VALUES ('co-creatie in ''s-Hertogenbosch', 'financiële ruimte voor anders')"
            )
        }

        var inputs = [
            "", " ", "\"", "\"\"", "\"\"\"", "-", "--", "*", "**", "-*", "NOT", "NIET", "OF", "OR", "AND", "NEAR",
            "NEAR()", "a OR", "OR a", "NOT NOT", "- -", "(\"", "\")", "title:", ":", "^", "+", "{}", "[]",
            "\u{0}", "\"\u{0}\"", "a\u{0}b*", String(repeating: "x", count: 100_000),
            String(repeating: "\"a\" ", count: 20_000), String(repeating: "a OF ", count: 20_000),
            String(repeating: "-", count: 100_000), String(repeating: "é", count: 50_000) + "*",
        ]
        for _ in 0..<3000 { inputs.append(randomQuery(&generator)) }
        for _ in 0..<4 { inputs.append(randomQuery(&generator, targetLength: 100_000)) }

        var executed = 0
        try dbQueue.read { db in
            for input in inputs {
                let query = SearchQuery(input)
                XCTAssertEqual(query, SearchQuery(input))
                _ = query.positiveTerms(using: analyzer)
                guard let match = query.matchExpression(using: analyzer) else { continue }
                let expressions = [match.include, match.exclude, match.relaxed, match.combined, match.relaxedCombined]
                for case let expression? in expressions {
                    XCTAssertFalse(expression.unicodeScalars.contains("\0"))
                    do {
                        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH ?", arguments: [expression])
                        _ = try String.fetchAll(
                            db,
                            sql: """
                                SELECT highlight(t, 0, '[', ']') || snippet(t, 1, '[', ']', '…', 8)
                                FROM t WHERE t MATCH ? ORDER BY bm25(t, 10.0, 1.0) LIMIT 3
                                """, arguments: [expression])
                        executed += 1
                    } catch {
                        XCTFail("\(error) for input \(input.prefix(200).debugDescription) → \(expression.prefix(300))")
                    }
                }
                if let include = match.include, let exclude = match.exclude {
                    XCTAssertNoThrow(
                        try Int.fetchOne(
                            db,
                            sql: """
                                SELECT count(*) FROM t WHERE t MATCH ? AND rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?)
                                """, arguments: [include, exclude]))
                }
            }
        }
        XCTAssertGreaterThan(executed, 3000)
    }
}
