import Foundation
import KennisbankFrontEnd
import XCTest

@testable import Kennisbank

/// `kb municipalities import` (a newer CBS list) and the bundled sample network.
final class ExchangeRegistryAndSampleTests: XCTestCase {
    /// The bundled CBS list with Deventer renamed and a new municipality added.
    private func modifiedList() throws -> String {
        let original = try XCTUnwrap(EmbeddedFiles.contents["Data/gemeenten-2024.csv"])
        XCTAssertTrue(original.contains("0150,GM0150,Deventer,23,PV23,Overijssel"))
        return original.replacingOccurrences(of: "0150,GM0150,Deventer,", with: "0150,GM0150,Deventer aan de IJssel,")
            + "\n9002,GM9002,Nieuwgemeente,26,PV26,Utrecht\n"
    }

    func testANewerListRenamesAndAddsAndKeepsTheOldNameAsAlias() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let entry = try knowledgeBase.add(NewEntryText(kind: .obstacle, title: "Wantrouwen", municipality: "Deventer"))

        let dryRun = try knowledgeBase.importMunicipalityList(
            csv: try modifiedList(), name: "cbs-2025.csv", dryRun: true)
        XCTAssertEqual([dryRun.added, dryRun.renamed, dryRun.unchanged], [1, 1, 341])
        XCTAssertEqual(try knowledgeBase.municipality("GM0150").name, "Deventer", "a dry run changes nothing")

        let report = try knowledgeBase.importMunicipalityList(csv: try modifiedList(), name: "cbs-2025.csv")
        XCTAssertEqual([report.added, report.renamed, report.unchanged], [1, 1, 341])
        XCTAssertEqual(report.missing, [])
        XCTAssertEqual(try knowledgeBase.municipality("GM0150").name, "Deventer aan de IJssel")
        XCTAssertEqual(try knowledgeBase.municipality("Deventer").code, "GM0150", "the old name is an alias")
        XCTAssertEqual(try knowledgeBase.municipality("Nieuwgemeente").attribution, "Bron: CBS")
        XCTAssertEqual(try knowledgeBase.entry(entry.uuid.uuidString).municipality, "Deventer aan de IJssel")
        XCTAssertEqual(try knowledgeBase.municipalities().count, 343)
        // The 2024 renames and common aliases still resolve after loading a list.
        XCTAssertEqual(try knowledgeBase.municipality("Den Haag").code, "GM0518")
        XCTAssertEqual(try knowledgeBase.municipality("Hengelo").name, "Hengelo (O.)")

        let again = try knowledgeBase.importMunicipalityList(csv: try modifiedList(), name: "cbs-2025.csv")
        XCTAssertEqual([again.added, again.renamed, again.unchanged], [0, 0, 343])
    }

    func testAMunicipalityMissingFromTheListIsKeptAndReported() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let list = try modifiedList().replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n").filter { !$0.contains("GM0363") }.joined(separator: "\n")
        let report = try knowledgeBase.importMunicipalityList(csv: list, name: "kort.csv")
        XCTAssertEqual(report.missing, ["Amsterdam"])
        XCTAssertTrue(
            report.summary(Catalog(.english)).contains("1 no longer in the list, kept (Amsterdam)"),
            report.summary(Catalog(.english)))
        XCTAssertEqual(try knowledgeBase.municipality("Amsterdam").code, "GM0363")
    }

    func testABadListChangesNothing() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        XCTAssertThrowsKennisbankError(.message(containing: "no column GemeentecodeGM")) {
            try knowledgeBase.importMunicipalityList(csv: "code,naam\n1,a\n", name: "x.csv")
        }
        XCTAssertThrowsKennisbankError(.message(containing: "row 3")) {
            try knowledgeBase.importMunicipalityList(
                csv: "GemeentecodeGM,Gemeentenaam,Provincienaam\nGM0150,Deventer,Overijssel\nXX,Y,Utrecht\n",
                name: "x.csv")
        }
        let path = try ExchangeFixtures.write(bytes: [0xFF, 0xFE, 0x00], named: "x.csv", in: self)
        XCTAssertThrowsKennisbankError(.message(containing: "not UTF-8")) {
            try knowledgeBase.importMunicipalityList(at: path)
        }
        XCTAssertEqual(try knowledgeBase.municipality("GM0150").name, "Deventer")
    }

    func testTheSampleNetworkLoadsOnceAndTouchesNoRealMunicipality() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let report = try knowledgeBase.loadSample()
        XCTAssertEqual([report.added, report.municipalitiesAdded], [42, 5])
        XCTAssertEqual(
            try knowledgeBase.loadSample(), ImportReport(skipped: 42, municipalitiesKnown: 5, sources: ["sample.jsonl"])
        )

        let samples = try knowledgeBase.municipalities().filter { $0.attribution != "Bron: CBS" }
        XCTAssertEqual(samples.map(\.name), ["Demohoven", "Oefendam", "Proefdorp", "Testerveen", "Voorbeeldstad"])
        XCTAssertTrue(samples.allSatisfy { $0.attribution?.contains("fictief") == true && $0.code == nil })
        let entries = try knowledgeBase.entries()
        XCTAssertTrue(
            entries.allSatisfy { $0.municipality == nil || samples.map(\.name).contains($0.municipality!) },
            "no invented fact is attributed to a real municipality")
        let fromReport = entries.filter { $0.source?.contains("21 mei 2015") == true }
        XCTAssertGreaterThanOrEqual(fromReport.count, 15, "the meeting report's obstacles, questions and conditions")
        XCTAssertTrue(
            entries.filter { $0.source?.contains("21 mei 2015") != true }.allSatisfy {
                $0.source?.contains("fictief") == true
            },
            "every other entry is marked as a sample")
        XCTAssertEqual(Set(entries.map(\.kind)), [.example, .obstacle, .tip])
        XCTAssertEqual(entries.filter { $0.kind == .tip && $0.municipality == nil }.count, 10)
        XCTAssertGreaterThan(entries.reduce(0) { $0 + $1.addresses.count }, 30)
        XCTAssertFalse(try knowledgeBase.entriesAddressing("2a5ef4c4-3c5a-4f4b-81c1-3154a3c405fe").isEmpty)
    }
}
