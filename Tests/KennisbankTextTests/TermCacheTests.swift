import XCTest

@testable import KennisbankText

/// The analyzer's term cache answers as the stemmer and the decompounder would, and stays bounded.
final class TermCacheTests: XCTestCase {
    let text = """
        De gemeenteraad besprak de energiekosten van het dorpshuis; de raad en de gemeente vonden \
        de kosten voor energie te hoog. Gemeenteraad, dorpshuizen, organisaties en wijkcentra.
        """

    func testAWarmCacheGivesTheSameTokensAsAColdOne() {
        let warm = DutchAnalyzer()
        let first = warm.tokens(in: text)
        let counts = warm.cache.counts
        XCTAssertGreaterThan(counts.words, 10)
        XCTAssertGreaterThan(counts.partTerms, 5)
        XCTAssertEqual(warm.tokens(in: text), first, "the second pass reads the cache")
        XCTAssertEqual(warm.cache.counts.words, counts.words, "nothing new to keep")
        XCTAssertEqual(DutchAnalyzer().tokens(in: text), first, "a cold analyzer agrees")
        XCTAssertTrue(first.contains { $0.term == "~raad" && $0.isCompoundPart }, "gemeenteraad gives ~raad")
    }

    func testTheCacheIsPerAnalyzerSoEachKeepsItsOwnAnalysis() {
        let porter = DutchAnalyzer(stemmer: DutchPorterStemmer())
        let standard = DutchAnalyzer()
        let words = "organisaties gebieden"
        XCTAssertEqual(standard.terms(in: words), DutchAnalyzer().terms(in: words))
        XCTAssertEqual(porter.terms(in: words), DutchAnalyzer(stemmer: DutchPorterStemmer()).terms(in: words))
        XCTAssertNotEqual(porter.terms(in: words), standard.terms(in: words), "the two stemmers differ here")
    }

    func testAFullCacheStartsOverAndKeepsAnswering() {
        let analyzer = DutchAnalyzer()
        // Distinct words of letters only: the number written in the letters a–z.
        func word(_ number: Int) -> String {
            var number = number
            var letters = "woord"
            repeat {
                letters.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
                number /= 26
            } while number > 0
            return letters + "x"
        }
        for number in 0..<(TermCache.capacity + 10) { _ = analyzer.terms(in: word(number)) }
        XCTAssertLessThanOrEqual(analyzer.cache.counts.words, TermCache.capacity)
        XCTAssertEqual(analyzer.terms(in: "gemeenten"), DutchAnalyzer().terms(in: "gemeenten"))
    }
}
