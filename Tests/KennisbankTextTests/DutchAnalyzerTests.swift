import Foundation
import KennisbankText
import XCTest

/// A stemmer that marks what it stemmed, to see whether overrides and digits bypass it.
private struct MarkingStemmer: Stemmer {
    func stem(_ word: String) -> String { "<" + word + ">" }
}

/// A stemmer that changes nothing.
private struct IdentityStemmer: Stemmer {
    func stem(_ word: String) -> String { word }
}

final class DutchAnalyzerTests: XCTestCase {
    let analyzer = DutchAnalyzer.standard
    let plain = DutchAnalyzer(stemmer: IdentityStemmer(), overrides: [:], decompounder: nil)

    /// The terms without the surface forms kept for prefix search.
    private func stems(_ analyzer: DutchAnalyzer, _ text: String) -> [String] {
        analyzer.tokens(in: text).filter { !$0.isSurfaceForm }.map(\.term)
    }

    /// The text of each token, cut from `text` by its byte range.
    private func sources(_ text: String, _ tokens: [AnalyzedToken]) -> [String] {
        let utf8 = Array(text.utf8)
        return tokens.map { String(decoding: utf8[$0.byteRange], as: UTF8.self) }
    }

    // MARK: Folding and normalization

    func testFoldsCaseAndDiacriticsBeforeStemming() {
        XCTAssertEqual(analyzer.terms(in: "Financiële"), analyzer.terms(in: "financiele"))
        XCTAssertEqual(analyzer.terms(in: "FINANCIËLE ZAKEN"), analyzer.terms(in: "financiele zaken"))
        XCTAssertEqual(analyzer.terms(in: "één"), analyzer.terms(in: "een"))
        XCTAssertEqual(analyzer.terms(in: "Súdwest-Fryslân"), analyzer.terms(in: "sudwest-fryslan"))
        XCTAssertEqual(plain.terms(in: "Één Café ĲSSEL Straße"), ["een", "cafe", "ijssel", "strasse"])
        // The stemmer receives folded words (an -iele adjective as its -ieel form).
        let marking = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: [:])
        XCTAssertEqual(marking.terms(in: "Financiële"), ["<financieel>", "=financiele"])
    }

    func testDecomposedTextGivesTheSameTermsAsComposed() {
        let samples = [
            "De financiële ruimte in Súdwest-Fryslân, één keer per jaar",
            "Ærø café naïve coöperatie geïnteresseerd reünie",
            "ĳs Œuvre Ångström Ελληνικά 한국어 Tiếng Việt",
            String(repeating: "é", count: 300),
            String(repeating: "ệ", count: 100) + " " + String(repeating: "한", count: 100),
        ]
        for sample in samples {
            let composed = sample.precomposedStringWithCanonicalMapping
            let decomposed = sample.decomposedStringWithCanonicalMapping
            XCTAssertNotEqual(Array(composed.utf8), Array(decomposed.utf8), sample)
            XCTAssertEqual(analyzer.terms(in: composed), analyzer.terms(in: decomposed), sample)
            // Byte ranges follow each form's own bytes.
            XCTAssertEqual(
                sources(decomposed, analyzer.tokens(in: decomposed)).map(\.precomposedStringWithCanonicalMapping),
                sources(composed, analyzer.tokens(in: composed)), sample)
        }
    }

    // MARK: Apostrophes

    func testPossessiveAndPluralApostropheGivesTheWordBeforeAndTheJoinedForm() {
        for (text, word) in [
            ("risico's", "risico"), ("auto’s", "auto"), ("Anna's", "Anna"), ("foto‘s", "foto"),
            ("baby´s", "baby"), ("paraplu`s", "paraplu"), ("menuʼs", "menu"),
        ] {
            // A document keeps the word before the apostrophe, and the word with the s joined on,
            // colocated, for queries typed without the apostrophe (`risicos`).
            let tokens = analyzer.tokens(in: text)
            XCTAssertEqual(tokens.map(\.term), analyzer.terms(in: word) + analyzer.terms(in: word + "s"), text)
            XCTAssertEqual(tokens.map(\.isColocated), [false, true], text)
            XCTAssertEqual(sources(text, tokens), [text, text], text)
            // A query gives the word before the apostrophe only.
            XCTAssertEqual(analyzer.tokens(in: text, forQuery: true).map(\.term), analyzer.terms(in: word), text)
        }
        XCTAssertEqual(
            analyzer.tokens(in: "de risico's van auto’s", forQuery: true).map(\.term),
            analyzer.tokens(in: "de risico van auto", forQuery: true).map(\.term))
    }

    func testLeadingShortFormsAreTokensOfTheirOwn() {
        XCTAssertEqual(plain.terms(in: "’s avonds"), ["s", "avonds"])
        XCTAssertEqual(plain.terms(in: "'t Zandt"), ["t", "zandt"])
        XCTAssertEqual(plain.terms(in: "rock 'n roll"), ["rock", "n", "roll"])
        XCTAssertEqual(plain.terms(in: "ʼS AVONDS"), ["s", "avonds"])
        let text = "in ’s avonds"
        XCTAssertEqual(sources(text, plain.tokens(in: text)), ["in", "’s", "avonds"])
    }

    func testOtherApostrophesInsideAWordAreDropped() {
        XCTAssertEqual(plain.terms(in: "zo'n"), ["zon"])
        XCTAssertEqual(plain.terms(in: "m’n fiets"), ["mn", "fiets"])
        XCTAssertEqual(plain.terms(in: "'citaat' en ’quote’"), ["citaat", "en", "quote"])
        XCTAssertEqual(plain.terms(in: "'k heb"), ["k", "heb"])
        XCTAssertEqual(plain.terms(in: "' ’"), [])
    }

    // MARK: Hyphens

    func testHyphenatedCompoundGivesPartsAndTheColocatedWhole() {
        let text = "co-creatie"
        let tokens = analyzer.tokens(in: text).filter { !$0.isSurfaceForm }
        XCTAssertEqual(tokens.count, 3)
        // The whole first, spanning the compound; the first part colocated with it; then the rest.
        XCTAssertEqual(tokens[0].term, analyzer.terms(in: "cocreatie")[0])
        XCTAssertEqual(tokens[0].byteRange, 0..<10)
        XCTAssertFalse(tokens[0].isColocated)
        XCTAssertEqual(tokens[1].term, analyzer.terms(in: "co")[0])
        XCTAssertEqual(tokens[1].byteRange, 0..<2)
        XCTAssertTrue(tokens[1].isColocated)
        XCTAssertEqual(tokens[2].term, analyzer.terms(in: "creatie")[0])
        XCTAssertEqual(tokens[2].byteRange, 3..<10)
        XCTAssertFalse(tokens[2].isColocated)

        XCTAssertEqual(
            plain.terms(in: "informatie-uitwisseling"), ["informatieuitwisseling", "informatie", "uitwisseling"])
        XCTAssertEqual(plain.terms(in: "Noord-Holland-Zuid"), ["noordhollandzuid", "noord", "holland", "zuid"])
        XCTAssertEqual(plain.terms(in: "co\u{2010}creatie"), plain.terms(in: "co-creatie"))
        XCTAssertEqual(plain.terms(in: "co\u{2011}creatie"), plain.terms(in: "co-creatie"))
        XCTAssertEqual(plain.terms(in: "Súdwest-Fryslân"), ["sudwestfryslan", "sudwest", "fryslan"])
    }

    func testShortFormInACompound() {
        let text = "'s-Hertogenbosch"
        let tokens = plain.tokens(in: text)
        XCTAssertEqual(tokens.map(\.term), ["shertogenbosch", "s", "hertogenbosch"])
        XCTAssertEqual(tokens.map(\.isColocated), [false, true, false])
        XCTAssertEqual(sources(text, tokens), ["'s-Hertogenbosch", "'s", "Hertogenbosch"])
        XCTAssertEqual(plain.terms(in: "’s-Hertogenbosch"), plain.terms(in: text))
        XCTAssertEqual(analyzer.terms(in: "sHertogenbosch").first, analyzer.terms(in: text).first)
    }

    func testDashesAndLoneHyphensSeparate() {
        for text in ["co–creatie", "co—creatie", "co - creatie", "co--creatie", "-co creatie-"] {
            let tokens = plain.tokens(in: text)
            XCTAssertEqual(tokens.map(\.term), ["co", "creatie"], text)
            XCTAssertFalse(tokens.contains(where: \.isColocated), text)
        }
    }

    func testQueryModeGivesCompoundPartsOnly() {
        XCTAssertEqual(plain.tokens(in: "co-creatie", forQuery: true).map(\.term), ["co", "creatie"])
        XCTAssertFalse(plain.tokens(in: "co-creatie", forQuery: true).contains(where: \.isColocated))
    }

    func testPrefixModeFoldsWithoutStemmingOrOverrides() {
        let marking = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: ["gemeenten": "gemeente"])
        XCTAssertEqual(marking.tokens(in: "Gemeenten", forPrefix: true).map(\.term), ["gemeenten", "=gemeenten"])
        XCTAssertEqual(marking.tokens(in: "Financiël", forPrefix: true).map(\.term), ["financiel", "=financiel"])
        let tokens = marking.tokens(in: "co-cr", forPrefix: true)
        XCTAssertEqual(tokens.map(\.term), ["co", "=co", "cr", "=cr"])
        XCTAssertEqual(tokens.map(\.isColocated), [false, true, false, true])
        XCTAssertEqual(tokens.map(\.isSurfaceForm), [false, true, false, true])
    }

    func testSurfaceFormsFollowTermsThatDifferFromTheirWord() {
        let marking = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: ["gemeenten": "gemeente"])
        let text = "Gemeenten 2015 co-op"
        let tokens = marking.tokens(in: text)
        XCTAssertEqual(
            tokens.map(\.term), ["gemeente", "=gemeenten", "2015", "<coop>", "=coop", "<co>", "=co", "<op>", "=op"])
        XCTAssertEqual(tokens.map(\.isColocated), [false, true, false, false, true, true, true, false, true])
        XCTAssertEqual(tokens.map(\.isSurfaceForm), [false, true, false, false, true, false, true, false, true])
        XCTAssertEqual(
            sources(text, tokens), ["Gemeenten", "Gemeenten", "2015", "co-op", "co-op", "co", "co", "op", "op"])
        // Not in query text, and not where the term is the word.
        XCTAssertEqual(marking.tokens(in: "Gemeenten co-op", forQuery: true).map(\.term), ["gemeente", "<co>", "<op>"])
        XCTAssertEqual(plain.terms(in: "gemeenten co-op"), ["gemeenten", "coop", "co", "op"])
    }

    // MARK: Word characters

    func testSoftHyphenIsIgnoredInsideAWord() {
        XCTAssertEqual(plain.terms(in: "infor\u{AD}matie"), ["informatie"])
        XCTAssertEqual(plain.terms(in: "\u{AD}los\u{AD} woord"), ["los", "woord"])
        XCTAssertEqual(plain.tokens(in: "infor\u{AD}matie")[0].byteRange, 0..<12)
    }

    func testSeparators() {
        XCTAssertEqual(plain.terms(in: "wonen/zorg & welzijn: 100% (NH.)"), ["wonen", "zorg", "welzijn", "100", "nh"])
        XCTAssertEqual(plain.terms(in: "groen😀dorp\u{0}nul\ttab"), ["groen", "dorp", "nul", "tab"])
        XCTAssertEqual(plain.terms(in: "www.gemeente.nl"), ["www", "gemeente", "nl"])
        XCTAssertEqual(plain.terms(in: ""), [])
        XCTAssertEqual(plain.terms(in: " \n\t?!"), [])
    }

    func testDigitsAreKeptAndNotStemmed() {
        let marking = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: [:])
        XCTAssertEqual(marking.terms(in: "GM0363 2015 covid19"), ["gm0363", "2015", "covid19"])
        XCTAssertEqual(marking.terms(in: "2015-2016"), ["20152016", "2015", "2016"])
    }

    // MARK: Offsets

    func testByteOffsetsReferToTheOriginalMultibyteText() {
        let text = "Één financiële ruimte – in Súdwest-Fryslân’s dorpshuizen 🏠 café"
        let tokens = plain.tokens(in: text)
        XCTAssertEqual(
            sources(text, tokens),
            [
                "Één", "financiële", "financiële", "ruimte", "in", "Súdwest-Fryslân’s", "Súdwest", "Fryslân’s",
                "Fryslân’s", "dorpshuizen", "café",
            ])
        XCTAssertEqual(
            tokens.map(\.term),
            [
                "een", "financieel", "=financiele", "ruimte", "in", "sudwestfryslan", "sudwest", "fryslan", "fryslans",
                "dorpshuizen", "cafe",
            ])
        // A compound's parts take the whole word's bytes.
        let parts = analyzer.tokens(in: text).filter(\.isCompoundPart)
        XCTAssertEqual(sources(text, parts), ["dorpshuizen", "dorpshuizen"])
    }

    // MARK: Stopwords

    func testStopwordsAreEmittedAndFlagged() {
        let tokens = analyzer.tokens(in: "De gemeente en het dorpshuis, niet één").filter { !$0.isCompoundPart }
        XCTAssertEqual(tokens.map(\.isStopword), [true, false, true, true, false, true, true])
        XCTAssertEqual(DutchStopwords.words.count, 101)
        for word in DutchStopwords.words {
            XCTAssertEqual(TextFolding.fold(word), word)
        }
    }

    // MARK: Overrides

    func testOverridesAreConsultedBeforeTheStemmer() {
        let marking = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: StemOverrides.dutchDomain, decompounder: nil)
        XCTAssertEqual(
            stems(marking, "Gemeenten gemeentelijke meningen gebieden"),
            ["gemeente", "gemeentelijk", "mening", "gebied"])
        XCTAssertEqual(
            stems(marking, "Buurthuizen dorpshuis subsidies bewoners"),
            ["buurthuis", "dorpshuis", "subsidie", "<bewoners>"])
        // Overrides apply to compound parts and wholes, after folding.
        XCTAssertEqual(stems(marking, "buurthuis-dorpshuizen"), ["<buurthuisdorpshuizen>", "buurthuis", "dorpshuis"])
        // Overrides come before the digit rule too.
        let numbered = DutchAnalyzer(stemmer: MarkingStemmer(), overrides: ["covid19": "covid"])
        XCTAssertEqual(stems(numbered, "COVID19"), ["covid"])
    }

    func testDomainOverridesHoldTheInitialGroups() {
        let expected = [
            "gemeente": "gemeente", "gemeenten": "gemeente", "gemeentelijk": "gemeentelijk",
            "gemeentelijke": "gemeentelijk", "mening": "mening", "meningen": "mening",
            "gebied": "gebied", "gebieden": "gebied", "buurthuis": "buurthuis", "buurthuizen": "buurthuis",
            "dorpshuis": "dorpshuis", "dorpshuizen": "dorpshuis", "subsidie": "subsidie", "subsidies": "subsidie",
        ]
        for (word, term) in expected {
            XCTAssertEqual(StemOverrides.dutchDomain[word], term, word)
        }
    }

    // MARK: Size

    func testHugeWordsAreTruncatedQuicklyAndSafely() {
        let limit = DutchAnalyzer.maximumWordLength
        let start = Date()
        for (text, unit) in [
            (String(repeating: "a", count: 1_000_000), "a"),
            (String(repeating: "é", count: 500_000), "e"),
            (String(repeating: "e\u{301}", count: 300_000), "e"),
        ] {
            let tokens = plain.tokens(in: text)
            XCTAssertEqual(tokens.count, 1)
            XCTAssertEqual(tokens[0].term, String(repeating: unit, count: limit))
            XCTAssertEqual(tokens[0].byteRange, 0..<text.utf8.count)
        }
        // A megabyte of hyphenated one-letter words and of apostrophes.
        let hyphens = plain.tokens(in: String(repeating: "ab-", count: 350_000))
        XCTAssertTrue(hyphens.allSatisfy { $0.term.unicodeScalars.count <= limit })
        XCTAssertEqual(plain.tokens(in: String(repeating: "x'", count: 500_000)).count, 1)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    // MARK: Invalid input

    func testInvalidUTF8SeparatesWords() {
        let bytes: [UInt8] = [
            0x66, 0xFF, 0x67, 0xC3, 0x28, 0x68, 0xED, 0xA0, 0x80, 0x69, 0xE0, 0x80, 0x80, 0x6A,
            0xF4, 0x90, 0x80, 0x80, 0x6B, 0xC3, 0xA9, 0xC0, 0xAF, 0xF0, 0x9F, 0x98,
        ]
        var tokens: [AnalyzedToken] = []
        bytes.withUnsafeBufferPointer { buffer in
            plain.analyze(utf8: buffer) {
                tokens.append($0)
                return true
            }
        }
        XCTAssertEqual(tokens.map(\.term), ["f", "g", "h", "i", "j", "ke"])
        XCTAssertEqual(tokens.last?.byteRange, 18..<21)
    }

    func testRandomBytesGiveWellFormedTokens() {
        var state: UInt64 = 7
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let interesting: [UInt8] = Array("'’-‐s t\u{AD}é".utf8) + [0xC3, 0xE2, 0x80, 0x99, 0xF0, 0xED, 0xFF]
        for length in 0..<400 {
            let bytes = (0..<length).map { _ in next() < 128 ? interesting[Int(next()) % interesting.count] : next() }
            var tokens: [AnalyzedToken] = []
            bytes.withUnsafeBufferPointer { buffer in
                analyzer.analyze(utf8: buffer) {
                    tokens.append($0)
                    return true
                }
            }
            var lastStart = 0
            for (offset, token) in tokens.enumerated() {
                XCTAssertFalse(token.term.isEmpty)
                XCTAssertTrue(token.byteRange.lowerBound >= lastStart && token.byteRange.upperBound <= length)
                XCTAssertFalse(token.byteRange.isEmpty)
                XCTAssertTrue(!token.isColocated || offset > 0)
                lastStart = token.byteRange.lowerBound
            }
        }
    }

    func testAnalyzeStopsWhenAsked() {
        var count = 0
        Array("een twee-drie vier".utf8).withUnsafeBufferPointer { buffer in
            plain.analyze(utf8: buffer) { _ in
                count += 1
                return count < 2
            }
        }
        XCTAssertEqual(count, 2)
    }
}

