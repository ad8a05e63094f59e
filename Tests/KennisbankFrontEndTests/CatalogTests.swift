import XCTest

@testable import KennisbankFrontEnd

final class CatalogTests: XCTestCase {
    /// Every text exists in both languages, so that neither ever falls back to the other.
    func testBothCatalogsHaveTheSameKeys() {
        let dutch = Catalog.keys(of: .dutch)
        let english = Catalog.keys(of: .english)
        XCTAssertFalse(dutch.isEmpty)
        XCTAssertEqual(dutch.subtracting(english).sorted(), [], "keys only in Catalog/nl/")
        XCTAssertEqual(english.subtracting(dutch).sorted(), [], "keys only in Catalog/en/")
    }

    /// The placeholders of a text are the same in both languages.
    func testBothLanguagesFillInTheSameValues() {
        func placeholders(_ text: String) -> Set<String> {
            var names: Set<String> = []
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                names.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return names
        }
        for key in Catalog.keys(of: .dutch).intersection(Catalog.keys(of: .english)).sorted() {
            XCTAssertEqual(
                placeholders(Catalog(.dutch).text(key)), placeholders(Catalog(.english).text(key)),
                "placeholders of \(key)")
        }
    }

    func testPlaceholdersAreFilledAndUnknownOnesKept() {
        XCTAssertEqual(Catalog.fill("Onbekend “{name}”: {hint}", ["name": "Zwole"]), "Onbekend “Zwole”: {hint}")
        XCTAssertEqual(Catalog.fill("{a}{b} {", ["a": "1", "b": "{a}"]), "1{a} {")
        XCTAssertEqual(Catalog.fill("geen", [:]), "geen")
    }

    func testLanguageCodes() {
        XCTAssertEqual(Language(code: "nl_NL.UTF-8"), .dutch)
        XCTAssertEqual(Language(code: "en-GB"), .english)
        XCTAssertEqual(Language(code: "EN"), .english)
        XCTAssertNil(Language(code: "de"))
    }
}
