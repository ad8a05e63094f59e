import Foundation
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// A small network, built by hand, for the pages and the API of the conditions for success and
/// the visits (issue 16):
/// - Almelo has an obstacle on vacancy; Enschede an example linked to it (with Eva Ensink as
///   contact, who has an e-mail address and a phone number); Hengelo two tips on the same topic.
/// - Almelo assessed condition 1 present (2026-01-10), then partly (2026-03-01, "Wethouder weg");
///   3 absent and 5 partly. Borne has 3 present; Enschede 1 present.
/// - Two visits: Almelo → Enschede on 1 October 2026, done, with Eva, linked to the example;
///   Almelo → Borne on 1 December 2026, planned.
///
/// So `kb visits suggest --municipality Almelo` ranks Enschede (1 linked, 1 condition), Borne
/// (1 condition), Hengelo (2 same topic).
struct NetworkFixture {
    let knowledgeBase: KnowledgeBase
    let obstacle: Entry
    let example: Entry
    let eva: Person
    let enschedeVisit: Visit
    let borneVisit: Visit

    static let email = "eva.ensink@enschede.example"
    static let phone = "053 481 1234"

    init(knowledgeBase: KnowledgeBase? = nil) throws {
        let knowledgeBase = try knowledgeBase ?? KnowledgeBase.inMemory()
        self.knowledgeBase = knowledgeBase
        func id(_ name: String) throws -> Municipality.ID { try knowledgeBase.municipality(name).id }
        eva = try knowledgeBase.addPerson(
            name: "Eva Ensink", municipality: "Enschede", role: "wethouder wonen", email: Self.email, phone: Self.phone)
        obstacle = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Leegstand in het centrum", municipality: try id("Almelo"),
                topics: ["Leegstand"]))
        example = try knowledgeBase.add(
            NewEntry(
                kind: .example, title: "Pop-upwinkels in lege panden", municipality: try id("Enschede"),
                topics: ["Leegstand"], addresses: [obstacle.id], contacts: [eva.id]))
        for title in ["Atelier in een leeg pand", "Tijdelijke verhuur aan starters"] {
            try knowledgeBase.add(
                NewEntry(kind: .tip, title: title, municipality: try id("Hengelo"), topics: ["Leegstand"]))
        }
        let author = Author("Cora")
        func assess(_ name: String, _ number: Int, _ state: ConditionState, _ date: String, _ note: String? = nil)
            throws
        {
            try knowledgeBase.assessCondition(
                number, municipality: try id(name), state: state, note: note, date: Day(iso: date)!, author: author)
        }
        try assess("Almelo", 1, .present, "2026-01-10")
        try assess("Almelo", 1, .partly, "2026-03-01", "Wethouder weg")
        try assess("Almelo", 3, .absent, "2026-01-10")
        try assess("Almelo", 5, .partly, "2026-01-10")
        try assess("Borne", 3, .present, "2026-02-01")
        try assess("Enschede", 1, .present, "2026-02-01")
        enschedeVisit = try knowledgeBase.linkVisit(
            try knowledgeBase.addVisit(
                from: try id("Almelo"), to: try id("Enschede"), date: Day(iso: "2026-10-01")!, status: .done,
                notes: "Rondleiding langs de pop-upwinkels.", people: ["Eva Ensink"], author: author
            ).id.description, entries: [example.uuid.uuidString])
        borneVisit = try knowledgeBase.addVisit(
            from: try id("Almelo"), to: try id("Borne"), date: Day(iso: "2026-12-01")!, author: author)
    }

    /// The site, readable without signing in.
    func app() throws -> some ApplicationProtocol {
        try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true)).application()
    }

    /// The CBS code of `name`.
    func code(_ name: String) throws -> String {
        try XCTUnwrap(try knowledgeBase.municipality(name).code)
    }

    /// Every match of the first group of `pattern` in `text`, in order.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
