import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// A small network for the people and meeting pages (issue 16): Anna de Vries of Zwolle (with
/// e-mail address and phone number) and Piet Jansen of Deventer; a tip naming Anna as its
/// contact; the meeting of 21 May 2015 in Zwolle that both attended and the tip came out of; a
/// later meeting only Anna attended; a visit of Anna from Zwolle to Deventer; and a reader's
/// API token.
struct PeopleFixture {
    let knowledgeBase: KnowledgeBase
    let anna: Person
    let piet: Person
    let tip: Entry
    let may2015: Meeting
    let autumn: Meeting
    let token: String

    static let email = "anna@zwolle.nl"
    static let phone = "038 498 2000"
    static let password = "een lang wachtwoord"

    init() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
        anna = try knowledgeBase.addPerson(
            name: "Anna de Vries", municipality: "Zwolle", role: "Beleidsadviseur wonen", email: Self.email,
            phone: Self.phone)
        piet = try knowledgeBase.addPerson(name: "Piet Jansen", municipality: "Deventer", role: "Wijkregisseur")
        tip = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Begin met een buurtgesprek", body: "Bel Anna.", contacts: [anna.id]))
        let zwolle = try knowledgeBase.municipality("Zwolle")
        let deventer = try knowledgeBase.municipality("Deventer")
        may2015 = try knowledgeBase.addMeeting(
            date: Day(year: 2015, month: 5, day: 21)!, title: "Bijeenkomst netwerk", host: zwolle.id,
            theme: "Bottom-up", author: nil)
        try knowledgeBase.attend(may2015.id, people: ["Anna de Vries", "Piet Jansen"], author: nil)
        try knowledgeBase.linkEntries([tip.id], to: may2015.id, author: nil)
        autumn = try knowledgeBase.addMeeting(
            date: Day(year: 2015, month: 11, day: 12)!, title: "Najaarsbijeenkomst", host: deventer.id, author: nil)
        try knowledgeBase.attend(autumn.id, people: ["Anna de Vries"], author: nil)
        try knowledgeBase.addVisit(
            from: zwolle.id, to: deventer.id, date: Day(year: 2016, month: 3, day: 3)!, people: ["Anna de Vries"])
        _ = try knowledgeBase.addAccount(
            name: "Lezer", role: .reader, password: Self.password, cost: Account.minimumPasswordCost)
        token = try knowledgeBase.newToken(for: "Lezer")
    }

    /// The site, open to read for everyone.
    func app() throws -> some ApplicationProtocol {
        try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true)).application()
    }

    /// The headers of a request signed in with the reader's token.
    var signedIn: HTTPFields { [.authorization: "Bearer " + token] }

    static func path(_ person: Person) -> String { "/mensen/" + person.id.uuidString.lowercased() }

    static func html(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body))
    }
}
