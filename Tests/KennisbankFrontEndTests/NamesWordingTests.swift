import Kennisbank
import KennisbankFrontEnd
import XCTest

/// The messages about names that stay clean, as a Dutch and an English reader see them.
final class NamesWordingTests: XCTestCase {
    func testAMissingKnowledgeBaseIsNamedInBothLanguages() {
        let error = KennisbankError.noKnowledgeBase("/tmp/kb.sqlit")
        XCTAssertTrue(error.message(Catalog(.dutch)).hasPrefix("Geen kennisbank op /tmp/kb.sqlit: controleer"))
        XCTAssertTrue(error.message(Catalog(.english)).hasPrefix("No knowledge base at /tmp/kb.sqlit: check"))
    }

    func testCloseTopicsAskDidYouMean() {
        let one = KennisbankError.similarTopics([SimilarTopic(label: "Vertrouwn", existing: "Vertrouwen")])
        XCTAssertTrue(one.message(Catalog(.dutch)).contains("bedoelde u “Vertrouwen”?"))
        XCTAssertTrue(one.message(Catalog(.english)).contains("did you mean “Vertrouwen”?"))
        let located = KennisbankError.similarTopics([
            SimilarTopic(
                label: "Vertrouwn", existing: "Vertrouwen", location: RecordLocation(source: "a.csv", line: 4)),
            SimilarTopic(
                label: "Buurthuizen", existing: "Buurthuis", location: RecordLocation(source: "a.csv", line: 9)),
        ])
        let message = located.message(Catalog(.english))
        XCTAssertTrue(message.hasPrefix("2 new topics are close to existing ones"), message)
        XCTAssertTrue(message.contains("a.csv, line 4") && message.contains("a.csv, line 9"), message)
    }

    func testFormerAndSplitMunicipalitiesAreWorded() {
        XCTAssertEqual(
            Catalog(.dutch).text(
                "names.formerMunicipality", ["name": "Boxmeer", "successor": "Land van Cuijk", "year": "2022"]),
            "Boxmeer is sinds 2022 onderdeel van Land van Cuijk: Land van Cuijk wordt gebruikt.")
        let split = KennisbankError.splitMunicipality(
            "Haaren", successors: ["Boxtel", "Oisterwijk", "Tilburg", "Vught"])
        XCTAssertEqual(
            split.message(Catalog(.english)),
            "Haaren has been split: give “Boxtel”, “Oisterwijk”, “Tilburg” or “Vught”, whichever now covers the place you mean."
        )
    }
}
