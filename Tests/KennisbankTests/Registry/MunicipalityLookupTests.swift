import XCTest

@testable import Kennisbank

final class MunicipalityLookupTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testANewKnowledgeBaseKnowsAll342CBSMunicipalities() throws {
        let all = try knowledgeBase.municipalities()
        XCTAssertEqual(all.count, 342)
        XCTAssertTrue(all.allSatisfy { $0.attribution == "Bron: CBS" && $0.code != nil && $0.province != nil })
        XCTAssertEqual(Set(all.compactMap(\.province)).count, 12)
        XCTAssertEqual(try knowledgeBase.municipalities(province: "Fryslân").count, 18)
        XCTAssertEqual(try knowledgeBase.municipalities(province: "friesland").count, 18)
        let nuenen = try knowledgeBase.municipality("GM0820")
        XCTAssertEqual(nuenen.name, "Nuenen, Gerwen en Nederwetten", "a quoted CSV field with a comma is read whole")
    }

    func testFindsByNameIgnoringCaseDiacriticsAndSeparators() throws {
        for reference in ["Súdwest-Fryslân", "sudwest-fryslan", "SUDWEST FRYSLAN", "Sudwest Fryslan"] {
            XCTAssertEqual(try knowledgeBase.municipality(reference).code, "GM1900", reference)
        }
        for reference in [
            "'s-Hertogenbosch", "’s-Hertogenbosch", "s-Hertogenbosch", "'s Hertogenbosch", "Den Bosch", "den bosch",
            "GM0796", "gm0796", "0796", "796",
        ] {
            XCTAssertEqual(try knowledgeBase.municipality(reference).name, "'s-Hertogenbosch", reference)
        }
        XCTAssertEqual(try knowledgeBase.municipality("Den Haag").name, "'s-Gravenhage")
        XCTAssertEqual(try knowledgeBase.municipality("Deventer").code, "GM0150")
    }

    func testBergenIsAmbiguousAndItsQualifiedFormsAreNot() throws {
        XCTAssertThrowsKennisbankError(
            .exactly(.ambiguousMunicipality("Bergen", candidates: ["Bergen (L.)", "Bergen (NH.)"]))
        ) {
            try knowledgeBase.municipality("Bergen")
        }
        XCTAssertEqual(try knowledgeBase.municipality("Bergen NH").code, "GM0373")
        XCTAssertEqual(try knowledgeBase.municipality("Bergen (NH)").code, "GM0373")
        XCTAssertEqual(try knowledgeBase.municipality("Bergen (NH.)").code, "GM0373")
        XCTAssertEqual(try knowledgeBase.municipality("bergen l").code, "GM0893")
        XCTAssertEqual(try knowledgeBase.municipality("Bergen op Zoom").code, "GM0748")
    }

    func testTheNamesBeforeThe2024RenamesStillResolve() throws {
        let renames = [
            "Beek": "Beek (L.)", "Hengelo": "Hengelo (O.)", "Laren": "Laren (NH.)",
            "Middelburg": "Middelburg (Z.)", "Rijswijk": "Rijswijk (ZH.)", "Stein": "Stein (L.)",
        ]
        for (old, new) in renames {
            XCTAssertEqual(try knowledgeBase.municipality(old).name, new)
        }
    }

    func testAnUnknownNameSuggestsTheNearestOnes() throws {
        XCTAssertThrowsKennisbankError(.exactly(.unknownMunicipality("Zwole", suggestions: ["Zwolle"]))) {
            try knowledgeBase.municipality("Zwole")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "did you mean “Amsterdam”")) {
            try knowledgeBase.municipality("Amsterdm")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "kb list municipalities")) {
            try knowledgeBase.municipality("Atlantis")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown municipality")) {
            try knowledgeBase.municipality("GM9999")
        }
        XCTAssertThrowsKennisbankError(.exactly(.emptyField(.municipality))) { try knowledgeBase.municipality("  ") }
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown municipality")) {
            try knowledgeBase.municipality("'); DROP TABLE municipality; --")
        }
        XCTAssertEqual(try knowledgeBase.municipalities().count, 342)
    }

    func testTheNamesAreThoseOfTheMunicipalitiesInTheirOrder() throws {
        XCTAssertEqual(try knowledgeBase.municipalityNames(), try knowledgeBase.municipalities().map(\.name))
        XCTAssertEqual(try knowledgeBase.municipalityNames().count, 342)
        _ = try knowledgeBase.addMunicipality(name: "Aaaa-dorp", code: "GM9002")
        XCTAssertTrue(try knowledgeBase.municipalityNames().contains("Aaaa-dorp"), "a new one, read at once")
        XCTAssertEqual(try knowledgeBase.municipalityNames(), try knowledgeBase.municipalities().map(\.name))
    }

    func testAddsAMunicipalityOutsideTheRegistry() throws {
        let added = try knowledgeBase.addMunicipality(name: "Voorbeeldstad", code: "GM9001", province: "utrecht")
        XCTAssertEqual(added.province, "Utrecht")
        XCTAssertNil(added.attribution)
        XCTAssertEqual(try knowledgeBase.municipality("voorbeeldstad"), added)
        XCTAssertEqual(try knowledgeBase.municipality("GM9001"), added)
        XCTAssertThrowsKennisbankError(.message(containing: "already known")) {
            try knowledgeBase.addMunicipality(name: "VOORBEELDSTAD")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "already known")) {
            try knowledgeBase.addMunicipality(name: "Den Haag")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "already known")) {
            try knowledgeBase.addMunicipality(name: "Nieuwstad", code: "GM0363")
        }
        XCTAssertThrowsKennisbankError(.exactly(.invalidMunicipalityCode("XY12"))) {
            try knowledgeBase.addMunicipality(name: "Nieuwstad", code: "XY12")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "Unknown province")) {
            try knowledgeBase.addMunicipality(name: "Nieuwstad", province: "Holland")
        }
        XCTAssertThrowsKennisbankError(.exactly(.emptyField(.municipalityName))) {
            try knowledgeBase.addMunicipality(name: " ")
        }
        XCTAssertEqual(try knowledgeBase.municipalities().count, 343)
    }
}
