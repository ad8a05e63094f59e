import Foundation
import Kennisbank
import KennisbankFrontEnd
import XCTest

/// The wording of the history, the trash and what an import did not apply.
final class HistoryWordingTests: XCTestCase {
    static let skippedRecords = [
        SkippedRecord(
            location: RecordLocation(source: "2024.jsonl", line: 3), title: "Verslag werkbezoek",
            reason: .matchesExisting(entry: Entry.ID(7))),
        SkippedRecord(
            location: RecordLocation(source: "oud.jsonl", line: 1), title: "Leegstand",
            reason: .stale(
                entry: Entry.ID(2), stored: Date(timeIntervalSince1970: 1_719_835_200),
                record: Date(timeIntervalSince1970: 1_704_067_200))),
        SkippedRecord(
            location: RecordLocation(source: "notities", line: nil), title: "Tip", reason: .inTrash(entry: Entry.ID(4))),
        SkippedRecord(
            location: RecordLocation(source: "-", line: 9), title: "Tip", reason: .similar(entry: Entry.ID(5))),
    ]

    func testEverySkippedRecordIsALineWithPlaceTitleAndWhatToDo() {
        let report = ImportReport(added: 1, skippedRecords: Self.skippedRecords)
        let english = Catalog(.english)
        XCTAssertEqual(
            report.summary(english),
            "Imported 5 entries: 1 added, 0 updated, 0 unchanged; 4 not applied (listed below).")
        XCTAssertEqual(
            report.skippedLines(english),
            [
                "2024.jsonl, line 3: “Verslag werkbezoek” not applied: it has no UUID and differs from entry #7 of the same kind, municipality and title; give it its own UUID to keep both, or use --update-matching to replace #7.",
                "oud.jsonl, line 1: “Leegstand” not applied: it is older (01-01-2024 01:00) than entry #2 as stored (01-07-2024 14:00); use --force to apply it anyway.",
                "notities: “Tip” not applied: entry #4 is in the trash; use --force to bring it back and apply it.",
                "standard input, line 9: “Tip” not added: entry #5 of the same kind and municipality says nearly the same; use --allow-duplicate to add it anyway.",
            ])
        for language in Language.allCases {
            for line in report.skippedLines(Catalog(language)) {
                XCTAssertFalse(line.contains("{"), line)
                XCTAssertFalse(line.contains("history."), line)
            }
        }
    }

    func testTimesAreShownInAmsterdamWithSummerTime() {
        XCTAssertEqual(HumanTime.text(Date(timeIntervalSince1970: 1_704_067_200)), "01-01-2024 01:00")
        XCTAssertEqual(HumanTime.text(Date(timeIntervalSince1970: 1_719_835_200)), "01-07-2024 14:00")
    }

    func testARevisionSaysWhatMadeItAndWhatChanged() throws {
        let entry = Entry(
            id: Entry.ID(1), uuid: UUID(), kind: .tip, title: "T", body: "", municipality: nil, municipalityCode: nil,
            province: nil, topics: [], source: nil, date: nil, status: nil, addresses: [],
            createdAt: Date(), updatedAt: Date())
        let version = EntryVersion(entry: entry, municipalityID: nil, addressedBy: [])
        let edit = Revision(
            entryID: entry.id, number: 2, change: .edit, restoredFrom: nil, changedAt: Date(), author: nil,
            changed: [.title, .topics], version: version)
        let restore = Revision(
            entryID: entry.id, number: 3, change: .restore, restoredFrom: 1, changedAt: Date(), author: nil,
            changed: [.body], version: version)
        XCTAssertEqual(edit.summary(Catalog(.english)), "edited: title, topics")
        XCTAssertEqual(restore.summary(Catalog(.english)), "version 1 restored: text")
        XCTAssertEqual(edit.summary(Catalog(.dutch)), "gewijzigd: titel, thema's")
        for change in RevisionChange.allCases {
            var revision = edit
            revision.change = change
            for language in Language.allCases {
                XCTAssertFalse(revision.summary(Catalog(language)).contains("history."), "\(change) \(language)")
            }
        }
    }

    func testTheNewErrorsSayWhatToDo() {
        XCTAssertEqual(
            KennisbankError.entryInTrash(Entry.ID(3)).message(Catalog(.dutch)),
            "Item #3 ligt in de prullenbak: haal het terug met `kb prullenbak herstel 3`.")
        XCTAssertEqual(
            KennisbankError.unknownRevision(Entry.ID(5), revision: 9, latest: 3).message(Catalog(.english)),
            "Entry #5 has no version 9; its versions are 1 to 3 (`kb history 5` lists them).")
    }
}
