import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// `kb visits suggest`: who can help (compare's evidence) combined with the conditions for
/// success, ranked by the strongest evidence first, with the people to call. On
/// ``EvidenceNetwork`` with assessments and contacts added by SQL; every number checked.
final class VisitSuggestionTests: XCTestCase {
    var network: EvidenceNetwork!
    var knowledgeBase: KnowledgeBase { network.knowledgeBase }

    override func setUpWithError() throws {
        network = try EvidenceNetwork()
    }

    /// Records `municipality`'s assessment of condition `number` on `date` (rows in insert order).
    func assess(_ municipality: String, _ number: Int, _ state: String, _ date: String) throws {
        let id = try knowledgeBase.municipality(municipality).id
        try knowledgeBase.write { db in
            try db.execute(
                literal: """
                    INSERT INTO condition_assessment (municipality_id, condition_id, state, date, recorded_at)
                    VALUES (\(id), (SELECT id FROM success_condition WHERE number = \(number)), \(state), \(date),
                            '2026-11-30T12:00:00.000Z')
                    """)
        }
    }

    /// Makes `person` a contact of `entry`.
    func contact(_ person: Person, of entry: Entry) throws {
        try knowledgeBase.write { db in
            try db.execute(
                literal: """
                    INSERT INTO entry_contact (entry_id, person_id, position)
                    VALUES (\(entry.id), (SELECT id FROM person WHERE uuid = \(person.id.uuidString.lowercased())), 0)
                    """)
        }
    }

    /// Almelo lacks conditions 3 (absent) and 5 (partly); 6 and 7 were lacking but their latest
    /// assessment (by date, then by id) is present. Borne has 3 and 5, Oldenzaal 3 (its 5 is
    /// absent now), Haaksbergen 3 only partly. Tubbergen has two same-topic tips only.
    func addConditionsAndTubbergen() throws {
        try assess("Almelo", 1, "present", "2026-01-10")
        try assess("Almelo", 3, "absent", "2026-01-10")
        try assess("Almelo", 5, "partly", "2026-01-10")
        try assess("Almelo", 7, "present", "2026-02-01")
        try assess("Almelo", 7, "absent", "2025-01-01")
        try assess("Almelo", 6, "absent", "2026-01-10")
        try assess("Almelo", 6, "present", "2026-01-10")
        try assess("Borne", 3, "present", "2026-03-01")
        try assess("Borne", 5, "present", "2026-03-01")
        try assess("Borne", 6, "absent", "2026-03-01")
        try assess("Oldenzaal", 3, "present", "2026-03-01")
        try assess("Oldenzaal", 5, "present", "2026-03-01")
        try assess("Oldenzaal", 5, "absent", "2026-04-01")
        try assess("Haaksbergen", 3, "partly", "2026-03-01")
        for title in ["Pop-upwinkel", "Atelier in leeg pand"] {
            try knowledgeBase.add(
                NewEntryText(kind: .tip, title: title, municipality: "Tubbergen", topics: ["Leegstand"]))
        }
    }

    func testEvidenceThenConditionsThenTopicMatchesEveryNumberChecked() throws {
        try addConditionsAndTubbergen()
        let result = try knowledgeBase.visitSuggestions(for: try knowledgeBase.municipality("Almelo").id, limit: 10)
        XCTAssertEqual(result.municipality, "Almelo")
        XCTAssertEqual(result.lacking.map(\.number), [3, 5], "6 and 7 are present by their latest assessment")
        XCTAssertEqual(result.lacking.map(\.state), [.absent, .partly])
        XCTAssertEqual(
            result.lacking.map(\.title), ["Onderling vertrouwen en gelijkwaardigheid", "Elkaar meenemen in het proces"])

        let suggestions = result.suggestions
        XCTAssertEqual(
            suggestions.map(\.municipality),
            ["Enschede", "Haaksbergen", "Losser", "Rijssen-Holten", "Borne", "Oldenzaal", "Tubbergen"])
        XCTAssertEqual(suggestions.map(\.rank), Array(1...7))
        XCTAssertEqual(
            suggestions.map(\.counts),
            [
                [.linked: 1], [.resolvedObstacle: 1], [.resolvedObstacle: 1], [.resolvedObstacle: 1],
                [.condition: 2, .sameTopic: 3], [.condition: 1], [.sameTopic: 2],
            ],
            "one condition (Oldenzaal) outranks any number of same-topic tips (Tubbergen); one resolved obstacle outranks conditions"
        )

        let enschede = suggestions[0]
        XCTAssertEqual(enschede.obstacles.map(\.obstacle.id), [network.vacancy.id])
        XCTAssertEqual(enschede.obstacles[0].counts, [.linked: 1])
        XCTAssertEqual(enschede.obstacles[0].evidence.map(\.entry.id), [network.enschedeTip.id])
        XCTAssertEqual(enschede.conditions, [])

        let losser = suggestions[2]
        XCTAssertEqual(losser.obstacles.map(\.obstacle.id), [network.upkeep.id])
        XCTAssertEqual(losser.obstacles[0].evidence.map(\.reason), [.resolvedObstacle])

        let borne = suggestions[4]
        XCTAssertEqual(borne.obstacles.map(\.obstacle.id), [network.vacancy.id])
        XCTAssertEqual(borne.obstacles[0].counts, [.sameTopic: 3])
        XCTAssertEqual(
            borne.conditions,
            [
                VisitSuggestion.ConditionGap(
                    number: 3, title: "Onderling vertrouwen en gelijkwaardigheid", state: .present,
                    date: try XCTUnwrap(Day(iso: "2026-03-01")), lacking: .absent),
                VisitSuggestion.ConditionGap(
                    number: 5, title: "Elkaar meenemen in het proces", state: .present,
                    date: try XCTUnwrap(Day(iso: "2026-03-01")), lacking: .partly),
            ])

        let oldenzaal = suggestions[5]
        XCTAssertEqual(oldenzaal.obstacles, [], "its resolved obstacle merely shares a topic")
        XCTAssertEqual(oldenzaal.conditions.map(\.number), [3], "its 5 is absent since 2026-04-01")

        XCTAssertFalse(suggestions.contains { $0.municipality == "Almelo" })
        XCTAssertEqual(
            try knowledgeBase.visitSuggestions(for: try knowledgeBase.municipality("Almelo").id, limit: 2)
                .suggestions.map(\.municipality), ["Enschede", "Haaksbergen"])
    }

