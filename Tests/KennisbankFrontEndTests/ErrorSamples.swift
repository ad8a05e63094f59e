import Foundation
import Kennisbank

/// One value of every case of ``KennisbankError`` and of each of its parts, for the tests that
/// every case is worded in every language. `ErrorMessageTests` checks that they cover every
/// case's ``KennisbankError/Code`` (and every code of the parts), so a new case needs a sample here.
enum ErrorSamples {
    static let path = "/tmp/kb/kennisbank.sqlite"
    static let location = RecordLocation(source: "notes.jsonl", line: 3)
    static let system = KennisbankError.SystemReason.errno(ENOSPC)

    /// Every case of the error itself, with its parts' first samples.
    static let cases: [KennisbankError] = [
        .unknownMunicipality("Zwole", suggestions: ["Zwolle"]),
        .ambiguousMunicipality("Bergen", candidates: ["Bergen (L.)", "Bergen (NH.)"]),
        .municipalityExists("Nieuwstad", code: "GM9999"),
        .invalidMunicipalityCode("XY12"),
        .unknownProvince("Frisia"),
        .unknownEntry("42"),
        .ambiguousReference("2a5e", candidates: ["2a5ef4c4", "2a5e0000"]),
        .unknownTopic("Vastgoedd", suggestions: ["Vastgoed"]),
        .topicNotOnEntry("Vertrouwen"),
        .municipalityInUse("Voorbeeldstad", entries: 3),
        .emptyField(.title),
        .invalidCharacters(field: .body),
        .tooLong(field: .title, limit: 500),
        .emptyTopic("--"),
        .tooManyTopics(limit: 50),
        .invalidDate("gisteren"),
        .municipalityRequired(.example),
        .statusOnlyForObstacles,
        .obstacleCannotAddress,
        .notAnObstacle(Entry.ID(7)),
        .notAddressed(Entry.ID(8)),
        .duplicateUUID("2a5ef4c4-3c5a-4f4b-81c1-3154a3c405fe"),
        .ruleBroken,
        .noObstacles(
            municipalities: ["Deventer", "Zwolle"], province: .overijssel, topics: ["Vertrouwen"], statuses: [.open]),
        .newerDatabase(path: path, unknownMigrations: ["9999_from_the_future"]),
        .databaseIsDirectory("/tmp/kb"),
        .notADatabase(path),
        .otherProgramsDatabase(path),
        .missingFolder("/tmp/nowhere"),
        .readOnlyDatabase(path),
        .cannotOpen(path: path, problem: .busy),
        .damagedDatabase(path: path, damage: .truncated),
        .damagedRow(table: "entry", id: 12),
        .backupExists("/tmp/backup.sqlite"),
        .cannotImport(source: "notes.csv", problem: .unknownFormat),
        .importFailed(.init(location: location, field: .title, reason: .noTitle)),
        .municipalityListFailed(source: "gemeenten-2025.csv", problem: .empty),
        .cannotExport(.markdownNeedsFolder),
        .noKnowledgeBase(path),
        .similarTopics([SimilarTopic(label: "Vertrouwn", existing: "Vertrouwen", location: location)]),
        .topicExists("Cocreatie", existing: "Co-creatie"),
        .similarMunicipality("Zwole", similar: ["Zwolle"]),
        .splitMunicipality("Haaren", successors: ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]),
        .entryInTrash(Entry.ID(3)),
        .notInTrash("12"),
        .possibleDuplicate(of: Entry.ID(4), title: "Verslag werkbezoek"),
        .unknownRevision(Entry.ID(5), revision: 9, latest: 3),
        .importFailedRecords(
            [
                .init(
                    location: RecordLocation(source: "lijst.csv", row: 3), field: .kind, reason: .unknownKind("recept")),
                .init(location: location, reason: .noTitle),
            ], total: 25),
        .account(.unknownAccount("anna")),
        .synonyms(.noSynonyms("fietsenstalling")),
        .people(.unknownPerson("Anna de Vris", suggestions: ["Anna de Vries (Zwolle)"])),
        .visits(.unknownVisit("99")),
        .conditions(.unknownCondition(9, highest: 7)),
        .meetings(.unknownMeeting("2015-05-22")),
        .attachment(.nameTaken("notulen.pdf")),
    ]

    /// Every attachment problem.
    static let attachmentErrors: [KennisbankError] = [
        .attachment(.tooLarge(name: "begroting.xlsx", size: 31_457_280, limit: 26_214_400)),
        .attachment(.invalidName("..")), .attachment(.nameTaken("notulen.pdf")),
        .attachment(.unknownAttachment("foto.jpg", names: ["notulen.pdf", "begroting.xlsx"])),
        .attachment(.unknownAttachment("foto.jpg", names: [])), .attachment(.notDetached("foto.jpg")),
        .attachment(.notAFile(path: "/tmp/kb/missing.pdf")), .attachment(.unreadable(path: "/tmp/kb/locked.pdf")),
        .attachment(.fileExists(path: "/tmp/kb/notulen.pdf")), .attachment(.notAFolder(path: "/tmp/kb/nowhere")),
        .attachment(.cannotWrite(path: "/tmp/kb/notulen.pdf")), .attachment(.checksumMismatch(name: "notulen.pdf")),
        .attachment(.malformed(name: nil)), .attachment(.malformed(name: "notulen.pdf")),
    ]

    /// Every problem with a meeting.
    static let meetingErrors: [KennisbankError] = [
        .meetings(.unknownMeeting("12")),
        .meetings(.ambiguousMeeting("2025-03-01", candidates: ["#3 Ochtend", "#4 Middag"])),
        .meetings(.invalidTheme(limit: 200)), .meetings(.notAttending("Anna de Vries (Zwolle)", meeting: 2)),
        .meetings(.notLinked(Entry.ID(7), meeting: 2)), .meetings(.meetingNotEmpty(2, attendees: 3, entries: 0)),
        .meetings(.meetingNotEmpty(2, attendees: 0, entries: 4)),
    ]

    /// Every problem with a condition for success.
    static let conditionErrors: [KennisbankError] = [
        .conditions(.unknownCondition(9, highest: 7)), .conditions(.unknownCondition(1, highest: 0)),
        .conditions(.invalidDescription(limit: 2000)), .conditions(.invalidNote(limit: 500)),
        .conditions(.unchanged(3)),
    ]

    /// Every problem with a person.
    static let personProblems: [KennisbankError.PersonProblem] =
        [
            .unknownPerson("Anna de Vris", suggestions: ["Anna de Vries (Zwolle)"]),
            .unknownPerson("Niemand", suggestions: []),
            .ambiguousPerson("Anna de Vries", candidates: ["Anna de Vries (Deventer)", "Anna de Vries (Zwolle)"]),
            .personExists(name: "Anna de Vries", municipality: "Zwolle"), .invalidEmail("anna@"),
            .invalidPhone("bel me"), .notAContact("Anna de Vries (Zwolle)"), .notRemoved("Anna"),
            .cannotRestore("Anna de Vries (Zwolle)"),
        ] + KennisbankError.PersonField.allCases.map { .emptyField($0) }
        + KennisbankError.PersonField.allCases.map { .invalidField($0, limit: 200) }

    /// Every synonym problem.
    static let synonymErrors: [KennisbankError] = [
        .synonyms(.tooFewWords), .synonyms(.invalidWord("", limit: 100)),
        .synonyms(.invalidWord(String(repeating: "x", count: 120), limit: 100)),
        .synonyms(.unsearchableWord("de")), .synonyms(.alreadySynonyms(["mfa", "multifunctionele accommodatie"])),
        .synonyms(.noSynonyms("fietsenstalling")),
    ]

    /// Every account problem.
    static let accountErrors: [KennisbankError] = [
        .account(.unknownAccount("anna")), .account(.accountExists("Anna")),
        .account(.invalidName("", limit: 100)), .account(.passwordTooShort(minimum: 10)),
        .account(.passwordTooLong(maximum: 72)),
    ]

    static let openProblems: [KennisbankError.OpenProblem] =
        KennisbankError.FileType.allCases.map { .notARegularFile($0) } + [
            .linkLoop, .danglingLink, .unreadable, .folderCannotBeCreated("/tmp/kb"), .busy, .locked, .diskFull,
            .sqliteCannotOpen, .sqliteError(10), .walNeedsWritableFolder, .backupFailed(path + ".backup"),
            .unexpected("CocoaError 512"),
        ]

    static let exportProblems: [KennisbankError.ExportProblem] = [
        .ownDatabase(path: "./kb.sqlite", database: path), .ownDatabase(path: "kb.sqlite", database: nil),
        .outputIsOwnDatabase(database: path), .sqliteDatabase(path: "other.sqlite"),
        .sqliteCompanion(path: "other.sqlite-wal", database: "other.sqlite", suffix: "-wal"), .markdownNeedsFolder,
        .folderOnlyForMarkdown(.csv), .targetIsFolder(path: "/tmp", format: .jsonl),
        .cannotCreateFile(path: "/nope/x.jsonl"),
        .cannotReplace(path: "x.jsonl"), .markdownTargetIsFile(folder: "notes.md"), .folderNotEmpty(folder: "notes"),
        .cannotCreateFolder(folder: "a/b", reason: system),
        .cannotWriteFolder(folder: "notes", reason: .described("Disk quota exceeded")),
        .folderCreatedMeanwhile(folder: "notes"), .cannotMoveFolder(folder: "notes", reason: system),
        .noteWrittenMeanwhile(folder: "notes", note: "0001-tip.md"),
        .cannotMoveNote(folder: "notes", note: "0001-tip.md", reason: system),
        .cannotWriteNote(folder: "notes", note: "0001-tip.md", reason: .errno(EFBIG)),
        .cannotWrite(path: nil, reason: system),
        .cannotWrite(path: "x.jsonl", reason: system),
        .tooManyNotesForZip(count: 100_000, limit: 20_000),
        .tooManyFilesForZip(notes: 12_000, attachments: 9_000, limit: 20_000),
        .attachmentsTooLargeForZip(bytes: 1_200_000_000, limit: 1 << 30),
        .tooLargeToDownload(bytes: 300_000_000, limit: 256 << 20),
    ]

    static let importFileProblems: [KennisbankError.ImportFileProblem] = [
        .noSuchFile, .noSuchFileOrFolder, .isFolder, .unreadable, .folderUnreadable, .noMarkdownFiles,
        .readFailed(.errno(EIO)),
        .unknownFormat, .notAWorkbook,
        .notAZip, .tooManyZipEntries(limit: 20_000), .zipTooLarge(limit: 256 << 20),
        .unsafeZipEntryName("../kwaad.md"), .noMarkdownFilesInZip,
        .notEnoughSpace(needed: 13_300_000_000, available: 5_200_000_000, folder: "/data/kennisbank"),
    ]

    static let shapes: [KennisbankError.ValueShape] = [
        .null, .text, .number, .boolean, .object, .list, .listHolding(.number), .nestedList, .fieldGroup, .alias,
        .other,
    ]

    static let importReasons: [KennisbankError.ImportReason] = fixedReasons + kindReasons + shapeReasons

    private static let kindReasons: [KennisbankError.ImportReason] =
        EntryKind.allCases.map { .kindCannotChange(stored: $0) } + EntryKind.allCases.map { .municipalityRequired($0) }
        + [.notYours(municipality: "Zwolle"), .notYours(municipality: nil)]

    private static let shapeReasons: [KennisbankError.ImportReason] =
        shapes.map { .notText($0) } + shapes.map { .notAJSONObject($0) }

    private static let fixedReasons: [KennisbankError.ImportReason] = [
        .unknownField("colour", allowed: [.uuid, .kind, .title]), .noKind, .unknownKind("recept"), .notAUUID("abc"),
        .noTitle,
        .notAStatus("klaar"), .statusOnlyForObstacles(.tip), .obstacleCannotAddress, .notATime("gisteren"), .noName,
        .nameWithoutLetters("--"), .codeConflict(name: "Zwolle", known: "GM0193", given: "GM0001"),
        .codeTaken(code: "GM0193", holder: "Zwolle"), .sameEntry(as: RecordLocation(source: "a.md", line: nil)),
        .uuidUsed("2a5ef4c4-3c5a-4f4b-81c1-3154a3c405fe", at: RecordLocation(source: "-", line: 1)),
        .invalid(.emptyField(.title)), .notOneText, .notTextList(.object), .notUTF8(.csv), .notUTF8(.jsonl),
        .fileTooLarge(limit: 8 << 20), .fileUnreadable, .lineTooLong(limit: 16 << 20),
        .jsonRecordTooLong(limit: 16 << 20),
        .csvRecordTooLong(limit: 16 << 20), .tooManyColumns(limit: 100), .quoteInsideField, .textAfterClosingQuote,
        .quoteNotClosed, .fieldCountMismatch(count: 3, header: 4), .emptyCSV,
        .unknownColumn("colour", allowed: [.id, .kind]),
        .duplicateColumn(.title), .missingColumn(.kind), .emptyJSON, .notAJSONArray, .arrayNotClosed,
        .expectedCommaOrBracket, .elementNotObject, .recordNotClosed, .moreAfterObject, .moreAfterArray,
        .invalidJSON(detail: nil), .invalidJSON(detail: "Unexpected character 'x' around line 1"), .noFrontMatter,
        .frontMatterNotClosed, .bodyInFrontMatter, .frontMatterTooLarge(limit: 64 << 10),
        .frontMatter(.indentedTooDeep(columns: 24)), .frontMatter(.anchorOrAlias(symbol: "&")),
        .frontMatter(.nestedTooDeep(levels: 4)),
        .invalidYAML(.parser("mapping values are not allowed in this context")),
        .invalidYAML(.duplicateFields(["title"])),
        .invalidYAML(.unreadable), .unreadableYAML, .frontMatterNotFields, .fieldNameNotWord,
    ]

    static let listProblems: [KennisbankError.MunicipalityListProblem] = [
        .notAFile, .tooLarge(limit: 10 << 20), .unreadable, .notUTF8, .notCSV,
        .invalidCSV(detail: "unexpected end of file"),
        .missingColumn("Provincienaam"), .empty, .notACode(row: 5, code: "XY"), .emptyName(row: 6),
        .duplicateCode(row: 7, code: "GM0193"), .invalidRow(row: 8, .unknownProvince("Frisia")),
    ]

    /// Every field, kind and the cases whose wording depends on their values.
    private static let variants: [KennisbankError] = [
        .unknownMunicipality("Nergenshuizen", suggestions: []), .unknownTopic("Niets", suggestions: []),
        .municipalityExists("Nieuwstad", code: nil), .municipalityInUse("Voorbeeldstad", entries: 1),
        .damagedRow(table: "topic", id: nil), .noObstacles(municipalities: [], province: nil, topics: [], statuses: []),
        .ambiguousReference("2", candidates: (1...12).map { "2\($0)" }),
        .importFailed(.init(location: RecordLocation(source: "a.md", line: nil), reason: .noKind)),
    ]

    private static let fieldErrors: [KennisbankError] =
        KennisbankError.Field.allCases.map { .emptyField($0) }
        + KennisbankError.Field.allCases.map { .invalidCharacters(field: $0) }
        + KennisbankError.Field.allCases.map { .tooLong(field: $0, limit: 9) }
        + EntryKind.allCases.map { .municipalityRequired($0) }

    private static let databaseErrors: [KennisbankError] =
        KennisbankError.Damage.allCases.map { .damagedDatabase(path: path, damage: $0) }
        + openProblems.map { .cannotOpen(path: path, problem: $0) }

    private static let exchangeErrors: [KennisbankError] =
        exportProblems.map { .cannotExport($0) } + importFileProblems.map { .cannotImport(source: "-", problem: $0) }
        + importReasons.map { .importFailed(.init(location: location, field: .title, reason: $0)) }
        + listProblems.map { .municipalityListFailed(source: "gemeenten.csv", problem: $0) }

    /// Every sample error: the cases and every part in its case.
    static let all: [KennisbankError] =
        cases + variants + fieldErrors + databaseErrors + exchangeErrors + accountErrors + synonymErrors
        + personProblems.map { .people($0) } + visitProblems.map { .visits($0) }
        + conditionErrors + meetingErrors + attachmentErrors

    /// Every problem with a visit.
    static let visitProblems: [KennisbankError.VisitProblem] = [
        .unknownVisit("99"), .sameMunicipality("Deventer"), .emptyNotes, .notesTooLong(limit: 4000),
    ]
}
