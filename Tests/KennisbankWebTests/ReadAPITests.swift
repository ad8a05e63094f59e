import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kennisbank
import KennisbankFrontEnd
import XCTest

@testable import KennisbankWeb

/// The read API: each route answers with the JSON the CLI prints for the same thing (the same
/// value, the same encoder settings), and with problem details for what is unknown or wrong.
final class ReadAPITests: XCTestCase {
    struct Network {
        let knowledgeBase: KnowledgeBase
        let obstacle: Entry
        let example: Entry
        let tip: Entry
    }

    /// An obstacle in Deventer, an example from Zwolle that addresses it (changed once), a network tip.
    func makeNetwork() throws -> Network {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let deventer = try knowledgeBase.municipality("Deventer").id
        let zwolle = try knowledgeBase.municipality("Zwolle").id
        let obstacle = try knowledgeBase.add(
            NewEntry(
                kind: .obstacle, title: "Wantrouwen tussen bewoners en gemeente",
                body: "Bewoners wantrouwen de gemeente na een mislukt project.", municipality: deventer,
                topics: ["Vertrouwen", "Participatie"], status: .open))
        var example = try knowledgeBase.add(
            NewEntry(
                kind: .example, title: "Buurttafels in Zwolle", body: "Elke maand een tafel in de wijk.",
                municipality: zwolle, topics: ["Vertrouwen"], addresses: [obstacle.id]))
        example = try knowledgeBase.update(example.id, with: EntryChanges(title: "Buurttafels in elke wijk"))
        let tip = try knowledgeBase.add(
            NewEntry(kind: .tip, title: "Begin klein", topics: ["Participatie", "Sociale basis"]))
        return Network(knowledgeBase: knowledgeBase, obstacle: obstacle, example: example, tip: tip)
    }

    /// `value` as the CLI prints it with `--format json` (`Terminal.printJSON`).
    static func cliJSON<Value: Encodable>(_ value: Value, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws
        -> String
    {
        let encoder = KennisbankJSON.encoder()
        encoder.userInfo = userInfo
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Asserts that `uri` answers 200 with exactly `expected`.
    static func assertJSON(
        _ client: some TestClientProtocol, _ uri: String, _ expected: String, file: StaticString = #filePath,
        line: UInt = #line
    ) async throws {
        try await client.execute(uri: uri, method: .get) { response in
            XCTAssertEqual(response.status, .ok, uri, file: file, line: line)
            XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8", file: file, line: line)
            XCTAssertEqual(String(buffer: response.body), expected, uri, file: file, line: line)
        }
    }

    /// Asserts that `uri` answers `status` with a problem of `type`; returns the problem.
    @discardableResult
    static func assertProblem(
        _ client: some TestClientProtocol, _ uri: String, _ status: HTTPResponse.Status, type: String,
        headers: HTTPFields = [:], file: StaticString = #filePath, line: UInt = #line
    ) async throws -> [String: Any] {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            XCTAssertEqual(response.status, status, uri, file: file, line: line)
            XCTAssertEqual(response.headers[.contentType], "application/problem+json", uri, file: file, line: line)
            let problem = try XCTUnwrap(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], file: file,
                line: line)
            XCTAssertEqual(
                problem["type"] as? String, "https://kennisbank.invalid/problems/" + type, uri, file: file, line: line)
            XCTAssertEqual(problem["status"] as? Int, Int(status.code), file: file, line: line)
            return problem
        }
    }

    static func uuid(_ entry: Entry) -> String { entry.uuid.uuidString.lowercased() }

    func testAnEntryIsWhatKbShowPrints() async throws {
        let network = try makeNetwork()
        try network.knowledgeBase.attach(
            [AttachmentFile(name: "begroting.csv", contents: Data("post;bedrag\n".utf8))], to: network.example.id)
        let app = try WebServer(knowledgeBase: network.knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            for entry in [network.obstacle, network.example, network.tip] {
                try await Self.assertJSON(
                    client, "/api/v1/entries/\(Self.uuid(entry))",
                    try Self.cliJSON(network.knowledgeBase.entryWithAttachments(entry.id)))
            }
            // The attachments as the JSON export names them.
            try await client.execute(uri: "/api/v1/entries/\(Self.uuid(network.example))", method: .get) { response in
                let object = try XCTUnwrap(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let attachments = try XCTUnwrap(object["attachments"] as? [[String: Any]])
                XCTAssertEqual(attachments.count, 1)
                XCTAssertEqual(Set(attachments[0].keys), ["name", "type", "size", "sha256"])
                XCTAssertEqual(attachments[0]["name"] as? String, "begroting.csv")
                XCTAssertEqual(attachments[0]["size"] as? Int, 12)
                XCTAssertEqual(attachments[0]["type"] as? String, "text/csv")
            }
            // Upper-case UUIDs are the same entry.
            try await Self.assertJSON(
                client, "/api/v1/entries/\(network.tip.uuid.uuidString)",
                try Self.cliJSON(EntryWithAttachments(entry: network.tip, attachments: [])))
        }
    }

    func testAnEntrysHistoryIsWhatKbHistoryPrintsEvenFromTheTrash() async throws {
        let network = try makeNetwork()
        let knowledgeBase = network.knowledgeBase
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            let history = try knowledgeBase.history(of: network.example.id)
            XCTAssertEqual(history.count, 2)
            try await Self.assertJSON(
                client, "/api/v1/entries/\(Self.uuid(network.example))/history", try Self.cliJSON(history))
            try knowledgeBase.moveToTrash(network.tip.id)
            try await Self.assertProblem(
                client, "/api/v1/entries/\(Self.uuid(network.tip))", .gone, type: "entry-in-trash")
            try await Self.assertJSON(
                client, "/api/v1/entries/\(Self.uuid(network.tip))/history",
                try Self.cliJSON(knowledgeBase.history(of: network.tip.id)))
        }
    }

