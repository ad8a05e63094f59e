import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankWeb
import XCTest

/// Issue 16 on the site: `/voorwaarden` (the matrix), `/voorwaarden/{gemeente}` (the history),
/// `/bezoeken`, `/bezoeken/{id}` and `/bezoeken/voorstel` — their content on ``NetworkFixture``,
/// never an e-mail address or a phone number, and the Dutch 404 and 400 pages.
final class NetworkPagesTests: XCTestCase {
    static func page(_ client: some TestClientProtocol, _ uri: String, status: HTTPResponse.Status = .ok) async throws
        -> String
    {
        let response = try await client.execute(uri: uri, method: .get)
        XCTAssertEqual(response.status, status, uri)
        let html = String(buffer: response.body)
        XCTAssertFalse(html.contains(NetworkFixture.email), uri)
        XCTAssertFalse(html.contains(NetworkFixture.phone), uri)
        XCTAssertFalse(html.contains("481 1234"), uri)
        return html
    }

    func testTheMatrixShowsEachMunicipalitysLatestStateAndTheCountsPerCondition() async throws {
        let network = try NetworkFixture()
        try await network.app().test(.router) { client in
            let html = try await Self.page(client, "/voorwaarden")
            XCTAssertTrue(html.contains("<h1>Voorwaarden voor succes</h1>"), html)
            XCTAssertEqual(
                try NetworkFixture.matches(#"<ol class="conditions">.*?<li value="(\d+)">"#, in: html), ["1"])
            XCTAssertEqual(try NetworkFixture.matches(#"<li value="(\d+)">"#, in: html).count, 7)
            XCTAssertEqual(
                try NetworkFixture.matches(#"<th scope="row"><a href="/voorwaarden/[^"]+">([^<]+)</a>"#, in: html),
                ["Almelo", "Borne", "Enschede"], "the municipalities that assessed themselves, by name")
            func row(_ name: String) throws -> [String] {
                let code = try network.code(name)
                return try NetworkFixture.matches(
                    #"<a href="/voorwaarden/\#(code)">\#(name)</a></th>(.*?)</tr>"#, in: html
                ).flatMap { try NetworkFixture.matches(#"<td class="state-(\w+)""#, in: $0) }
            }
            let unknown = Array(repeating: "unknown", count: 2)
            XCTAssertEqual(
                try row("Almelo"), ["partly", "unknown", "absent", "unknown", "partly"] + unknown,
                "condition 1: the later assessment (partly) wins")
            XCTAssertEqual(try row("Borne"), ["unknown", "unknown", "present"] + Array(repeating: "unknown", count: 4))
            XCTAssertEqual(try row("Enschede"), ["present"] + Array(repeating: "unknown", count: 6))
            XCTAssertTrue(html.contains("Almelo · 1. "), "a cell says what it means")
            XCTAssertTrue(html.contains(": deels (01-03-2026) — Wethouder weg\""), html)
            let totals = try NetworkFixture.matches(#"<tfoot>(.*?)</tfoot>"#, in: html).joined()
            let counts = try NetworkFixture.matches(#"<tr>(.*?)</tr>"#, in: totals).map {
                try NetworkFixture.matches(#"<td class="heat-sum">(\d+)</td>"#, in: $0).map { Int($0)! }
            }
            XCTAssertEqual(
                counts,
                [
                    [1, 0, 1, 0, 0, 0, 0],  // present
                    [1, 0, 0, 0, 1, 0, 0],  // partly
                    [0, 0, 1, 0, 0, 0, 0],  // absent
                    [1, 3, 1, 3, 2, 3, 3],  // not assessed
                ])
            XCTAssertTrue(html.contains("3 gemeenten hebben zich beoordeeld"), html)
            XCTAssertTrue(html.contains("<a href=\"/voorwaarden\">Voorwaarden</a>"), "the navigation")
            XCTAssertFalse(html.contains("/voorwaarden/beoordelen"), "no form for a visitor")
        }
    }

    func testAMunicipalitysPageShowsItsHistoryNewestFirst() async throws {
        let network = try NetworkFixture()
        let code = try network.code("Almelo")
        try await network.app().test(.router) { client in
            let byName = try await client.execute(uri: "/voorwaarden/almelo", method: .get)
            XCTAssertEqual(byName.status, .seeOther)
            XCTAssertEqual(byName.headers[.location], "/voorwaarden/" + code)
            let html = try await Self.page(client, "/voorwaarden/" + code)
            XCTAssertTrue(html.contains("<h1>Almelo: Voorwaarden voor succes</h1>"), html)
            let sections = try NetworkFixture.matches(#"<section class="condition">(.*?)</section>"#, in: html)
            XCTAssertEqual(sections.count, 7)
            let first = try NetworkFixture.matches(#"<tr><td>([^<]+)</td>"#, in: sections[0])
            XCTAssertEqual(first, ["01-03-2026", "10-01-2026"], "newest first")
            XCTAssertEqual(
                try NetworkFixture.matches(#"</span> (\w+)</td><td>"#, in: sections[0]), ["deels", "aanwezig"])
            XCTAssertTrue(sections[0].contains("<td>Wethouder weg</td>"))
            XCTAssertTrue(sections[0].contains("Nu: deels"), sections[0])
            XCTAssertTrue(sections[1].contains("Nu: niet beoordeeld"), sections[1])
            XCTAssertFalse(sections[1].contains("<table"), "no history, no table")
            XCTAssertTrue(html.contains("/bezoeken/voorstel?gemeente=" + code))

            let none = try await Self.page(client, "/voorwaarden/" + (try network.code("Zwolle")))
            XCTAssertTrue(none.contains("Zwolle heeft de voorwaarden nog niet beoordeeld."), none)
        }
    }

    func testTheSuggestionRanksAsKbVisitsSuggestAndNamesPeopleByNameAndRoleOnly() async throws {
        let network = try NetworkFixture()
        let almelo = try network.knowledgeBase.municipality("Almelo")
        let expected = try network.knowledgeBase.visitSuggestions(for: almelo.id)
        XCTAssertEqual(expected.suggestions.map(\.municipality), ["Enschede", "Borne", "Hengelo (O.)"])
        try await network.app().test(.router) { client in
            let municipalityPage = try await Self.page(client, "/gemeenten/" + almelo.code!)
            XCTAssertTrue(
                municipalityPage.contains(
                    "<a href=\"/bezoeken/voorstel?gemeente=\(almelo.code!)\">Bij wie op bezoek?</a>"),
                municipalityPage)
            let empty = try await Self.page(client, "/bezoeken/voorstel")
            XCTAssertTrue(empty.contains("<form class=\"choose\" action=\"/bezoeken/voorstel\""))
            XCTAssertFalse(empty.contains("id=\"voorstel\""))

            let html = try await Self.page(client, "/bezoeken/voorstel?gemeente=" + almelo.code!)
            XCTAssertTrue(html.contains("Een bezoek waard voor Almelo · 3 voorstellen"), html)
            XCTAssertEqual(
                try NetworkFixture.matches(#"<li class="suggestion">\s*<h3><a href="[^"]+">([^<]+)</a>"#, in: html),
                ["Enschede", "Borne", "Hengelo (O.)"])
            let items = try NetworkFixture.matches(
                #"<li class="suggestion">(.*?)</li>\s*(?=<li class="suggestion">|</ol>)"#, in: html)
            XCTAssertEqual(items.count, 3)
            XCTAssertTrue(items[0].contains("(1 gekoppeld, 1 voorwaarde)"), items[0])
            XCTAssertTrue(items[0].contains("Pop-upwinkels in lege panden"), items[0])
            XCTAssertTrue(items[0].contains("<li>Eva Ensink, wethouder wonen</li>"), items[0])
            XCTAssertTrue(items[1].contains("(1 voorwaarde)"), items[1])
            XCTAssertTrue(
                items[1].contains(
                    "3 Onderling vertrouwen en gelijkwaardigheid (aanwezig sinds 01-02-2026; hier afwezig)"),
                items[1])
            XCTAssertTrue(items[1].contains("nog niemand bekend in Borne."), items[1])
            XCTAssertTrue(items[2].contains("(2 zelfde thema)"), items[2])
            XCTAssertTrue(html.contains("Almelo mist: 1 "), html)

            let english = try await Self.page(client, "/bezoeken/voorstel?gemeente=Almelo&taal=en")
            XCTAssertTrue(english.contains("Whom to visit?"), english)
        }
    }

    func testTheVisitsNewestFirstAndOneVisitInFull() async throws {
        let network = try NetworkFixture()
        try await network.app().test(.router) { client in
            let list = try await Self.page(client, "/bezoeken")
            XCTAssertEqual(
                try NetworkFixture.matches(#"<li><a href="/bezoeken/(\d+)">"#, in: list),
                [network.borneVisit.id.description, network.enschedeVisit.id.description], "newest first")
            XCTAssertTrue(list.contains("Almelo → Borne</a> <span class=\"status planned\">gepland</span>"), list)
            XCTAssertTrue(list.contains("01-10-2026 · Eva Ensink · leidde tot 1 item"), list)
            XCTAssertTrue(list.contains("01-12-2026</span>"), "nothing said of what a visit did not lead to")

            let html = try await Self.page(client, "/bezoeken/" + network.enschedeVisit.id.description)
            XCTAssertTrue(html.contains("Bezoek #\(network.enschedeVisit.id): Almelo → Enschede"), html)
            XCTAssertTrue(html.contains("<span class=\"status done\">gedaan</span>"), html)
            XCTAssertTrue(html.contains("<li>Eva Ensink, wethouder wonen (Enschede)</li>"), html)
            XCTAssertTrue(html.contains("Rondleiding langs de pop-upwinkels."), html)
            XCTAssertTrue(
                html.contains("<a href=\"/kennis/\(network.example.uuid.uuidString.lowercased())\">Pop-upwinkels"), html
            )

            let planned = try await Self.page(client, "/bezoeken/" + network.borneVisit.id.description)
            XCTAssertTrue(planned.contains("niemand genoemd"), planned)
            XCTAssertTrue(planned.contains("Nog niets gekoppeld."), planned)
        }
    }

    func testUnknownThingsAreTheDutch404AndBadParametersA400() async throws {
        let network = try NetworkFixture()
        try await network.app().test(.router) { client in
            for uri in [
                "/bezoeken/999", "/bezoeken/abc", "/bezoeken/" + network.enschedeVisit.uuid.uuidString,
                "/voorwaarden/Atlantis", "/bezoeken/voorstel?gemeente=Atlantis",
            ] {
                let html = try await Self.page(client, uri, status: .notFound)
                XCTAssertTrue(html.contains("lang=\"nl\""), uri)
                XCTAssertTrue(
                    html.contains("<h1>Niet gevonden</h1>") || html.contains("<h1>Pagina niet gevonden</h1>"),
                    "\(uri): \(html)")
            }
            for limit in ["0", "nul", "51"] {
                let html = try await Self.page(
                    client, "/bezoeken/voorstel?gemeente=Almelo&aantal=" + limit, status: .badRequest)
                XCTAssertTrue(html.contains("De waarde “\(limit)” past niet bij “aantal”."), html)
            }
        }
    }

    func testWhatPeopleWroteIsEscapedOnEveryNetworkPage() async throws {
        let network = try NetworkFixture()
        let hostile = ReadingPagesTests.hostileTitle
        let almelo = try network.knowledgeBase.municipality("Almelo")
        try network.knowledgeBase.assessCondition(
            2, municipality: almelo.id, state: .absent, note: hostile, date: Day(iso: "2026-05-01")!, author: nil)
        let visit = try network.knowledgeBase.addVisit(
            from: almelo.id, to: try network.knowledgeBase.municipality("Borne").id, date: Day(iso: "2026-05-02")!,
            notes: hostile)
        try await network.app().test(.router) { client in
            for uri in ["/voorwaarden", "/voorwaarden/" + almelo.code!, "/bezoeken/\(visit.id)"] {
                let html = try await Self.page(client, uri)
                XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri): \(html)")
                ReadingPagesTests.assertNoLiveMarkup(html, uri)
            }
        }
    }
}
