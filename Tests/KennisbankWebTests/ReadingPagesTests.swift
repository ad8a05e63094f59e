import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import KennisbankWeb
import XCTest

/// The reading pages: the start page, search with filters and paging, an entry, its history,
/// municipalities, topics and the comparison — their status codes, content and escaping.
final class ReadingPagesTests: XCTestCase {
    static let hostileTitle = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> wantrouwen"
    static let hostileTopic = "<script>alert(5)</script>\"><img onerror=alert(6)>"
    static let hostileMunicipality = "<script>alert(3)</script>\"><img src=x onerror=alert(4)>"
    static let hostileBody = """
        Zie [klik](javascript:alert(7)) en <a href=javascript:alert(8)>hier</a>.

        <script>alert(9)</script>

        Een [goede bron](https://example.org/bron) en ![beeld](data:image/svg+xml;base64,PHN2Zz4=).
        """

    struct Fixture {
        let knowledgeBase: KnowledgeBase
        let obstacle: Entry
        let example: Entry
        let hostile: Entry
        let hostileObstacle: Entry
    }

    /// Deventer's obstacle, addressed by an example from Zwolle; a network tip and an obstacle of a
    /// municipality whose title, body, topic and name are hostile HTML.
    func makeFixture() throws -> Fixture {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer").id
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let obstacle = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                body: "Bewoners wantrouwen de gemeente na een **mislukt** project.", municipality: deventer,
                topics: ["Vertrouwen"], source: "https://example.org/verslag", date: Day(year: 2024, month: 3, day: 5),
                status: .open), by: Author("Anna de Vries"))
        let example = try knowledgeBase.add(
            NewEntry(
                kind: .example, title: "Bewonerspanel herstelt vertrouwen", body: "Een panel per wijk.",
                municipality: zwolle, topics: ["Vertrouwen", "Participatie"], addresses: [obstacle.id]))
        try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Weinig vertrouwen in inspraak", body: "Inspraak voelt als schijn.",
                municipality: zwolle, topics: ["Vertrouwen"]))
        let hostile = try knowledgeBase.add(
            NewEntry(kind: .tip, title: Self.hostileTitle, body: Self.hostileBody, topics: [Self.hostileTopic]),
            allowingSimilarTopics: true)
        let evil = try knowledgeBase.addMunicipality(name: Self.hostileMunicipality, code: "GM9901")
        let hostileObstacle = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Obstakel " + Self.hostileTitle, body: Self.hostileBody, municipality: evil.id,
                topics: [Self.hostileTopic, "Vertrouwen"]), allowingSimilarTopics: true)
        return Fixture(
            knowledgeBase: knowledgeBase, obstacle: obstacle, example: example, hostile: hostile,
            hostileObstacle: hostileObstacle)
    }

    func get(
        _ app: some ApplicationProtocol, _ uri: String, _ check: @escaping @Sendable (TestResponse) throws -> Void
    ) async throws {
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in try check(response) }
        }
    }

    /// No hostile value comes back as markup: every `<script`, `<img` and `onerror=` is escaped.
    static func assertNoLiveMarkup(_ html: String, _ uri: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(html.contains("<script"), "\(uri): \(html)", file: file, line: line)
        XCTAssertFalse(html.contains("<img"), "\(uri): \(html)", file: file, line: line)
        XCTAssertFalse(html.contains("onerror=alert(2)>"), "\(uri): \(html)", file: file, line: line)
        XCTAssertFalse(
            html.contains("href=\"javascript"), "\(uri): a live javascript: link: \(html)", file: file, line: line)
        XCTAssertFalse(html.contains("<a href=javascript"), "\(uri): \(html)", file: file, line: line)
    }

    func testHostileValuesAreEscapedOnEveryPage() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let topicPath = "/onderwerpen/" + Self.segment(Self.hostileTopic)
        let uris = [
            "/", "/zoeken?q=wantrouwen", "/zoeken?q=obstakel&municipality=GM9901",
            "/kennis/" + fixture.hostile.uuid.uuidString.lowercased(),
            "/kennis/" + fixture.hostileObstacle.uuid.uuidString.lowercased(),
            "/kennis/" + fixture.hostile.uuid.uuidString.lowercased() + "/geschiedenis",
            "/gemeenten", "/gemeenten/GM9901", "/onderwerpen", topicPath,
            "/vergelijken?gemeente=GM9901&gemeente=Deventer", "/vergelijken?gemeente=GM9901",
        ]
        try await app.test(.router) { client in
            for uri in uris {
                try await client.execute(uri: uri, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, uri)
                    let html = String(buffer: response.body)
                    Self.assertNoLiveMarkup(html, uri)
                    XCTAssertTrue(
                        html.contains("&lt;script&gt;alert("), "\(uri) shows the hostile text escaped: \(html)")
                }
            }
        }
    }

    func testHomeListsTopicsAndTheMunicipalitiesWithMostEntries() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(
                html.contains("<a href=\"/onderwerpen/Vertrouwen\">Vertrouwen</a> <span class=\"meta\">(4)</span>"),
                html)
            XCTAssertTrue(
                html.contains("<a href=\"/gemeenten/GM0193\">Zwolle</a> <span class=\"meta\">(2)</span>"), html)
            XCTAssertTrue(html.contains("<a href=\"/gemeenten/GM0150\">Deventer</a>"), html)
            let zwolle = try XCTUnwrap(html.range(of: ">Zwolle<"))
            let deventer = try XCTUnwrap(html.range(of: ">Deventer<"))
            XCTAssertLessThan(zwolle.lowerBound, deventer.lowerBound, "most entries first")
        }
    }

    func testEntryPageShowsTheEntryInFull() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let uuid = fixture.obstacle.uuid.uuidString.lowercased()
        try await get(app, "/kennis/" + uuid) { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<h1>Wantrouwen tussen bewoners en gemeente</h1>"), html)
            XCTAssertTrue(html.contains("<strong>mislukt</strong>"), html)
            XCTAssertTrue(html.contains("<a href=\"/gemeenten/GM0150\">Deventer</a> (Overijssel)"), html)
            XCTAssertTrue(html.contains("<a href=\"/onderwerpen/Vertrouwen\">Vertrouwen</a>"), html)
            XCTAssertTrue(html.contains("<a href=\"https://example.org/verslag\" rel=\"nofollow noopener\">"), html)
            XCTAssertTrue(html.contains("05-03-2024"), html)
            XCTAssertTrue(html.contains(">open<"), html)
            XCTAssertTrue(html.contains("Aangepakt door"), html)
            XCTAssertTrue(
                html.contains("<a href=\"/kennis/\(fixture.example.uuid.uuidString.lowercased())\">Bewonerspanel"), html
            )
            XCTAssertTrue(html.contains("Laatst gewijzigd door <strong>Anna de Vries</strong>"), html)
            XCTAssertTrue(html.contains("<a href=\"/kennis/\(uuid)/geschiedenis\">"), html)
            XCTAssertTrue(html.contains("<a href=\"/kennis/\(uuid)\">/kennis/\(uuid)</a>"), html)
        }
        try await get(app, "/kennis/" + fixture.example.uuid.uuidString) { response in
            let html = String(buffer: response.body)
            XCTAssertEqual(response.status, .ok)
            XCTAssertTrue(html.contains("Dit item pakt deze struikelblokken aan"), html)
            XCTAssertTrue(html.contains("<a href=\"/kennis/\(uuid)\">Wantrouwen tussen"), html)
        }
    }

    func testEntryBodyIsRenderedSafely() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/kennis/" + fixture.hostile.uuid.uuidString) { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            Self.assertNoLiveMarkup(html, "entry")
            XCTAssertTrue(html.contains("Zie klik en &lt;a href=javascript:alert(8)&gt;hier&lt;/a&gt;."), html)
            XCTAssertTrue(html.contains("<p>&lt;script&gt;alert(9)&lt;/script&gt;</p>"), html)
            XCTAssertTrue(
                html.contains("<a href=\"https://example.org/bron\" rel=\"nofollow noopener\">goede bron</a>"), html)
            XCTAssertFalse(html.contains("data:image"), html)
        }
    }

    func testUnknownOrMalformedEntriesAreTheDutchNotFoundPage() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        for uri in [
            "/kennis/" + UUID().uuidString, "/kennis/geen-uuid", "/kennis/1", "/kennis/%3Cscript%3E",
            "/kennis/" + UUID().uuidString + "/geschiedenis", "/kennis/xyz/geschiedenis",
            "/kennis/" + String(fixture.obstacle.uuid.uuidString.prefix(8)),
        ] {
            try await get(app, uri) { response in
                XCTAssertEqual(response.status, .notFound, uri)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<html lang=\"nl\">"), uri)
                XCTAssertFalse(html.contains("<script"), uri)
            }
        }
    }

    func testHistoryPageListsVersionsWithWhoWhenAndWhat() async throws {
        let fixture = try makeFixture()
        let knowledgeBase = fixture.knowledgeBase
        try knowledgeBase.update(
            fixture.obstacle.id, with: EntryChanges(title: "Wantrouwen na een mislukt project"), by: Author("Bram"))
        let revisions = try knowledgeBase.history(of: fixture.obstacle.id)
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/kennis/\(fixture.obstacle.uuid.uuidString.lowercased())/geschiedenis") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Geschiedenis van “Wantrouwen na een mislukt project”"), html)
            XCTAssertTrue(html.contains("Versie 2</strong> · \(HumanTime.text(revisions[1].changedAt)) · Bram"), html)
            XCTAssertTrue(
                html.contains("Versie 1</strong> · \(HumanTime.text(revisions[0].changedAt)) · Anna de Vries"), html)
            XCTAssertTrue(html.contains("<p>gewijzigd: titel</p>"), html)
            XCTAssertTrue(html.contains("<p>toegevoegd</p>"), html)
            let newest = try XCTUnwrap(html.range(of: "Versie 2"))
            let oldest = try XCTUnwrap(html.range(of: "Versie 1"))
            XCTAssertLessThan(newest.lowerBound, oldest.lowerBound)
            XCTAssertFalse(html.contains("<button"), "no restore button before accounts exist")
        }
        try await get(app, "/kennis/\(fixture.obstacle.uuid.uuidString.lowercased())") { response in
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Laatst gewijzigd door <strong>Bram</strong>"), html)
        }
    }

    func testMunicipalityPageShowsItsEntriesWhoCanHelpAndWhoIsAlike() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/gemeenten/GM0150") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<h1>Deventer</h1>"), html)
            XCTAssertTrue(html.contains("Struikelblokken <span class=\"meta\">(1 item)</span>"), html)
            XCTAssertTrue(html.contains("Praktijkvoorbeelden <span class=\"meta\">(0 items)</span>"), html)
            XCTAssertTrue(html.contains("Wie kan Deventer helpen"), html)
            XCTAssertTrue(html.contains("<a href=\"/gemeenten/Zwolle\">Zwolle</a>"), html)
            XCTAssertTrue(html.contains("Bewonerspanel herstelt vertrouwen"), html)
            XCTAssertTrue(
                html.contains("<a href=\"/gemeenten/Zwolle\">Zwolle</a> <span class=\"meta\">1 gekoppeld</span>"),
                "what the order compares, not a score: \(html)")
            XCTAssertTrue(html.contains("1 gekoppeld; helpt bij 1 struikelblok"), html)
            XCTAssertTrue(html.contains("Gemeenten met vergelijkbare struikelblokken"), html)
        }
        try await get(app, "/gemeenten/GM0193") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Praktijkvoorbeelden <span class=\"meta\">(1 item)</span>"), html)
        }
        try await get(app, "/gemeenten") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(
                html.contains("<a href=\"/gemeenten/GM0193\">Zwolle</a> <span class=\"meta\">(2)</span>"), html)
            XCTAssertFalse(html.contains(">Amsterdam<"), "only municipalities with entries")
        }
    }

    func testAMunicipalityNameRedirectsToItsCodeAndUnknownOnesAreNotFound() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        for uri in ["/gemeenten/Deventer", "/gemeenten/deventer", "/gemeenten/0150", "/gemeenten/gm0150"] {
            try await get(app, uri) { response in
                XCTAssertEqual(response.status, .seeOther, uri)
                XCTAssertEqual(response.headers[.location], "/gemeenten/GM0150", uri)
            }
        }
        for uri in ["/gemeenten/Atlantis", "/gemeenten/GM9999", "/gemeenten/%3Cscript%3E"] {
            try await get(app, uri) { response in
                XCTAssertEqual(response.status, .notFound, uri)
                let html = String(buffer: response.body)
                XCTAssertTrue(html.contains("<html lang=\"nl\">"), uri)
                XCTAssertFalse(html.contains("<script"), uri)
            }
        }
    }

    func testTopicPagesListEverythingOnATopic() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/onderwerpen/Vertrouwen") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<h1>Thema: Vertrouwen</h1>"), html)
            XCTAssertTrue(html.contains("Struikelblokken <span class=\"meta\">(3 items)</span>"), html)
            XCTAssertTrue(
                html.contains(
                    "Wantrouwen tussen bewoners en gemeente</a> <span class=\"meta\">Deventer · 05-03-2024</span>"),
                html)
            XCTAssertTrue(
                html.contains("Bewonerspanel herstelt vertrouwen</a> <span class=\"meta\">Zwolle</span>"), html)
            XCTAssertFalse(html.contains("Tips <span"), "no empty group: \(html)")
        }
        try await get(app, "/onderwerpen/vertrouwen") { response in
            XCTAssertEqual(response.status, .seeOther)
            XCTAssertEqual(response.headers[.location], "/onderwerpen/Vertrouwen")
        }
        try await get(app, "/onderwerpen") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(
                html.contains("<a href=\"/onderwerpen/Participatie\">Participatie</a> <span class=\"meta\">(1)</span>"),
                html)
        }
        try await get(app, "/onderwerpen/Bestaat%20niet") { response in
            XCTAssertEqual(response.status, .notFound)
            XCTAssertTrue(String(buffer: response.body).contains("<html lang=\"nl\">"))
        }
    }

    func testComparisonPageShowsTheHeatMapAndWhoCanHelp() async throws {
        let fixture = try makeFixture()
        let knowledgeBase = fixture.knowledgeBase
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        let expected = try knowledgeBase.compare(
            EntrySelection(municipalities: ["Deventer", "Zwolle"]).resolve(in: knowledgeBase), help: nil, similar: 5)
        try await get(app, "/vergelijken?gemeente=Deventer&gemeente=Zwolle") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<table class=\"heat\">"), html)
            XCTAssertTrue(html.contains("<div class=\"scroll\""), html)
            for municipality in expected.comparison.municipalities {
                XCTAssertTrue(html.contains(">\(municipality.name)</a></th>"), html)
            }
            XCTAssertTrue(
                html.contains("<th scope=\"row\"><a href=\"/onderwerpen/Vertrouwen\">Vertrouwen</a></th>"), html)
            XCTAssertTrue(html.contains("<td class=\"heat-1\" title=\"1 struikelblok\">1</td>"), html)
            XCTAssertTrue(html.contains("<td class=\"heat-sum\" title=\"2 struikelblokken\">2</td>"), html)
            XCTAssertFalse(html.contains("style="), "no inline style: \(html)")
            XCTAssertTrue(html.contains("value=\"Deventer\""), html)
            XCTAssertTrue(html.contains("Bij alle gekozen gemeenten:</strong> Vertrouwen"), html)
            let score = Catalog(.dutch).decimal(try XCTUnwrap(expected.similar?.first).score)
            XCTAssertTrue(score.contains(","), score)
            XCTAssertTrue(html.contains("gelijkenis \(score) · "), "a Dutch decimal comma: \(html)")
        }
        try await get(app, "/vergelijken?gemeente=Deventer") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Wie kan Deventer helpen"), html)
        }
        try await get(app, "/vergelijken") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<label for=\"gemeente-1\">Gemeente 1</label>"), html)
            XCTAssertFalse(html.contains("<table"), html)
        }
        try await get(app, "/vergelijken?gemeente=Atlantis") { response in
            XCTAssertEqual(response.status, .notFound)
        }
    }

    func testSearchPageFiltersPagesAndExplainsTheFallback() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await get(app, "/zoeken?q=vertrouwen&kind=example") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Bewonerspanel herstelt vertrouwen"), html)
            XCTAssertFalse(html.contains("Weinig vertrouwen in inspraak"), html)
            XCTAssertTrue(html.contains("<option value=\"example\" selected>"), html)
            XCTAssertTrue(html.contains("<details class=\"filters\" open>"), html)
        }
        try await get(app, "/zoeken?q=vertrouwen&municipality=Zwolle&limit=1") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Resultaat 1 tot en met 1 van 2"), html)
            XCTAssertTrue(
                html.contains(
                    "<a rel=\"next\" href=\"/zoeken?q=vertrouwen&amp;municipality=Zwolle&amp;limit=1&amp;offset=1\">"),
                html)
            XCTAssertFalse(html.contains("rel=\"prev\""), html)
        }
        try await get(app, "/zoeken?q=vertrouwen&municipality=Zwolle&limit=1&offset=1") { response in
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Resultaat 2 tot en met 2 van 2"), html)
            XCTAssertTrue(html.contains("<ol class=\"hits\" start=\"2\">"), html)
            XCTAssertTrue(
                html.contains("<a rel=\"prev\" href=\"/zoeken?q=vertrouwen&amp;municipality=Zwolle&amp;limit=1\">"),
                html)
            XCTAssertFalse(html.contains("rel=\"next\""), html)
        }
        try await get(app, "/zoeken?q=wantrouwen+olifant") { response in
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("Geen enkel item bevat al uw zoekwoorden"), html)
        }
        try await get(app, "/zoeken") { response in
            XCTAssertEqual(response.status, .ok)
            let html = String(buffer: response.body)
            XCTAssertTrue(html.contains("<label for=\"kind\">Soort</label>"), html)
            XCTAssertFalse(html.contains("<ol class=\"hits\">\n  <li>"), html)
            XCTAssertFalse(html.contains("resultaten voor"), html)
        }
        for uri in ["/zoeken?q=x&kind=olifant", "/zoeken?q=x&offset=-1", "/zoeken?q=x&limit=abc"] {
            try await get(app, uri) { response in
                XCTAssertEqual(response.status, .badRequest, uri)
                XCTAssertTrue(String(buffer: response.body).contains("<html lang=\"nl\">"), uri)
            }
        }
    }

    func testEveryFieldHasALabel() async throws {
        let fixture = try makeFixture()
        let app = try WebServer(knowledgeBase: fixture.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        for uri in ["/", "/zoeken?q=vertrouwen", "/vergelijken"] {
            try await get(app, uri) { response in
                let html = String(buffer: response.body)
                for field in html.components(separatedBy: "<input").dropFirst()
                    + html.components(separatedBy: "<select").dropFirst()
                {
                    guard
                        let id = field.components(separatedBy: "id=\"").dropFirst().first?.prefix(while: { $0 != "\"" })
                    else { return XCTFail("\(uri): a field without id: \(field.prefix(80))") }
                    XCTAssertTrue(html.contains("<label for=\"\(id)\">"), "\(uri): no label for \(id)")
                }
            }
        }
    }

    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;%")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}
