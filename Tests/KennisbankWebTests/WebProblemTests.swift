import Foundation
import HTTPTypes
import Hummingbird
import Kennisbank
import KennisbankFrontEnd
import XCTest

@testable import KennisbankWeb

/// Every library error has a status, a stable type and a detail from the catalog.
final class WebProblemTests: XCTestCase {
    /// One error of each case (a new case does not compile until it is added here).
    static func sample(_ code: KennisbankError.Code) -> KennisbankError {
        let id = Entry.ID(7)
        let location = RecordLocation(source: "notes.jsonl", line: 3)
        let problem = KennisbankError.ImportProblem(location: location, reason: .noKind)
        switch code {
        case .unknownMunicipality: return .unknownMunicipality("Atlantis", suggestions: ["Almelo"])
        case .account: return .account(.unknownAccount("Nobody"))
        case .synonyms: return .synonyms(.noSynonyms("fietsenstalling"))
        case .people: return .people(.unknownPerson("Anna de Vris", suggestions: ["Anna de Vries (Zwolle)"]))
        case .visits: return .visits(.unknownVisit("99"))
        case .conditions: return .conditions(.unknownCondition(9, highest: 7))
        case .meetings: return .meetings(.unknownMeeting("12"))
        case .attachment: return .attachment(.unknownAttachment("notulen.pdf", names: []))
        case .ambiguousMunicipality:
            return .ambiguousMunicipality("Bergen", candidates: ["Bergen (L.)", "Bergen (NH.)"])
        case .municipalityExists: return .municipalityExists("Deventer", code: "GM0150")
        case .invalidMunicipalityCode: return .invalidMunicipalityCode("GM15")
        case .unknownProvince: return .unknownProvince("Holland")
        case .unknownEntry: return .unknownEntry("1234abcd")
        case .ambiguousReference: return .ambiguousReference("12", candidates: ["12a", "12b"])
        case .unknownTopic: return .unknownTopic("Vertrouwn", suggestions: ["Vertrouwen"])
        case .topicNotOnEntry: return .topicNotOnEntry("Wonen")
        case .municipalityInUse: return .municipalityInUse("Deventer", entries: 3)
        case .emptyField: return .emptyField(.title)
        case .invalidCharacters: return .invalidCharacters(field: .body)
        case .tooLong: return .tooLong(field: .title, limit: 200)
        case .emptyTopic: return .emptyTopic("!!")
        case .tooManyTopics: return .tooManyTopics(limit: 20)
        case .invalidDate: return .invalidDate("2024-02-31")
        case .municipalityRequired: return .municipalityRequired(.obstacle)
        case .statusOnlyForObstacles: return .statusOnlyForObstacles
        case .obstacleCannotAddress: return .obstacleCannotAddress
        case .notAnObstacle: return .notAnObstacle(id)
        case .notAddressed: return .notAddressed(id)
        case .duplicateUUID: return .duplicateUUID("0b6f5a1e-0000-4000-8000-000000000000")
        case .ruleBroken: return .ruleBroken
        case .noObstacles: return .noObstacles(municipalities: ["Deventer"], province: nil, topics: [], statuses: [])
        case .newerDatabase: return .newerDatabase(path: "/srv/kb.sqlite", unknownMigrations: ["0099"])
        case .databaseIsDirectory: return .databaseIsDirectory("/srv")
        case .notADatabase: return .notADatabase("/srv/kb.sqlite")
        case .otherProgramsDatabase: return .otherProgramsDatabase("/srv/kb.sqlite")
        case .missingFolder: return .missingFolder("/srv/missing")
        case .readOnlyDatabase: return .readOnlyDatabase("/srv/kb.sqlite")
        case .cannotOpen: return .cannotOpen(path: "/srv/kb.sqlite", problem: .unreadable)
        case .damagedDatabase: return .damagedDatabase(path: "/srv/kb.sqlite", damage: .malformed)
        case .damagedRow: return .damagedRow(table: "entries", id: 3)
        case .backupExists: return .backupExists("/srv/backup.sqlite")
        case .cannotImport: return .cannotImport(source: "notes.jsonl", problem: .noSuchFile)
        case .importFailed: return .importFailed(problem)
        case .municipalityListFailed: return .municipalityListFailed(source: "cbs.csv", problem: .notUTF8)
        case .cannotExport: return .cannotExport(.sqliteDatabase(path: "/srv/other.sqlite"))
        case .noKnowledgeBase: return .noKnowledgeBase("/srv/kb.sqlite")
        case .similarTopics: return .similarTopics([SimilarTopic(label: "Vertrouwn", existing: "Vertrouwen")])
        case .topicExists: return .topicExists("Wonen", existing: "Huisvesting")
        case .similarMunicipality: return .similarMunicipality("Deventr", similar: ["Deventer"])
        case .splitMunicipality: return .splitMunicipality("Haaren", successors: ["Oisterwijk", "Vught"])
        case .entryInTrash: return .entryInTrash(id)
        case .notInTrash: return .notInTrash("7")
        case .possibleDuplicate: return .possibleDuplicate(of: id, title: "Wantrouwen")
        case .unknownRevision: return .unknownRevision(id, revision: 9, latest: 2)
        case .importFailedRecords: return .importFailedRecords([problem], total: 4)
        }
    }

