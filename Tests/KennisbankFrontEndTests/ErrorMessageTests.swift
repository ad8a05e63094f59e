import Foundation
import Kennisbank
import XCTest

@testable import KennisbankFrontEnd

/// Every error the library can raise, and every report it returns, is worded in every
/// language: one line, every placeholder filled, no key left unworded.
final class ErrorMessageTests: XCTestCase {
    /// The samples hold every case of the error and of its parts, so the wording test below
    /// reaches every text (a new case fails here until it has a sample).
    func testTheSamplesCoverEveryCase() {
        XCTAssertEqual(Set(ErrorSamples.cases.map(\.code)), Set(KennisbankError.Code.allCases))
        XCTAssertEqual(Set(ErrorSamples.all.map(\.code)), Set(KennisbankError.Code.allCases))
        XCTAssertEqual(Set(ErrorSamples.openProblems.map(\.code)), Set(KennisbankError.OpenProblem.Code.allCases))
        XCTAssertEqual(Set(ErrorSamples.exportProblems.map(\.code)), Set(KennisbankError.ExportProblem.Code.allCases))
        XCTAssertEqual(
            Set(ErrorSamples.importFileProblems.map(\.code)), Set(KennisbankError.ImportFileProblem.Code.allCases))
        XCTAssertEqual(Set(ErrorSamples.importReasons.map(\.code)), Set(KennisbankError.ImportReason.Code.allCases))
        XCTAssertEqual(
            Set(ErrorSamples.listProblems.map(\.code)), Set(KennisbankError.MunicipalityListProblem.Code.allCases))
        XCTAssertEqual(
            Set(ErrorSamples.personProblems.map(\.code)), Set(KennisbankError.PersonProblem.Code.allCases))
        XCTAssertEqual(Set(KennisbankError.Code.allCases.map(\.rawValue)).count, KennisbankError.Code.allCases.count)
    }

    func testEveryErrorIsOneFilledLineInEveryLanguage() {
        for language in Language.allCases {
            let catalog = Catalog(language)
            for error in ErrorSamples.all {
                guard case .importFailedRecords = error else {
                    assertWorded(error.message(catalog), "\(language) \(error)")
                    continue
                }
                // A list of bad records: a first line, and one line a record.
                for line in error.message(catalog).split(separator: "\n") {
                    assertWorded(String(line), "\(language) \(error)")
                }
            }
        }
    }

    func testEveryReportIsWordedInEveryLanguage() {
        let imports = [
            ImportReport(added: 1), ImportReport(added: 40, updated: 1, skipped: 1, municipalitiesAdded: 2),
            ImportReport(added: 1, updated: 1, skipped: 41, municipalitiesAdded: 1, dryRun: true),
            ImportReport(dryRun: true),
            ImportReport(added: 1, skipped: 1, dryRun: false, skippedRecords: HistoryWordingTests.skippedRecords),
            ImportReport(
                added: 2,
                notes: [
                    .convertedFromWindows1252(source: "lijst.csv"), .aliasesIgnored(count: 2),
                    .wikilinksLinked(count: 1), .attachmentsImported(count: 2), .attachmentsNotIncluded(count: 1),
                ],
                invalid: [.init(location: RecordLocation(source: "a.md", line: nil), reason: .noKind)]),
        ]
        let lists = [
            MunicipalityListReport(added: 1, renamed: 2, unchanged: 339, missing: [], dryRun: false),
            MunicipalityListReport(
                added: 0, renamed: 0, unchanged: 1, missing: ["A", "B", "C", "D", "E", "F"], dryRun: true),
        ]
        let checks = [
            IntegrityReport(problems: [], entries: 3, municipalities: 342),
            IntegrityReport(
                problems: [
                    .damagedFile(count: 1, example: "Page 7: btreeInitPage() returns error code 11"),
                    .danglingReferences(count: 1),
                ],
                entries: 0, municipalities: 0),
            IntegrityReport(
                problems: [
                    .damagedFile(count: 20, example: "x"), .danglingReferences(count: 2), .searchIndexDisagrees,
                    .orphanedHistory(count: 1), .trashConflict(count: 2), .trashedEntryIndexed(count: 3),
                ],
                entries: 0, municipalities: 0),
        ]
        for language in Language.allCases {
            let catalog = Catalog(language)
            for report in imports {
                for line in report.summary(catalog).split(separator: "\n") {
                    assertWorded(String(line), "\(language) \(report)")
                }
            }
            for report in lists { assertWorded(report.summary(catalog), "\(language) \(report)") }
            for report in checks {
                for line in report.lines(catalog) { assertWorded(line, "\(language) \(report)") }
            }
        }
    }

