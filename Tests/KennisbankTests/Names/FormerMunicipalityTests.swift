import Foundation
import GRDB
import XCTest

@testable import Kennisbank

/// Former municipalities (the bundled reorganisations of 1990-2023, and lists imported later)
/// resolve to the municipality that now covers them, saying which former one was meant; a split
/// one asks which successor; a new municipality close to a known name is refused unless allowed.
final class FormerMunicipalityTests: XCTestCase {
    var knowledgeBase: KnowledgeBase!

    override func setUpWithError() throws {
        knowledgeBase = try KnowledgeBase.inMemory()
    }

    func testAFormerMunicipalityResolvesToTheOneThatNowCoversIt() throws {
        let boxmeer = try knowledgeBase.matchMunicipality("Boxmeer")
        XCTAssertEqual(boxmeer.municipality.name, "Land van Cuijk")
        XCTAssertEqual(
            boxmeer.former,
            FormerMunicipality(
                name: "Boxmeer", code: "GM0756", successor: "Land van Cuijk",
                since: try XCTUnwrap(Day(parsing: "2022-01-01"))))
        XCTAssertEqual(try knowledgeBase.municipality("boxmeer").name, "Land van Cuijk")
        XCTAssertEqual(try knowledgeBase.matchMunicipality("GM0756").municipality.name, "Land van Cuijk", "by its code")
        XCTAssertEqual(try knowledgeBase.matchMunicipality("Weesp").municipality.name, "Amsterdam")
        // Beers ended in 1994 (into Cuijk), and has been part of Land van Cuijk since 2022.
        let beers = try knowledgeBase.matchMunicipality("Beers")
        XCTAssertEqual(beers.municipality.name, "Land van Cuijk")
        XCTAssertEqual(beers.former?.since, Day(parsing: "2022-01-01"))
        XCTAssertNil(try knowledgeBase.matchMunicipality("Deventer").former, "a current municipality is just itself")
        XCTAssertNil(try knowledgeBase.matchMunicipality("Den Haag").former)
    }

    func testASplitMunicipalityAsksWhichSuccessor() throws {
        XCTAssertThrowsKennisbankError(
            .exactly(.splitMunicipality("Haaren", successors: ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]))
        ) {
            try knowledgeBase.municipality("Haaren")
        }
        XCTAssertEqual(try knowledgeBase.municipality("Esch").name, "Boxtel", "a village of Haaren went to one")
    }

    func testEveryBundledReorganisationResolvesToAMunicipalityOf2024() throws {
        let list = ReorganisationList.bundled
        XCTAssertEqual(list.rows.count, 487)
        XCTAssertEqual(Set(list.rows.map(\.code)).count, 477)
        let splits = Dictionary(grouping: list.rows, by: \.code).filter { $0.value.count > 1 }
        for code in Set(list.rows.map(\.code)) {
            if splits[code] != nil {
                XCTAssertThrowsKennisbankError(.message(containing: "has been split")) {
                    try knowledgeBase.municipality(code)
                }
            } else {
                let match = try knowledgeBase.matchMunicipality(code)
                XCTAssertEqual(match.former?.code, code)
                XCTAssertNotNil(match.municipality.code)
            }
        }
    }

    func testAnImportedListFollowsAChainToTheLatest() throws {
        let csv = """
            old_code,old_name,new_code,new_name,effective_date,source,note
            GM1982,Land van Cuijk,GM9001,Maasland,2031-01-01,test,
            GM9001,Maasland,GM0796,'s-Hertogenbosch,2035-01-01,test,

            """
        XCTAssertThrowsKennisbankError(.message(containing: "row 2")) {
            try knowledgeBase.importMunicipalityList(
                csv:
                    "old_code,old_name,new_code,new_name,effective_date\nGM1982,Land van Cuijk,GM9001,Maasland,2031-01-01\n",
                name: "x.csv")
        }
        let dry = try knowledgeBase.importMunicipalityList(csv: csv, name: "herindelingen.csv", dryRun: true)
        XCTAssertEqual(dry.list, .reorganisations)
        XCTAssertEqual(dry.added, 2)
        XCTAssertNil(try knowledgeBase.matchMunicipality("Land van Cuijk").former, "a dry run changes nothing")

        let report = try knowledgeBase.importMunicipalityList(csv: csv, name: "herindelingen.csv")
        XCTAssertEqual([report.added, report.unchanged], [2, 0])
        let boxmeer = try knowledgeBase.matchMunicipality("Boxmeer")
        XCTAssertEqual(
            boxmeer.municipality.name, "'s-Hertogenbosch", "Boxmeer → Land van Cuijk → Maasland → 's-Hertogenbosch")
        XCTAssertEqual(boxmeer.former?.since, Day(parsing: "2035-01-01"))
        let cuijk = try knowledgeBase.matchMunicipality("Land van Cuijk")
        XCTAssertEqual(cuijk.municipality.name, "'s-Hertogenbosch")
        XCTAssertEqual(cuijk.former?.name, "Land van Cuijk")
        let again = try knowledgeBase.importMunicipalityList(csv: csv, name: "herindelingen.csv")
        XCTAssertEqual([again.added, again.unchanged], [0, 2])
    }

    func testAnImportResolvesAndReportsFormerNames() throws {
        let lines = """
            {"kind": "example", "title": "Een", "municipality": "Boxmeer"}
            {"kind": "example", "title": "Twee", "municipality": "Boxmeer"}
            {"kind": "example", "title": "Drie", "municipality": "Weesp"}

            """
        let report = try knowledgeBase.importRecords(from: [.text(lines, name: "a.jsonl", format: .jsonl)])
        XCTAssertEqual(report.formerMunicipalities.map(\.name), ["Boxmeer", "Weesp"])
        XCTAssertEqual(
            try knowledgeBase.entries().map(\.municipality), ["Land van Cuijk", "Land van Cuijk", "Amsterdam"])
        let split = "{\"kind\": \"example\", \"title\": \"Vier\", \"municipality\": \"Haaren\"}\n"
        XCTAssertThrowsKennisbankError(.message(containing: "line 1")) {
            try knowledgeBase.importRecords(from: [.text(split, name: "b.jsonl", format: .jsonl)])
        }
    }

    func testAKnowledgeBaseMadeBeforeGetsTheFormerMunicipalitiesWhenMigrated() throws {
        let queue = try DatabaseQueue(configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator(SchemaMigrations.embedded.filter { $0.identifier < "0006" }).migrate(queue)
        XCTAssertFalse(try queue.read { try $0.tableExists("former_municipality") })
        try SchemaMigrations.migrator().migrate(queue)
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM former_municipality") }, 487)
        XCTAssertEqual(try queue.read { try MunicipalityLookup.resolve("Boxmeer", in: $0) }.name, "Land van Cuijk")
    }

    func testANewMunicipalityCloseToAKnownNameIsRefusedUnlessAllowed() throws {
        XCTAssertThrowsKennisbankError(.exactly(.similarMunicipality("Zwole", similar: ["Zwolle"]))) {
            try knowledgeBase.addMunicipality(name: "Zwole")
        }
        XCTAssertThrowsKennisbankError(
            .exactly(.similarMunicipality("Bergen", similar: ["Bergen (L.)", "Bergen (NH.)"]))
        ) {
            try knowledgeBase.addMunicipality(name: "Bergen")
        }
        XCTAssertEqual(try knowledgeBase.addMunicipality(name: "Zwole", allowingSimilarName: true).name, "Zwole")
        XCTAssertEqual(try knowledgeBase.addMunicipality(name: "Voorbeeldstad").name, "Voorbeeldstad")
    }
}