    /// The status each case should have: the representatives of every status, and the rest
    /// by their kind of trouble.
    static let expected: [HTTPResponse.Status: Set<KennisbankError.Code>] = [
        .notFound: [
            .unknownMunicipality, .unknownEntry, .unknownTopic, .notInTrash, .unknownRevision, .account, .synonyms,
            .people, .visits,
            .conditions, .meetings, .attachment,
        ],
        .gone: [.entryInTrash],
        .conflict: [
            .municipalityExists, .municipalityInUse, .duplicateUUID, .ruleBroken, .backupExists, .similarTopics,
            .topicExists, .similarMunicipality, .possibleDuplicate,
        ],
        .unprocessableContent: [
            .ambiguousMunicipality, .invalidMunicipalityCode, .unknownProvince, .ambiguousReference, .topicNotOnEntry,
            .emptyField, .invalidCharacters, .tooLong, .emptyTopic, .tooManyTopics, .invalidDate, .municipalityRequired,
            .statusOnlyForObstacles, .obstacleCannotAddress, .notAnObstacle, .notAddressed, .noObstacles,
            .splitMunicipality, .cannotImport, .importFailed, .importFailedRecords,
        ],
        .internalServerError: [
            .newerDatabase, .databaseIsDirectory, .notADatabase, .otherProgramsDatabase, .missingFolder,
            .readOnlyDatabase, .cannotOpen, .damagedDatabase, .damagedRow, .municipalityListFailed, .cannotExport,
            .noKnowledgeBase,
        ],
    ]

    func testEveryCaseHasItsStatusATypeOfItsOwnAndADetailFromTheCatalog() {
        XCTAssertEqual(
            Set(Self.expected.values.flatMap { $0 }), Set(KennisbankError.Code.allCases),
            "every case has an expected status")
        var types: Set<String> = []
        for language in [Language.dutch, .english] {
            let catalog = Catalog(language)
            types = []
            for code in KennisbankError.Code.allCases {
                let error = Self.sample(code)
                let problem = WebProblem(error, catalog: catalog)
                let status = Self.expected.first { $0.value.contains(code) }?.key
                XCTAssertEqual(problem.status, status, "\(code)")
                XCTAssertEqual(problem.type, code.rawValue.replacingOccurrences(of: "_", with: "-"))
                types.insert(problem.type)
                XCTAssertFalse(problem.title.isEmpty, "\(code)")
                if problem.status.code < 500 {
                    XCTAssertEqual(problem.detail, error.message(catalog), "\(code)")
                } else {
                    // A problem of the server's own file: no path reaches the browser.
                    XCTAssertFalse(problem.detail.contains("/srv"), "\(code): \(problem.detail)")
                    XCTAssertEqual(problem.detail, catalog.text("web.problem.database"))
                }
            }
        }
        XCTAssertEqual(types.count, KennisbankError.Code.allCases.count, "one type per case")
    }

    /// A Markdown export too large for one zip is the request's problem, not the server's: 422,
    /// with the catalog's reason.
    func testAZipExportOfTooManyNotesIs422WithItsReason() {
        let catalog = Catalog(.dutch)
        let error = KennisbankError.cannotExport(.tooManyNotesForZip(count: 20_001, limit: 20_000))
        let problem = WebProblem(error, catalog: catalog)
        XCTAssertEqual(problem.status, .unprocessableContent)
        XCTAssertEqual(problem.detail, error.message(catalog))
        XCTAssertTrue(problem.detail.contains("20001"), problem.detail)
    }

    /// So is a zip with more files or attachment bytes than an import reads, and one larger than
    /// the site builds in memory for a download: 422, with the reason in Dutch.
    func testAZipExportTooLargeIs422WithItsReason() {
        let catalog = Catalog(.dutch)
        let cases: [(KennisbankError.ExportProblem, String)] = [
            (.tooManyFilesForZip(notes: 12_000, attachments: 9_000, limit: 20_000), "9000 bijlagen"),
            (.attachmentsTooLargeForZip(bytes: 1_200_000_000, limit: 1 << 30), "1145 MB"),
            (.tooLargeToDownload(bytes: 200 << 20, limit: 128 << 20), "128 MB die de website"),
        ]
        for (problem, words) in cases {
            let error = KennisbankError.cannotExport(problem)
            let web = WebProblem(error, catalog: catalog)
            XCTAssertEqual(web.status, .unprocessableContent, "\(problem)")
            XCTAssertEqual(web.detail, error.message(catalog))
            XCTAssertTrue(web.detail.contains(words), web.detail)
        }
    }

    func testABusyOrLockedDatabaseIs503WithRetryAfterAndAFullDiskIs507() throws {
        for reason in [KennisbankError.OpenProblem.busy, .locked] {
            let problem = WebProblem(
                KennisbankError.cannotOpen(path: "/srv/kb.sqlite", problem: reason), catalog: Catalog(.dutch))
            XCTAssertEqual(problem.status, .serviceUnavailable)
            XCTAssertEqual(problem.detail, Catalog(.dutch).text("web.problem.busy.detail"))
            let response = problem.response(instance: "/api/v1/entries")
            XCTAssertEqual(response.headers[.retryAfter], String(WebProblem.retrySeconds))
            XCTAssertEqual(response.headers[.contentType], "application/problem+json")
        }
        let full = WebProblem(
            KennisbankError.cannotOpen(path: "/srv/kb.sqlite", problem: .diskFull), catalog: .init(.english))
        XCTAssertEqual(full.status, .insufficientStorage)
        XCTAssertNil(full.response(instance: "/").headers[.retryAfter])
    }
}