    func testUnknownAndMalformedEntriesAreProblems() async throws {
        let app = try WebServer(
            knowledgeBase: makeNetwork().knowledgeBase, configuration: WebConfiguration(publicRead: true)
        ).application()
        try await app.test(.router) { client in
            let unknown = UUID().uuidString.lowercased()
            let problem = try await Self.assertProblem(
                client, "/api/v1/entries/\(unknown)", .notFound, type: "unknown-entry")
            XCTAssertEqual(
                problem["detail"] as? String, KennisbankError.unknownEntry(unknown).message(Catalog(.dutch)))
            try await Self.assertProblem(client, "/api/v1/entries/\(unknown)/history", .notFound, type: "unknown-entry")
            // A number or a UUID prefix, which `kb show` takes, is not a permalink.
            for reference in ["1", "%231", "zzzz"] {
                try await Self.assertProblem(
                    client, "/api/v1/entries/\(reference)", .badRequest, type: "invalid-parameter")
                try await Self.assertProblem(
                    client, "/api/v1/entries/\(reference)/history", .badRequest, type: "invalid-parameter")
            }
            // The detail speaks the request's language.
            let english = try await Self.assertProblem(
                client, "/api/v1/entries/\(unknown)", .notFound, type: "unknown-entry",
                headers: [.acceptLanguage: "en"])
            XCTAssertEqual(
                english["detail"] as? String, KennisbankError.unknownEntry(unknown).message(Catalog(.english)))
        }
    }

