import KennisbankText
import XCTest

/// The analyzer's compound parts: after a document word's own term, the marked term of each part,
/// colocated; query text gets parts only where the compiler asks for them.
final class CompoundAnalysisTests: XCTestCase {
    let analyzer = DutchAnalyzer.standard

    func testADocumentCompoundGivesItsMarkedPartsAfterTheWhole() {
        let tokens = analyzer.tokens(in: "De gemeenteraad besluit")
        XCTAssertEqual(tokens.map(\.term), ["de", "gemeenteraad", "~gemeente", "~raad", "besluit"])
        XCTAssertEqual(tokens.map(\.isColocated), [false, false, true, true, false])
        XCTAssertEqual(tokens.map(\.isCompoundPart), [false, false, true, true, false])
        // The parts span the whole word, so a match on a part marks the compound.
        XCTAssertEqual(tokens[2].byteRange, tokens[1].byteRange)
        XCTAssertEqual(tokens[3].byteRange, tokens[1].byteRange)
    }

    func testPartsAreStemmedLikeWords() {
        XCTAssertEqual(analyzer.terms(in: "gemeenteraden"), ["gemeenteraad", "=gemeenteraden", "~gemeente", "~raad"])
        XCTAssertEqual(
            analyzer.terms(in: "Buurthuisbeheer"), ["buurthuisbeheer", "~buurthuis", "~beheer"])
        // A part whose term equals the whole's is not repeated.
        XCTAssertFalse(analyzer.terms(in: "energielasten").contains("~energielast"))
    }

    func testWordsThatMustNotSplitGiveNoParts() {
        for word in ["voorraad", "bezorgd", "gebouw", "gemeentelijke", "samenwerking"] {
            XCTAssertFalse(analyzer.tokens(in: word).contains(where: \.isCompoundPart), word)
        }
    }

    func testQueryTextGivesNoPartsUnlessMarked() {
        XCTAssertEqual(analyzer.tokens(in: "gemeenteraad", forQuery: true).map(\.term), ["gemeenteraad"])
        let marked = analyzer.tokens(in: "\u{E010}raden \u{E010}Gemeenteraad raad", forQuery: true)
        XCTAssertEqual(marked.map(\.term), ["~raad", "~gemeenteraad", "raad"])
        XCTAssertEqual(marked.map(\.isCompoundPart), [true, true, false])
        // In documents and prefixes the marker is an ordinary separator.
        XCTAssertEqual(analyzer.tokens(in: "\u{E010}raad").map(\.term), ["raad"])
        XCTAssertEqual(analyzer.tokens(in: "\u{E010}raad", forPrefix: true).map(\.term), ["raad", "=raad"])
    }

    func testHyphenatedCompoundsKeepTheirShapeAndSplitTheirParts() {
        let terms = analyzer.terms(in: "wijkcentrum-beheer")
        XCTAssertEqual(
            Array(terms.prefix(2)), [analyzer.terms(in: "wijkcentrumbeheer")[0], analyzer.terms(in: "wijkcentrum")[0]])
        XCTAssertTrue(terms.contains("~wijk") && terms.contains("~centrum"), "\(terms)")
    }

    func testWithoutADecompounderNothingSplits() {
        let plain = DutchAnalyzer(decompounder: nil)
        XCTAssertEqual(plain.terms(in: "gemeenteraad"), ["gemeenteraad"])
        XCTAssertNotEqual(plain.signature, analyzer.signature)
    }

    func testCompoundPartsListsEachCompoundOnce() {
        let parts = analyzer.compoundParts(in: "Gemeenteraad en gemeenteraad, het buurthuis")
        XCTAssertEqual(parts.map(\.word), ["gemeenteraad", "buurthuis"])
        XCTAssertEqual(parts.map(\.parts), [["gemeente", "raad"], ["buurt", "huis"]])
    }

    /// The same text gives the same terms whatever was analyzed before.
    func testAnalysisIsDeterministic() {
        let text = "Het buurthuisbeheer en de gemeenteraad; energielasten van het dorpshuis"
        let first = analyzer.terms(in: text)
        _ = analyzer.terms(in: "wijkcentrum voorraad bezorgd gebouw")
        XCTAssertEqual(DutchAnalyzer().terms(in: text), first)
    }
}