    /// The English wording of the pieces: lists with their conjunction, places, sizes, reports.
    func testEnglishWording() {
        let english = Catalog(.english)
        XCTAssertEqual(
            KennisbankError.unknownMunicipality("Zwole", suggestions: ["Zwolle", "Zwolle-Oost"]).message(english),
            "Unknown municipality “Zwole”: did you mean “Zwolle” or “Zwolle-Oost”?")
        XCTAssertEqual(
            KennisbankError.ambiguousReference("2", candidates: (1...10).map { "2\($0)" }).message(english),
            "“2” fits several entries (“21”, “22”, “23”, “24”, “25”, “26”, “27” or “28” and 2 more): give more characters of the UUID, or the id."
        )
        XCTAssertEqual(
            KennisbankError.noObstacles(
                municipalities: [], province: .overijssel, topics: ["A", "B"], statuses: [.open, .resolved]
            ).message(english),
            "No obstacles in Overijssel with topic “A” or “B” with status open or resolved to compare: add them with `kb add obstacle`, or widen the selection."
        )
        XCTAssertEqual(
            KennisbankError.importFailed(
                .init(location: RecordLocation(source: "-", line: 2), field: .uuid, reason: .notAUUID("x"))
            )
            .message(english),
            "standard input, line 2, field “uuid”: “x” is not a UUID: write it like 0b9c8f2e-1d2a-4c6b-9e3f-5a7d8c9b0e1f, or leave it out. Nothing was imported."
        )
        XCTAssertEqual(
            KennisbankError.importFailed(
                .init(location: RecordLocation(source: "a.jsonl", line: 1), reason: .lineTooLong(limit: 16 << 20))
            )
            .message(english),
            "a.jsonl, line 1: the line is longer than 16 MB: one line holds one entry. Nothing was imported.")
        XCTAssertEqual(
            KennisbankError.municipalityListFailed(source: "l.csv", problem: .invalidRow(row: 4, .unknownProvince("X")))
                .message(english)
                .prefix(36),
            "l.csv, row 4: unknown province “X”: ")
        XCTAssertEqual(
            KennisbankError.cannotExport(.cannotWriteNote(folder: "notes", note: "0001-a.md", reason: .errno(EFBIG)))
                .message(english),
            "Cannot write the note 0001-a.md for notes: File too large. Nothing was exported.")
        XCTAssertEqual(
            ImportReport(added: 1, municipalitiesAdded: 1).summary(english),
            "Imported 1 entry: 1 added, 0 updated, 0 unchanged; added 1 municipality.")
        XCTAssertEqual(
            MunicipalityListReport(
                added: 0, renamed: 1, unchanged: 2, missing: ["A", "B", "C", "D", "E", "F"], dryRun: false
            ).summary(english),
            "Municipality list loaded: 0 added, 1 renamed (old names kept as aliases), 2 unchanged; 6 no longer in the list, kept (A, B, C, D, E, …). Bron: CBS."
        )
        XCTAssertEqual(
            IntegrityReport(problems: [.damagedFile(count: 25, example: "x")], entries: 0, municipalities: 0).lines(
                english
            ).first,
            "The file is damaged: SQLite's integrity check found 20 or more problems, such as “x”.")
    }

    /// Echoed user text is shortened and made printable: a message is always one safe line.
    func testEchoedTextIsClippedAndPrintable() {
        let message = KennisbankError.unknownEntry("\u{1B}[2J" + String(repeating: "x", count: 100)).message(
            Catalog(.english))
        XCTAssertTrue(message.hasPrefix("No entry “\\u{1B}[2Jxxx"), message)
        XCTAssertTrue(message.contains("…”"), message)
        XCTAssertFalse(message.unicodeScalars.contains(where: PrintableText.isUnprintable), message)
    }

    /// The error is a value that travels: JSON and back gives the same error.
    func testEveryErrorSurvivesJSON() throws {
        for error in ErrorSamples.all {
            let data = try JSONEncoder().encode(error)
            XCTAssertEqual(try JSONDecoder().decode(KennisbankError.self, from: data), error)
        }
        let problems: [IntegrityProblem] = [
            .damagedFile(count: 2, example: "x"), .danglingReferences(count: 3), .searchIndexDisagrees,
        ]
        let json = String(decoding: try JSONEncoder().encode(problems[1]), as: UTF8.self)
        XCTAssertTrue(json.contains(#""code":"dangling_references""#), json)
        XCTAssertEqual(
            try JSONDecoder().decode([IntegrityProblem].self, from: JSONEncoder().encode(problems)), problems)
    }

    private func assertWorded(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(text.trimmingCharacters(in: .whitespaces).isEmpty, "empty: \(context)", file: file, line: line)
        XCTAssertFalse(text.contains("\n"), "more than one line: \(text)", file: file, line: line)
        XCTAssertNil(
            text.range(of: #"\{[A-Za-z][A-Za-z0-9]*\}"#, options: .regularExpression), "a placeholder left: \(text)",
            file: file, line: line)
        XCTAssertNil(
            text.range(of: #"(error|report)\.[A-Za-z]+\."#, options: .regularExpression),
            "a key without a text: \(text)", file: file, line: line)
    }
}
