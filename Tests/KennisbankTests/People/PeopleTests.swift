import Foundation
import XCTest

@testable import Kennisbank

/// Issue 16, people: a person of a municipality, found by name, by `Name (Municipality)` or by
/// UUID; e-mail and phone checked lightly; namesakes told apart.
final class PeopleTests: XCTestCase {
    func testAPersonIsAddedAndFoundByNameQualifiedNameAndUUID() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let anna = try knowledgeBase.addPerson(
            name: " Anna de Vries ", municipality: "zwolle", role: "Beleidsadviseur wonen",
            email: "a.devries@zwolle.nl",
            phone: "+31 (0)38 498 2000")
        XCTAssertEqual(anna.name, "Anna de Vries")
        XCTAssertEqual(anna.municipality, "Zwolle")
        XCTAssertEqual(anna.role, "Beleidsadviseur wonen")
        XCTAssertEqual(anna.email, "a.devries@zwolle.nl")
        XCTAssertEqual(anna.phone, "+31 (0)38 498 2000")
        XCTAssertEqual(try knowledgeBase.person("anna de vries"), anna)
        XCTAssertEqual(try knowledgeBase.person("ANNA-DE-VRIES"), anna, "folded like a municipality name")
        XCTAssertEqual(try knowledgeBase.person("Anna de Vries (Zwolle)"), anna)
        XCTAssertEqual(try knowledgeBase.person(anna.id.uuidString), anna)
        XCTAssertEqual(try knowledgeBase.person(anna.id.uuidString.lowercased()), anna)
    }

    func testNamesakesOfTwoMunicipalitiesAreToldApart() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let zwolle = try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        let deventer = try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Deventer", role: "Wethouder")
        XCTAssertThrowsError(try knowledgeBase.person("Anna de Vries")) {
            XCTAssertEqual(
                $0 as? KennisbankError,
                .people(
                    .ambiguousPerson(
                        "Anna de Vries", candidates: ["Anna de Vries (Deventer)", "Anna de Vries (Zwolle)"])))
        }
        XCTAssertEqual(try knowledgeBase.person("Anna de Vries (Deventer)"), deventer)
        XCTAssertEqual(try knowledgeBase.person("anna de vries (zwolle)"), zwolle)
        XCTAssertEqual(try knowledgeBase.people().map(\.municipality), ["Deventer", "Zwolle"])
        XCTAssertEqual(try knowledgeBase.people(municipality: "GM0193"), [zwolle])
        XCTAssertEqual(try knowledgeBase.people(municipality: "Almelo"), [])
    }

    func testAnUnknownPersonGetsTheNearestNames() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        XCTAssertThrowsError(try knowledgeBase.person("Anna de Vris")) {
            XCTAssertEqual(
                $0 as? KennisbankError, .people(.unknownPerson("Anna de Vris", suggestions: ["Anna de Vries (Zwolle)"]))
            )
        }
        XCTAssertThrowsError(try knowledgeBase.person("Piet")) {
            XCTAssertEqual($0 as? KennisbankError, .people(.unknownPerson("Piet", suggestions: [])))
        }
        XCTAssertThrowsError(try knowledgeBase.person(UUID().uuidString)) {
            guard case .people(.unknownPerson(_, [])) = $0 as? KennisbankError else {
                return XCTFail("\($0)")
            }
        }
        XCTAssertThrowsError(try knowledgeBase.person("Anna de Vries (Deventer)")) {
            guard case .people(.unknownPerson) = $0 as? KennisbankError else { return XCTFail("\($0)") }
        }
    }

    func testBadValuesAreRefusedAndNothingIsStored() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let cases: [(name: String, email: String?, phone: String?, error: KennisbankError)] = [
            ("  ", nil, nil, .people(.emptyField(.name))),
            ("--", nil, nil, .people(.emptyField(.name))),
            ("Anna\u{7}", nil, nil, .people(.invalidField(.name, limit: 200))),
            (String(repeating: "a", count: 201), nil, nil, .people(.invalidField(.name, limit: 200))),
            ("Anna", "anna", nil, .people(.invalidEmail("anna"))),
            ("Anna", "anna@zwolle", nil, .people(.invalidEmail("anna@zwolle"))),
            ("Anna", "an na@zwolle.nl", nil, .people(.invalidEmail("an na@zwolle.nl"))),
            ("Anna", "a@b@zwolle.nl", nil, .people(.invalidEmail("a@b@zwolle.nl"))),
            ("Anna", nil, "bel me", .people(.invalidPhone("bel me"))),
            ("Anna", nil, "12345", .people(.invalidPhone("12345"))),
            ("Anna", nil, "0612345678; DROP", .people(.invalidPhone("0612345678; DROP"))),
        ]
        for bad in cases {
            XCTAssertThrowsError(
                try knowledgeBase.addPerson(name: bad.name, municipality: "Zwolle", email: bad.email, phone: bad.phone)
            ) {
                XCTAssertEqual($0 as? KennisbankError, bad.error, bad.name)
            }
        }
        XCTAssertThrowsError(try knowledgeBase.addPerson(name: "Anna", municipality: "Atlantis")) {
            guard case .unknownMunicipality = $0 as? KennisbankError else { return XCTFail("\($0)") }
        }
        XCTAssertEqual(try knowledgeBase.people(), [])
        // Blank optional values are none.
        let anna = try knowledgeBase.addPerson(name: "Anna", municipality: "Zwolle", role: " ", email: "", phone: " ")
        XCTAssertNil(anna.role)
        XCTAssertNil(anna.email)
        XCTAssertNil(anna.phone)
    }

    func testANameIsKnownOnceInAMunicipality() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.addPerson(name: "Anna de Vries", municipality: "Zwolle")
        XCTAssertThrowsError(try knowledgeBase.addPerson(name: "anna de  vries", municipality: "GM0193")) {
            XCTAssertEqual(
                $0 as? KennisbankError, .people(.personExists(name: "Anna de Vries", municipality: "Zwolle")))
        }
        XCTAssertEqual(try knowledgeBase.people().count, 1)
    }

    func testAPersonsJSONHasStableKeysWithNullsAndALowercaseUUID() throws {
        let person = Person(
            id: UUID(uuidString: "2A5EF4C4-3C5A-4F4B-81C1-3154A3C405FE")!, name: "Anna", municipality: "Zwolle")
        let json = String(decoding: try KennisbankJSON.encoder(pretty: false).encode(person), as: UTF8.self)
        XCTAssertEqual(
            json,
            #"{"email":null,"id":"2a5ef4c4-3c5a-4f4b-81c1-3154a3c405fe","municipality":"Zwolle","name":"Anna","phone":null,"role":null}"#
        )
        XCTAssertEqual(try JSONDecoder().decode(Person.self, from: Data(json.utf8)), person)
    }
}