final class DutchAnalyzerFoldingTests: XCTestCase {
    /// The analyzer's Latin-1 shortcut must fold exactly like `TextFolding.fold`.
    func testLatin1WordsFoldLikeTextFolding() {
        let analyzer = DutchAnalyzer(stemmer: IdentityStemmer(), overrides: [:])
        let latin1 =
            (0xC0...0xFF).compactMap(Unicode.Scalar.init).filter { $0 != "×" && $0 != "÷" }
            + Array("ªµº²³¹¼½¾aZ09".unicodeScalars)
        var state: UInt64 = 42
        for length in [1, 2, 5, 20, 63, 64, 65, 100, 300] {
            for _ in 0..<40 {
                var scalars = String.UnicodeScalarView()
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    scalars.append(latin1[Int(state >> 33) % latin1.count])
                }
                let word = String(scalars)
                let expected = String(
                    String.UnicodeScalarView(
                        TextFolding.fold(String(String.UnicodeScalarView(word.unicodeScalars.prefix(256))))
                            .unicodeScalars.prefix(DutchAnalyzer.maximumWordLength)))
                XCTAssertEqual(analyzer.terms(in: word), expected.isEmpty ? [] : [expected], word)
            }
        }
        XCTAssertEqual(analyzer.terms(in: "Ærøskøbing ½ straße ÐÞ"), ["aeroskobing", "1\u{2044}2", "strasse", "ðþ"])
    }
}
