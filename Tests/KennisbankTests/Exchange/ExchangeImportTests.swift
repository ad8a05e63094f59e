import Foundation
import KennisbankFrontEnd
import XCTest

@testable import Kennisbank

/// Importing: one transaction, UUIDs, updates, dry runs, links, and errors that name where.
final class ExchangeImportTests: XCTestCase {
    let obstacleUUID = "11111111-1111-4111-8111-111111111111"
    let tipUUID = "22222222-2222-4222-8222-222222222222"

    private func jsonl(_ records: [[String: Any]]) throws -> String {
        try records.map(ExchangeFixtures.line).joined(separator: "\n") + "\n"
    }

    private func importText(
        _ text: String, into knowledgeBase: KnowledgeBase, name: String = "notes.jsonl",
        format: ExchangeFormat = .jsonl, dryRun: Bool = false
    ) throws -> ImportReport {
        try knowledgeBase.importRecords(from: [.text(text, name: name, format: format)], dryRun: dryRun)
    }

    func testImportingTheSameFileTwiceAddsNothingTheSecondTime() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let text = try jsonl([
            [
                "uuid": obstacleUUID, "kind": "obstacle", "title": "Wantrouwen", "municipality": "Deventer",
                "topics": ["Vertrouwen"],
            ],
            ["uuid": tipUUID, "kind": "tip", "title": "Leg het proces open op tafel", "addresses": [obstacleUUID]],
        ])
        let first = try importText(text, into: knowledgeBase)
        XCTAssertEqual([first.added, first.updated, first.skipped], [2, 0, 0])
        let stored = try knowledgeBase.entries()
        let second = try importText(text, into: knowledgeBase)
        XCTAssertEqual([second.added, second.updated, second.skipped], [0, 0, 2])
        XCTAssertEqual(try knowledgeBase.entries(), stored, "nothing changed, not even updated_at")
        XCTAssertEqual(second.summary(Catalog(.english)), "Imported 2 entries: 0 added, 0 updated, 2 unchanged.")
    }

    func testAChangedEntryWithAKnownUUIDIsUpdated() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        _ = try importText(
            try jsonl([
                [
                    "uuid": obstacleUUID, "kind": "obstacle", "title": "Wantrouwen", "municipality": "Deventer",
                    "topics": ["Vertrouwen"],
                    "created_at": "2020-01-01T00:00:00.000Z", "updated_at": "2020-01-02T00:00:00.000Z",
                ],
                ["uuid": tipUUID, "kind": "tip", "title": "Tip", "addresses": [obstacleUUID]],
            ]), into: knowledgeBase)

        // Edited by hand: the file's updated_at is the stored one, so the update time becomes now.
        let edited = try importText(
            try jsonl([
                [
                    "uuid": obstacleUUID, "kind": "obstacle", "title": "Wantrouwen tussen bewoners en gemeente",
                    "municipality": "Zwolle",
                    "topics": ["vertrouwen", "Co-creatie"], "status": "resolved",
                    "created_at": "2020-01-01T00:00:00.000Z", "updated_at": "2020-01-02T00:00:00.000Z",
                ],
                ["uuid": tipUUID, "kind": "tip", "title": "Tip", "addresses": []],
            ]), into: knowledgeBase)
        XCTAssertEqual([edited.added, edited.updated, edited.skipped], [0, 2, 0], "the tip's links changed too")
        let obstacle = try knowledgeBase.entry(obstacleUUID)
        XCTAssertEqual(obstacle.title, "Wantrouwen tussen bewoners en gemeente")
        XCTAssertEqual(obstacle.municipality, "Zwolle")
        XCTAssertEqual(obstacle.status, .resolved)
        XCTAssertEqual(Set(obstacle.topics.map { $0.lowercased() }), ["vertrouwen", "co-creatie"])
        XCTAssertEqual(Timestamp.string(obstacle.createdAt), "2020-01-01T00:00:00.000Z")
        XCTAssertGreaterThan(obstacle.updatedAt, Timestamp.parse("2025-01-01T00:00:00Z")!)
        XCTAssertEqual(try knowledgeBase.entry(tipUUID).addresses, [])
        XCTAssertEqual(try knowledgeBase.count(), 2)

        // Changed elsewhere later: the file's newer updated_at is kept.
        _ = try importText(
            try jsonl([
                [
                    "uuid": obstacleUUID, "kind": "obstacle", "title": "Opgelost", "municipality": "Zwolle",
                    "created_at": "2020-01-01T00:00:00.000Z", "updated_at": "2030-06-01T12:00:00.000Z",
                ]
            ]), into: knowledgeBase)
        XCTAssertEqual(Timestamp.string(try knowledgeBase.entry(obstacleUUID).updatedAt), "2030-06-01T12:00:00.000Z")

        XCTAssertImportError(["notes.jsonl, line 1", "field “kind”", "cannot change"]) {
            try importText(
                try jsonl([["uuid": obstacleUUID, "kind": "tip", "title": "Opgelost"]]), into: knowledgeBase)
        }
    }

    func testADryRunCountsAndChangesNothing() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.loadSample()
        let before = try ExchangeFixtures.contents(of: knowledgeBase)
        var lines = KnowledgeBase.sampleData.split(separator: "\n").map(String.init)
        lines[5] = lines[5].replacingOccurrences(
            of: "Financiële risico's van bottom-up werken", with: "Financiële risico's")
        lines.append(
            try ExchangeFixtures.line(["kind": "municipality", "name": "Nieuwdorp Proef", "province": "Zeeland"]))
        lines.append(
            try ExchangeFixtures.line(["kind": "tip", "title": "Nieuwe tip", "municipality": "Nieuwdorp Proef"]))
        let report = try importText(lines.joined(separator: "\n"), into: knowledgeBase, dryRun: true)
        XCTAssertEqual([report.added, report.updated, report.skipped, report.municipalitiesAdded], [1, 1, 41, 1])
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual(
            report.summary(Catalog(.english)),
            "Dry run of 43 entries: would add 1, update 1 and skip 41 unchanged; would add 1 municipality. Nothing was changed."
        )
        let after = try ExchangeFixtures.contents(of: knowledgeBase)
        XCTAssertEqual(after.entries, before.entries)
        XCTAssertEqual(after.municipalities, before.municipalities)
    }

    func testAddressesMayPointAnywhereInTheImportOrTheKnowledgeBase() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let stored = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Al bekend", municipality: "Deventer"))
        let report = try importText(
            try jsonl([
                [
                    "uuid": tipUUID, "kind": "tip", "title": "Verwijst vooruit en terug",
                    "addresses": [obstacleUUID, stored.uuid.uuidString.lowercased()],
                ],
                ["uuid": obstacleUUID, "kind": "obstacle", "title": "Later in het bestand", "municipality": "Zwolle"],
            ]), into: knowledgeBase)
        XCTAssertEqual(report.added, 2)
        XCTAssertEqual(Set(try knowledgeBase.entry(tipUUID).addresses), [UUID(uuidString: obstacleUUID)!, stored.uuid])
        XCTAssertEqual(try knowledgeBase.entriesAddressing(obstacleUUID).map(\.title), ["Verwijst vooruit en terug"])
    }

    func testDuplicateUUIDsInOneImportNameBothPlaces() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let text = try jsonl([
            ["uuid": obstacleUUID, "kind": "obstacle", "title": "Een", "municipality": "Deventer"],
            ["kind": "tip", "title": "Tussendoor"],
            ["uuid": obstacleUUID.uppercased(), "kind": "obstacle", "title": "Twee", "municipality": "Deventer"],
        ])
        XCTAssertImportError(["notes.jsonl, line 3", "field “uuid”", "notes.jsonl, line 1", obstacleUUID]) {
            try importText(text, into: knowledgeBase)
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
    }

    func testRecordsWithoutUUIDGetAStableOne() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let text = try jsonl([["kind": "tip", "title": "Neem de tijd", "body": "Vooral in de aanloop."]])
        XCTAssertEqual(try importText(text, into: knowledgeBase).added, 1)
        XCTAssertEqual(try importText(text, into: knowledgeBase).skipped, 1)
        let twice = try jsonl([["kind": "tip", "title": "Neem de tijd"], ["kind": "tip", "title": "neem de  tijd!"]])
        XCTAssertImportError(["line 2", "same kind, municipality and title as the one at notes.jsonl, line 1"]) {
            try importText(twice, into: knowledgeBase)
        }
        let uuid = try knowledgeBase.entries()[0].uuid
        XCTAssertEqual(uuid, DerivedUUID.make(kind: .tip, municipality: nil, title: "Neem de tijd"))
        XCTAssertEqual(uuid.uuidString.lowercased().dropFirst(14).first, "8", "version 8: a custom, derived UUID")
    }

    func testABrokenRecordDeepInALargeFileNamesItsLineAndStoresNothing() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        try knowledgeBase.loadSample()
        let before = try ExchangeFixtures.contents(of: knowledgeBase)
        var lines: [String] = []
        for number in 1...5_000 {
            var fields: [String: Any] = [
                "kind": "example", "title": "Voorbeeld \(number)", "municipality": "Deventer",
                "topics": ["Vertrouwen"], "date": "2020-01-01",
            ]
            if number == 4_321 { fields["date"] = "2020-02-30" }
            lines.append(try ExchangeFixtures.line(fields))
        }
        let path = try ExchangeFixtures.write(lines.joined(separator: "\n"), named: "groot.jsonl", in: self)
        XCTAssertImportError([
            path + ", line 4321", "field “date”", "“2020-02-30” is not a date", "Nothing was imported.",
        ]) {
            try knowledgeBase.importRecords(from: [try .file(path)])
        }
        let after = try ExchangeFixtures.contents(of: knowledgeBase)
        XCTAssertEqual(after.entries, before.entries)
        XCTAssertEqual(after.municipalities, before.municipalities)
        XCTAssertEqual(try knowledgeBase.topics().map(\.label).contains("Voorbeeld 1"), false)
    }

    func testHostileInputIsRefusedWithOneClearLine() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let good = try ExchangeFixtures.line(["kind": "tip", "title": "Goed"])
        let cases: [(String, [String])] = [
            (good + "\n{\"kind\": \"tip\", \"title\": \"Kapot\"", ["line 2", "not valid JSON"]),
            (good + "\n[1, 2]", ["line 2", "not a JSON object"]),
            (
                good + "\n{\"kind\": \"recipe\", \"title\": \"X\"}",
                ["line 2", "field “kind”", "“recipe” is not a kind"]
            ),
            ("{\"title\": \"X\"}", ["line 1", "field “kind”", "has no kind"]),
            ("{\"kind\": \"tip\", \"title\": \"X\\u0000Y\"}", ["line 1", "field “title”", "control characters"]),
            (
                "{\"kind\": \"tip\", \"title\": \"X\", \"source\": \"a\\u001bb\"}",
                ["line 1", "field “source”", "control characters"]
            ),
            ("{\"kind\": \"tip\", \"title\": \"X\", \"topics\": [\"ok\", 5]}", ["field “topics”", "list of texts"]),
            ("{\"kind\": \"tip\", \"title\": \"X\", \"topic\": \"Vertrouwen\"}", ["field “topic”", "no such field"]),
            ("{\"kind\": \"tip\", \"title\": 42}", ["field “title”", "must be text, not a number"]),
            ("{\"kind\": \"tip\", \"title\": \"X\", \"date\": \"gisteren\"}", ["field “date”", "not a date"]),
            ("{\"kind\": \"tip\", \"title\": \"X\", \"uuid\": \"1234\"}", ["field “uuid”", "not a UUID"]),
            ("{\"kind\": \"tip\", \"title\": \"X\", \"status\": \"open\"}", ["field “status”", "only an obstacle"]),
            (
                "{\"kind\": \"obstacle\", \"title\": \"X\", \"municipality\": \"Deventer\", \"status\": \"half\"}",
                ["field “status”", "not a status"]
            ),
            ("{\"kind\": \"example\", \"title\": \"X\"}", ["field “municipality”", "belongs to a municipality"]),
            (
                "{\"kind\": \"example\", \"title\": \"X\", \"municipality\": \"Bergen\"}",
                ["field “municipality”", "Bergen (L.)"]
            ),
            (
                "{\"kind\": \"example\", \"title\": \"X\", \"municipality\": \"Atlantis\"}",
                ["field “municipality”", "Unknown municipality"]
            ),
            (
                "{\"kind\": \"tip\", \"title\": \"X\", \"addresses\": [\"99999999-9999-4999-8999-999999999999\"]}",
                ["field “addresses”", "No entry"]
            ),
            (
                "{\"kind\": \"tip\", \"title\": \"X\", \"created_at\": \"vorige week\"}",
                ["field “created_at”", "not a time"]
            ),
            ("{\"kind\": \"tip\", \"title\": \"   \"}", ["field “title”", "has no title"]),
            (
                "{\"kind\": \"municipality\", \"name\": \"Nieuw\", \"code\": \"GM0363\"}",
                ["field “code”", "belongs to “Amsterdam”"]
            ),
            (
                "{\"kind\": \"municipality\", \"name\": \"Nieuw\", \"province\": \"Holland\"}",
                ["field “province”", "Unknown province"]
            ),
            (String(repeating: "[", count: 100_000), ["line 1", "not valid JSON"]),
        ]
        for (text, parts) in cases {
            XCTAssertImportError(["notes.jsonl"] + parts) { try importText(text, into: knowledgeBase) }
        }
        var invalidUTF8 = Array(good.utf8) + [0x0A]
        invalidUTF8 += Array("{\"kind\": \"tip\", \"title\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        XCTAssertImportError(["bad.jsonl, line 2", "not UTF-8"]) {
            try knowledgeBase.importRecords(from: [
                try .file(try ExchangeFixtures.write(bytes: invalidUTF8, named: "bad.jsonl", in: self))
            ])
        }
        let huge =
            good + "\n{\"kind\": \"tip\", \"title\": \"" + String(repeating: "a", count: ImportLimits.recordBytes)
            + "\"}\n"
        XCTAssertImportError(["huge.jsonl, line 2", "longer than 16 MB"]) {
            try knowledgeBase.importRecords(from: [
                try .file(try ExchangeFixtures.write(huge, named: "huge.jsonl", in: self))
            ])
        }
        XCTAssertEqual(try knowledgeBase.count(), 0)
        XCTAssertEqual(try knowledgeBase.municipalities().count, 342)
    }

    /// Found by the round-trip property test: Foundation's JSON parser on Linux dropped a U+FEFF
    /// at the start of a string or after an escape, so a JSON export lost it on import.
    func testAByteOrderMarkInsideTextSurvivesJSONImport() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let line =
            "{\"kind\":\"tip\",\"title\":\"\u{FEFF}Titel\",\"body\":\"a\\n\u{FEFF}b\",\"topics\":[\"\u{FEFF}x\"],\"source\":\"\\\\\u{FEFF}\"}"
        XCTAssertEqual(try importText("\u{FEFF}" + line + "\n", into: knowledgeBase).added, 1)
        let entry = try XCTUnwrap(try knowledgeBase.entries().first)
        XCTAssertEqual(Array(entry.title.unicodeScalars), Array("\u{FEFF}Titel".unicodeScalars))
        XCTAssertEqual(Array(entry.body.unicodeScalars), Array("a\n\u{FEFF}b".unicodeScalars))
        XCTAssertEqual(entry.topics.map { Array($0.unicodeScalars) }, [Array("\u{FEFF}x".unicodeScalars)])
        XCTAssertEqual(entry.source.map { Array($0.unicodeScalars) }, Array("\\\u{FEFF}".unicodeScalars))
        XCTAssertEqual(
            try importText(
                "[" + line.replacingOccurrences(of: "Titel", with: "Array") + "]", into: knowledgeBase,
                name: "notes.json", format: .json
            ).added, 1)
        XCTAssertEqual(
            try knowledgeBase.entries().map { Array($0.title.unicodeScalars) }.last,
            Array("\u{FEFF}Array".unicodeScalars))
        XCTAssertImportError(["bad.jsonl, line 1", "not valid JSON"]) {
            try importText("{\"kind\":\"tip\",\"title\":\"x\\\u{FEFF}\"}\n", into: knowledgeBase, name: "bad.jsonl")
        }
    }

    func testFilesAreNamedByExtensionOrFormat() throws {
        XCTAssertEqual(try ImportSource.file("a/b.JSONL").format, .jsonl)
        XCTAssertEqual(try ImportSource.file("b.ndjson").format, .jsonl)
        XCTAssertEqual(try ImportSource.file("b.json").format, .json)
        XCTAssertEqual(try ImportSource.file("b.markdown").format, .markdown)
        XCTAssertEqual(try ImportSource.file("b.txt", format: .csv).format, .csv)
        XCTAssertThrowsKennisbankError(.message(containing: "give --format")) { try ImportSource.file("b.txt") }
        let knowledgeBase = try KnowledgeBase.inMemory()
        XCTAssertThrowsKennisbankError(.message(containing: "no such file")) {
            try knowledgeBase.importRecords(from: [try .file("/nonexistent/x.jsonl")])
        }
    }

    func testTheJSONOutputOfListAndShowImports() throws {
        let source = try ExchangeFixtures.richKnowledgeBase()
        let list = String(
            decoding: try KennisbankJSON.encoder().encode(try source.entries(FilterText(kinds: [.obstacle]))),
            as: UTF8.self)
        let target = try KnowledgeBase.inMemory()
        // Every obstacle names a municipality the target does not know: all are reported at once.
        XCTAssertThrowsError(try target.importRecords(from: [.text(list, name: "list.json", format: .json)])) { error in
            guard case KennisbankError.importFailedRecords(let problems, let total) = error else {
                return XCTFail("expected every bad record at once, got \(error)")
            }
            XCTAssertGreaterThan(total, 1)
            XCTAssertEqual(problems.count, total)
            XCTAssertEqual(problems.first?.field, .municipality)
            XCTAssertEqual(problems.first?.location.source, "list.json")
            XCTAssertTrue((error as? KennisbankError)?.englishMessage.contains("Unknown municipality") == true)
        }
        let municipalities =
            try ExchangeFixtures.line(["kind": "municipality", "name": "Voorbeeldstad"]) + "\n"
            + ["Proefdorp", "Demohoven", "Oefendam", "Testerveen"].map {
                "{\"kind\": \"municipality\", \"name\": \"\($0)\"}"
            }.joined(separator: "\n")
        let report = try target.importRecords(from: [
            .text(municipalities, name: "gemeenten.jsonl", format: .jsonl),
            .text(list, name: "list.json", format: .json),
        ])
        XCTAssertEqual(report.added, try source.count(FilterText(kinds: [.obstacle])))
        let one = String(decoding: try KennisbankJSON.encoder().encode(try source.entry("1")), as: UTF8.self)
        XCTAssertEqual(try target.importRecords(from: [.text(one, name: "show.json", format: .json)]).skipped, 1)
        XCTAssertImportError(["cut.json, line 3", "not closed"]) {
            try target.importRecords(from: [
                .text("[\n{\"kind\": \"tip\", \"title\": \"A\"},\n{\"kind\": \"tip\",", name: "cut.json", format: .json)
            ])
        }
        XCTAssertImportError(["trail.json", "more after"]) {
            try target.importRecords(from: [.text("[]\n[]", name: "trail.json", format: .json)])
        }
    }
}
