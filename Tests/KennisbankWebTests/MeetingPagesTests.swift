import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// Issue 16: `/bijeenkomsten`, one meeting, and `/bijeenkomsten/opkomst` for the coordinator.
final class MeetingPagesTests: XCTestCase {
    func testTheMeetingsPageListsThemNewestFirstWithDayHostThemeAndCounts() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let response = try await client.execute(uri: "/bijeenkomsten", method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            let autumn = try XCTUnwrap(html.range(of: ">Najaarsbijeenkomst</a>"))
            let may = try XCTUnwrap(html.range(of: ">Bijeenkomst netwerk</a>"))
            XCTAssertTrue(autumn.lowerBound < may.lowerBound, "newest first")
            XCTAssertTrue(
                html.contains(
                    "<time datetime=\"2015-05-21\">21 mei 2015</time> · <a href=\"/bijeenkomsten/\(network.may2015.id)\">Bijeenkomst netwerk</a>"
                ), html)
            XCTAssertTrue(
                html.contains("Gastgemeente: Zwolle · Thema: Bottom-up · 2 aanwezigen · 1 item</span>"), html)
            XCTAssertTrue(html.contains("Gastgemeente: Deventer · 1 aanwezige · 0 items</span>"), html)
            XCTAssertTrue(html.contains("<a href=\"/bijeenkomsten/opkomst\">"), html)
        }
    }

    func testAMeetingPageShowsWhoCameFromWhereAndWhatCameOutOfIt() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let response = try await client.execute(uri: "/bijeenkomsten/\(network.may2015.id)", method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            XCTAssertTrue(html.contains("<h1>Bijeenkomst netwerk</h1>"), html)
            XCTAssertTrue(html.contains("<dd><a href=\"/gemeenten/Zwolle\">Zwolle</a></dd>"), html)
            XCTAssertTrue(html.contains("<p>2 aanwezigen, uit 2 gemeenten.</p>"), html)
            let deventer = try XCTUnwrap(html.range(of: "<h3><a href=\"/gemeenten/Deventer\">Deventer</a></h3>"))
            let piet = try XCTUnwrap(
                html.range(of: "<a href=\"\(PeopleFixture.path(network.piet))\">Piet Jansen</a>"))
            let zwolle = try XCTUnwrap(html.range(of: "<h3><a href=\"/gemeenten/Zwolle\">Zwolle</a></h3>"))
            XCTAssertTrue(deventer.lowerBound < piet.lowerBound && piet.lowerBound < zwolle.lowerBound)
            XCTAssertTrue(html.contains("<p>1 item kwam uit deze bijeenkomst voort.</p>"), html)
            XCTAssertTrue(html.contains("<h2>Tips <span class=\"meta\">(1 item)</span></h2>"), html)
            XCTAssertTrue(
                html.contains(
                    "<a href=\"/kennis/\(network.tip.uuid.uuidString.lowercased())\">Begin met een buurtgesprek</a>"),
                html)
            XCTAssertFalse(html.contains(PeopleFixture.email), html)
        }
    }

    func testAnUnknownMeetingIsTheDutch404Page() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            for uri in ["/bijeenkomsten/999", "/bijeenkomsten/abc", "/bijeenkomsten/-1"] {
                let response = try await client.execute(uri: uri, method: .get)
                XCTAssertEqual(response.status, .notFound, uri)
                XCTAssertTrue(PeopleFixture.html(response).contains("lang=\"nl\""), uri)
            }
        }
    }

    func testAttendanceShowsWhoCameMostAndWhomWeDoNotSeeAnyMore() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let response = try await client.execute(uri: "/bijeenkomsten/opkomst?laatste=1", method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            XCTAssertTrue(html.contains("<h2>Wie het vaakst kwam (van 2 bijeenkomsten)</h2>"), html)
            XCTAssertTrue(
                html.contains(
                    "<a href=\"\(PeopleFixture.path(network.anna))\">Anna de Vries</a> <span class=\"meta\">Zwolle · 2 keer, laatst gezien op 12 november 2015</span>"
                ), html)
            XCTAssertTrue(html.contains("<h2>Niet gezien op de laatste bijeenkomst</h2>"), html)
            XCTAssertTrue(
                html.contains(
                    "<a href=\"\(PeopleFixture.path(network.piet))\">Piet Jansen</a> <span class=\"meta\">Deventer · 1 keer, laatst gezien op 21 mei 2015</span>"
                ), html)
            XCTAssertTrue(html.contains("value=\"1\""), "the form keeps what was asked")

            // Since May 2015 both came to one of the meetings looked at.
            let since = PeopleFixture.html(
                try await client.execute(uri: "/bijeenkomsten/opkomst?sinds=21-05-2015", method: .get))
            XCTAssertTrue(since.contains("<h2>Niet gezien op de bijeenkomsten sinds 21 mei 2015</h2>"), since)
            XCTAssertTrue(since.contains("<p>Iedereen was er.</p>"), since)

            // By default: the last 3 meetings, so nobody is missed.
            let standard = PeopleFixture.html(try await client.execute(uri: "/bijeenkomsten/opkomst", method: .get))
            XCTAssertTrue(standard.contains("Niet gezien op de laatste 3 bijeenkomsten"), standard)
        }
    }

    func testAttendanceWithoutPeopleSaysSoInsteadOfEveryoneCame() async throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.loadSample()
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/bijeenkomsten/opkomst", method: .get)
            XCTAssertEqual(response.status, .ok)
            let html = PeopleFixture.html(response)
            XCTAssertTrue(html.contains("<p>Er staan nog geen mensen in de kennisbank.</p>"), html)
            XCTAssertFalse(html.contains("Iedereen was er."), html)
        }
    }

    func testAttendanceRefusesParametersThatAreNotOneWithA400() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            for query in ["laatste=0", "laatste=drie", "laatste=-2", "sinds=gisteren", "sinds=2015-13-40"] {
                let response = try await client.execute(uri: "/bijeenkomsten/opkomst?" + query, method: .get)
                XCTAssertEqual(response.status, .badRequest, query)
                let html = PeopleFixture.html(response)
                XCTAssertTrue(html.contains("lang=\"nl\""), query)
                let value = String(query.split(separator: "=")[1])
                XCTAssertTrue(html.contains(value), "\(query): the page names what was wrong")
            }
        }
    }

    func testASignedInReaderSeesContactDetailsOnTheMeetingPageOnly() async throws {
        let network = try PeopleFixture()
        try await network.app().test(.router) { client in
            let html = PeopleFixture.html(
                try await client.execute(
                    uri: "/bijeenkomsten/\(network.may2015.id)", method: .get, headers: network.signedIn))
            // The meeting page lists names; the person page is where the details are.
            XCTAssertTrue(html.contains(">Anna de Vries</a>"), html)
            XCTAssertFalse(html.contains(PeopleFixture.email), html)
        }
    }
}