    func testContactsOfTheEntriesShownFirstThenTheOthers() throws {
        let anna = try knowledgeBase.addPerson(name: "Anna Bakker", municipality: "Enschede")
        let bram = try knowledgeBase.addPerson(
            name: "Bram Jansen", municipality: "Enschede", role: "Wethouder", email: "b.jansen@enschede.nl",
            phone: "053 481 8181")
        let carla = try knowledgeBase.addPerson(name: "Carla de Wit", municipality: "Borne")
        try knowledgeBase.addPerson(name: "Dirk Smit", municipality: "Almelo")
        try contact(bram, of: network.enschedeTip)
        let suggestions = try knowledgeBase.visitSuggestions(
            for: try knowledgeBase.municipality("Almelo").id, limit: 10
        ).suggestions
        let enschede = try XCTUnwrap(suggestions.first { $0.municipality == "Enschede" })
        XCTAssertEqual(enschede.contacts.map(\.person), [bram, anna], "the tip's contact first, then by name")
        XCTAssertEqual(enschede.contacts.map(\.entries), [[network.enschedeTip.id], []])
        XCTAssertEqual(enschede.contacts[0].person.email, "b.jansen@enschede.nl")
        XCTAssertEqual(try XCTUnwrap(suggestions.first { $0.municipality == "Borne" }).contacts.map(\.person), [carla])
        XCTAssertEqual(try XCTUnwrap(suggestions.first { $0.municipality == "Losser" }).contacts, [])
    }

    func testConditionsAloneSuggestVisitsForAMunicipalityWithoutObstacles() throws {
        try assess("Borne", 2, "absent", "2026-01-01")
        try assess("Losser", 2, "present", "2026-01-01")
        let result = try knowledgeBase.visitSuggestions(for: try knowledgeBase.municipality("Borne").id)
        XCTAssertEqual(result.suggestions.map(\.municipality), ["Losser"])
        XCTAssertEqual(result.suggestions[0].counts, [.condition: 1])
        XCTAssertEqual(
            try knowledgeBase.visitSuggestions(for: try knowledgeBase.municipality("Deventer").id).suggestions, [],
            "no obstacles, no assessments: nothing to suggest, and no error")
    }

    func testJSONKeys() throws {
        try addConditionsAndTubbergen()
        let result = try knowledgeBase.visitSuggestions(for: try knowledgeBase.municipality("Almelo").id, limit: 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: encoder.encode(result)) as? [String: Any])
        XCTAssertEqual(json.keys.sorted(), ["lacking", "municipality", "order", "suggestions"])
        XCTAssertEqual(
            json["order"] as? [String], ["linked", "resolved_obstacle", "condition", "same_topic", "similar_text"])
        let first = try XCTUnwrap((json["suggestions"] as? [[String: Any]])?.last)
        XCTAssertEqual(first.keys.sorted(), ["conditions", "contacts", "counts", "municipality", "obstacles", "rank"])
        XCTAssertEqual(first["counts"] as? [String: Int], ["condition": 2, "same_topic": 3])
        XCTAssertEqual(
            (first["conditions"] as? [[String: Any]])?.first?.keys.sorted(),
            ["date", "lacking", "number", "state", "title"])
        XCTAssertEqual(try JSONDecoder().decode(VisitSuggestions.self, from: encoder.encode(result)), result)
    }
}