    func testMunicipalitiesAreWhatKbListPrints() async throws {
        let network = try makeNetwork()
        let knowledgeBase = network.knowledgeBase
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await Self.assertJSON(
                client, "/api/v1/municipalities", try Self.cliJSON(knowledgeBase.municipalities()))
            let overijssel = try knowledgeBase.municipalities(province: Province(resolving: "Overijssel"))
            XCTAssertTrue(overijssel.contains { $0.name == "Deventer" })
            try await Self.assertJSON(
                client, "/api/v1/municipalities?province=Overijssel", try Self.cliJSON(overijssel))
            try await Self.assertProblem(
                client, "/api/v1/municipalities?province=Holland", .unprocessableContent, type: "unknown-province")

            let deventer = try knowledgeBase.municipality("Deventer")
            let entries = try knowledgeBase.entries(EntryFilter(municipalities: [deventer.id]))
            XCTAssertEqual(entries.map(\.id), [network.obstacle.id])
            let expected = try Self.cliJSON(MunicipalityJSON(municipality: deventer, entries: entries))
            try await Self.assertJSON(client, "/api/v1/municipalities/\(try XCTUnwrap(deventer.code))", expected)
            try await Self.assertJSON(client, "/api/v1/municipalities/Deventer", expected)
            try await Self.assertProblem(
                client, "/api/v1/municipalities/GM9999", .notFound, type: "unknown-municipality")
            let frisian = try knowledgeBase.municipality("Súdwest-Fryslân")
            try await Self.assertJSON(
                client, "/api/v1/municipalities/S%C3%BAdwest-Frysl%C3%A2n",
                try Self.cliJSON(MunicipalityJSON(municipality: frisian, entries: [])))
            let hague = try knowledgeBase.municipality("Den Haag")
            try await Self.assertJSON(
                client, "/api/v1/municipalities/Den%20Haag",
                try Self.cliJSON(MunicipalityJSON(municipality: hague, entries: [])))
            try await Self.assertProblem(
                client, "/api/v1/municipalities/Atlantis", .notFound, type: "unknown-municipality")
        }
    }

    func testTopicsAreWhatKbTopicsPrints() async throws {
        let network = try makeNetwork()
        let knowledgeBase = network.knowledgeBase
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        try await app.test(.router) { client in
            try await Self.assertJSON(client, "/api/v1/topics", try Self.cliJSON(knowledgeBase.topics()))
            let topic = try knowledgeBase.topic("Participatie")
            let entries = try knowledgeBase.entries(EntryFilter(topics: [topic.id]))
            XCTAssertEqual(Set(entries.map(\.id)), [network.obstacle.id, network.tip.id])
            let expected = try Self.cliJSON(TopicJSON(topic: topic, entries: entries))
            try await Self.assertJSON(client, "/api/v1/topics/Participatie", expected)
            try await Self.assertJSON(client, "/api/v1/topics/participatie", expected)
            // The path arrives percent-encoded: a space or an accent is still the topic.
            let basis = try knowledgeBase.topic("Sociale basis")
            let basisJSON = try Self.cliJSON(TopicJSON(topic: basis, entries: [knowledgeBase.entry(network.tip.id)]))
            try await Self.assertJSON(client, "/api/v1/topics/Sociale%20basis", basisJSON)
            try await Self.assertJSON(client, "/api/v1/topics/soci%C3%A0le%20basis", basisJSON)
            let problem = try await Self.assertProblem(
                client, "/api/v1/topics/Vertrouwn", .notFound, type: "unknown-topic")
            XCTAssertTrue((problem["detail"] as? String)?.contains("Vertrouwen") == true, "\(problem)")
        }
    }

    func testTheComparisonIsWhatKbComparePrints() async throws {
        let network = try makeNetwork()
        let knowledgeBase = network.knowledgeBase
        let app = try WebServer(knowledgeBase: knowledgeBase, configuration: WebConfiguration(publicRead: true))
            .application()
        /// What `kb compare --format json` prints for these options, in `language`.
        @Sendable func expected(
            _ selection: EntrySelection, parts: [ComparisonPart] = ComparisonPart.allCases, similar: Int? = nil,
            limit: Int = 5, language: Language = .dutch
        ) throws -> String {
            let results = try knowledgeBase.compare(
                try selection.resolve(in: knowledgeBase), parts: parts, similar: similar, helpLimit: limit)
            return try Self.cliJSON(
                ComparisonJSON(
                    results: results, selection: selection.comparisonTitle(results.comparison, Catalog(language))),
                userInfo: ComparisonJSON.userInfo)
        }
        try await app.test(.router) { client in
            try await Self.assertJSON(
                client, "/api/v1/compare?municipality=Deventer&municipality=Zwolle",
                try expected(EntrySelection(municipalities: ["Deventer", "Zwolle"])))
            try await Self.assertJSON(
                client, "/api/v1/compare?municipality=Deventer&similar=2&limit=1",
                try expected(EntrySelection(municipalities: ["Deventer"]), similar: 2, limit: 1))
            try await Self.assertJSON(
                client, "/api/v1/compare?municipality=Deventer&topic=Vertrouwen&status=open&show=matrix",
                try expected(
                    EntrySelection(municipalities: ["Deventer"], topics: ["Vertrouwen"], statuses: [.open]),
                    parts: [.matrix]))
            try await Self.assertJSON(
                client, "/api/v1/compare?province=Overijssel&show=similar&similar=3",
                try expected(EntrySelection(province: "Overijssel"), parts: [.similar], similar: 3))
            try await client.execute(
                uri: "/api/v1/compare?municipality=Deventer", method: .get, headers: [.acceptLanguage: "en"]
            ) { response in
                XCTAssertEqual(
                    String(buffer: response.body),
                    try expected(EntrySelection(municipalities: ["Deventer"]), language: .english))
            }
        }
    }

    func testBadComparisonParametersAre400AndUnknownNames404() async throws {
        let app = try WebServer(
            knowledgeBase: makeNetwork().knowledgeBase, configuration: WebConfiguration(publicRead: true)
        ).application()
        try await app.test(.router) { client in
            for query in [
                "municipality=Deventer&similar=0", "municipality=Deventer&similar=twee",
                "municipality=Deventer&limit=0",
                "municipality=Deventer&show=heatmap", "municipality=Deventer&show=similar",
                "municipality=Deventer&municipality=Zwolle&show=help", "municipality=Deventer&status=dicht",
            ] {
                let problem = try await Self.assertProblem(
                    client, "/api/v1/compare?\(query)", .badRequest, type: "invalid-parameter")
                XCTAssertEqual(problem["instance"] as? String, "/api/v1/compare", query)
            }
            try await Self.assertProblem(
                client, "/api/v1/compare?municipality=Atlantis", .notFound, type: "unknown-municipality")
            try await Self.assertProblem(
                client, "/api/v1/compare?municipality=Deventer&topic=Bestaatniet", .notFound, type: "unknown-topic")
        }
    }
}
