import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// Issue 16: `/mensen` and `/mensen/{uuid}` show the network's people — and their e-mail address
/// and phone number only to a reader who is signed in.
final class PeoplePagesTests: XCTestCase {
    func testThePeoplePageGroupsEveryoneByMunicipalityWithoutContactDetails() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let response = try await client.execute(uri: "/mensen", method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            XCTAssertTrue(html.contains("<h1>Mensen in het netwerk</h1>"), html)
            XCTAssertTrue(html.contains("<h2><a href=\"/gemeenten/Deventer\">Deventer</a></h2>"), html)
            XCTAssertTrue(
                html.contains(
                    "<a href=\"\(PeopleFixture.path(network.anna))\">Anna de Vries</a> <span class=\"meta\">Beleidsadviseur wonen</span>"
                ), html)
            // Deventer before Zwolle, Piet under Deventer.
            let deventer = try XCTUnwrap(html.range(of: ">Deventer</a></h2>"))
            let piet = try XCTUnwrap(html.range(of: ">Piet Jansen</a>"))
            let zwolle = try XCTUnwrap(html.range(of: ">Zwolle</a></h2>"))
            XCTAssertTrue(deventer.lowerBound < piet.lowerBound && piet.lowerBound < zwolle.lowerBound)
            XCTAssertTrue(html.contains("<p class=\"summary\">2 mensen</p>"), html)
            XCTAssertTrue(html.contains("<a href=\"/mensen\">Mensen</a>"), "the navigation links here")
            XCTAssertFalse(html.contains(PeopleFixture.email), html)
            XCTAssertFalse(html.contains("498 2000"), html)
        }
    }

    func testTheMunicipalityFilterShowsOnlyItsPeopleAndAnUnknownOneIsA400() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let zwolle = try await client.execute(uri: "/mensen?gemeente=zwolle", method: .get)
            XCTAssertEqual(zwolle.status, .ok)
            let html = PeopleFixture.html(zwolle)
            XCTAssertTrue(html.contains("<h1>Mensen van Zwolle</h1>"), html)
            XCTAssertTrue(html.contains(">Anna de Vries</a>"), html)
            XCTAssertFalse(html.contains(">Piet Jansen</a>"), html)
            XCTAssertTrue(html.contains("<option value=\"Zwolle\" selected>Zwolle</option>"), html)
            XCTAssertTrue(html.contains("<p class=\"summary\">1 persoon</p>"), html)

            let unknown = try await client.execute(uri: "/mensen?gemeente=Atlantis", method: .get)
            XCTAssertEqual(unknown.status, .badRequest)
            let page = PeopleFixture.html(unknown)
            XCTAssertTrue(page.contains("Atlantis"), page)
            XCTAssertTrue(page.contains("lang=\"nl\""), page)
        }
    }

    func testAPersonPageShowsWhoTheyAreWhatTheyAreTheContactOfAndWhereTheyCame() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let response = try await client.execute(uri: PeopleFixture.path(network.anna), method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            XCTAssertTrue(html.contains("<h1>Anna de Vries</h1>"), html)
            XCTAssertTrue(html.contains("<dd>Beleidsadviseur wonen</dd>"), html)
            XCTAssertTrue(html.contains("<dd><a href=\"/gemeenten/Zwolle\">Zwolle</a></dd>"), html)
            XCTAssertTrue(
                html.contains(
                    "<a href=\"/kennis/\(network.tip.uuid.uuidString.lowercased())\">Begin met een buurtgesprek</a>"),
                html)
            // The meetings, newest first, with the day in Dutch.
            let autumn = try XCTUnwrap(
                html.range(of: "<a href=\"/bijeenkomsten/\(network.autumn.id)\">Najaarsbijeenkomst</a>"))
            let may = try XCTUnwrap(
                html.range(of: "<a href=\"/bijeenkomsten/\(network.may2015.id)\">Bijeenkomst netwerk</a>"))
            XCTAssertTrue(autumn.lowerBound < may.lowerBound)
            XCTAssertTrue(html.contains("<time datetime=\"2015-05-21\">21 mei 2015</time>"), html)
            // The visit.
            XCTAssertTrue(html.contains("3 maart 2016: <a href=\"/gemeenten/Zwolle\">Zwolle</a> → "), html)
            XCTAssertTrue(html.contains("gepland"), html)
            // No personal data for an anonymous reader, and a word on why.
            XCTAssertFalse(html.contains(PeopleFixture.email), html)
            XCTAssertFalse(html.contains("498 2000"), html)
            XCTAssertTrue(html.contains("Het e-mailadres en telefoonnummer ziet u na aanmelden."), html)
        }
    }

    func testASignedInReaderSeesTheEmailAddressAndPhoneNumberByTokenAndBySession() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let byToken = try await client.execute(
                uri: PeopleFixture.path(network.anna), method: .get, headers: network.signedIn)
            let html = PeopleFixture.html(byToken)
            XCTAssertTrue(html.contains("<a href=\"mailto:anna@zwolle.nl\">anna@zwolle.nl</a>"), html)
            XCTAssertTrue(html.contains("<a href=\"tel:0384982000\">038 498 2000</a>"), html)
            XCTAssertFalse(html.contains("ziet u na aanmelden"), html)

            let signIn = try await AccountsWebTests.signIn(client, "Lezer", password: PeopleFixture.password)
            let cookie = try XCTUnwrap(AccountsWebTests.sessionCookie(signIn))
            let bySession = try await client.execute(
                uri: PeopleFixture.path(network.anna), method: .get, headers: [.cookie: cookie])
            XCTAssertTrue(PeopleFixture.html(bySession).contains("mailto:anna@zwolle.nl"))
        }
    }

    func testAnUnknownPersonOrAPathThatIsNoUUIDIsTheDutch404Page() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            for uri in ["/mensen/" + UUID().uuidString.lowercased(), "/mensen/anna", "/mensen/12"] {
                let response = try await client.execute(uri: uri, method: .get)
                XCTAssertEqual(response.status, .notFound, uri)
                let html = PeopleFixture.html(response)
                XCTAssertTrue(html.contains("lang=\"nl\""), uri)
                XCTAssertFalse(html.contains("SELECT"), uri)
            }
        }
    }

    func testTheEntryAndMunicipalityPagesLinkToThePeopleAndMeetings() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let entry = try await client.execute(
                uri: "/kennis/" + network.tip.uuid.uuidString.lowercased(), method: .get)
            XCTAssertTrue(
                PeopleFixture.html(entry).contains(
                    "<li><a href=\"\(PeopleFixture.path(network.anna))\">Anna de Vries</a>, Beleidsadviseur wonen (Zwolle)</li>"
                ), PeopleFixture.html(entry))

            XCTAssertTrue(
                PeopleFixture.html(entry).contains(
                    "<dt>Uit de bijeenkomst</dt>\n  <dd><ul class=\"contacts\"><li><a href=\"/bijeenkomsten/\(network.may2015.id)\">Bijeenkomst netwerk</a>, <time datetime=\"2015-05-21\">21 mei 2015</time></li></ul></dd>"
                ), PeopleFixture.html(entry))

            let zwolle = try await client.execute(uri: "/gemeenten/GM0193", method: .get)
            XCTAssertEqual(zwolle.status, .ok)
            let html = PeopleFixture.html(zwolle)
            XCTAssertTrue(html.contains("<h2>Mensen van deze gemeente</h2>"), html)
            XCTAssertTrue(html.contains("<a href=\"\(PeopleFixture.path(network.anna))\">Anna de Vries</a>"), html)
            XCTAssertFalse(html.contains(">Piet Jansen</a>"), html)
            XCTAssertTrue(html.contains("<a href=\"/mensen?gemeente=Zwolle\">"), html)
            XCTAssertTrue(html.contains("<h2>Bijeenkomsten in deze gemeente</h2>"), html)
            XCTAssertTrue(
                html.contains("<a href=\"/bijeenkomsten/\(network.may2015.id)\">Bijeenkomst netwerk</a>"), html)
            XCTAssertFalse(html.contains("Najaarsbijeenkomst"), "hosted by Deventer")
        }
    }

    func testThePagesSpeakEnglishOnRequest() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let people = PeopleFixture.html(try await client.execute(uri: "/mensen?taal=en", method: .get))
            XCTAssertTrue(people.contains("<h1>People of the network</h1>"), people)
            let person = PeopleFixture.html(
                try await client.execute(uri: PeopleFixture.path(network.anna) + "?taal=en", method: .get))
            XCTAssertTrue(person.contains("21 May 2015"), person)
            XCTAssertTrue(person.contains("Contact person for"), person)
        }
    }
}
