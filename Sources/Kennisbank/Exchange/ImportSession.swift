import Foundation
import GRDB
import KennisbankText

/// One import, applied inside the caller's single write transaction.
///
/// Records are applied as they are read: a municipality is added unless known; an entry is
/// validated field by field, then inserted (new UUID), updated (known UUID, other content) or
/// skipped (known UUID, same content) through ``EntryStore``. The links of `addresses` are resolved
/// in ``finish(dryRun:sources:)``, once every entry of the import exists, so an entry may address
/// an obstacle that comes later in the file. What the import has seen (UUIDs with where they were
/// read, pending links) lives in temporary tables, not in memory, so that memory stays flat however
/// large the file.
final class ImportSession {
    let db: Database
    let now: Date
    let options: ImportOptions
    /// The records not applied, in the order read.
    var skippedRecords: [SkippedRecord] = []
    private(set) var municipalitiesAdded = 0
    private(set) var municipalitiesKnown = 0
    /// Municipality references already resolved in this import.
    private var municipalityCache: [String: Municipality] = [:]
    /// The former municipalities records named, each once, in the order first met.
    private(set) var formerMunicipalities: [FormerMunicipality] = []
    /// Attachments stored, and attachments records named without their bytes (see ``applyAttachments(of:)``).
    var attachmentsImported = 0
    var attachmentsNotIncluded = 0
    /// The words of stored bodies the duplicate check has read (see ``BodyWordsCache``).
    private let bodyWords = BodyWordsCache()

    /// What became of a record: `kept` is a stored entry left as it was without looking at its
    /// links (counted as skipped); `held` a record not applied (``SkippedRecord``).
    enum Outcome: String {
        case added, updated, skipped, kept, held
    }

    /// Prepares an import on `db`, which must be inside a write transaction.
    init(db: Database, now: Date, options: ImportOptions = ImportOptions()) throws {
        self.db = db
        self.now = now
        self.options = options
        try db.execute(
            sql: """
                DROP TABLE IF EXISTS temp.kb_import_entry;
                DROP TABLE IF EXISTS temp.kb_import_link;
                CREATE TEMP TABLE kb_import_entry (
                    uuid TEXT PRIMARY KEY,
                    source TEXT NOT NULL,
                    line INTEGER,
                    derived INTEGER NOT NULL,
                    entry_id INTEGER NOT NULL,
                    outcome TEXT NOT NULL,
                    record_updated_at TEXT,
                    previous_updated_at TEXT
                );
                CREATE TEMP TABLE kb_import_link (
                    entry_id INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    reference TEXT NOT NULL,
                    source TEXT NOT NULL,
                    line INTEGER
                );
                CREATE INDEX temp.kb_import_link_entry ON kb_import_link(entry_id, position);
                """)
    }

    /// Applies one record.
    func apply(_ record: ImportRecord) throws {
        switch record.content {
        case .municipality(let municipality):
            try apply(municipality, at: record.location)
        case .entry(let entry):
            try apply(entry, at: record.location)
            try applyAttachments(of: record)
        }
    }

    // MARK: Municipalities

    private func apply(_ record: MunicipalityRecord, at location: RecordLocation) throws {
        let province = try checked(location, field: .province) { try record.province.map(Province.init(resolving:)) }
        let municipality: ValidMunicipality
        do {
            municipality = try ValidMunicipality(
                name: record.name, code: record.code, province: province, attribution: record.attribution)
        } catch KennisbankError.emptyField(.municipalityName)
            where !record.name.trimmingCharacters(in: .whitespaces).isEmpty
        {
            throw location.failure(.nameWithoutLetters(record.name), field: .name)
        } catch let error as KennisbankError {
            throw location.placing(error, field: Self.municipalityField(of: error))
        }
        if let known = try MunicipalityStore.named(municipality.key, in: db) {
            if let code = municipality.code, let knownCode = known.code, code != knownCode {
                throw location.failure(
                    .codeConflict(name: municipality.name, known: knownCode, given: code), field: .code)
            }
            municipalitiesKnown += 1
            return
        }
        if let code = municipality.code, let holder = try MunicipalityStore.holding(code: code, in: db) {
            throw location.failure(.codeTaken(code: code, holder: holder.name), field: .code)
        }
        _ = try MunicipalityStore.insert(municipality, in: db)
        municipalityCache.removeAll()
        municipalitiesAdded += 1
    }

    /// The field of a municipality record a validation error is about.
    private static func municipalityField(of error: KennisbankError) -> RecordField? {
        switch error {
        case .invalidMunicipalityCode: .code
        case .emptyField(.attribution), .invalidCharacters(.attribution), .tooLong(.attribution, _): .attribution
        default: .name
        }
    }

    // MARK: Entries

    private func apply(_ record: EntryRecord, at location: RecordLocation) throws {
        let municipality = try self.municipality(of: record, at: location)
        try checkAccount(municipality?.name, at: location)
        let date = try record.date.map { text in
            guard let day = Day(parsing: text) else { throw location.placing(.invalidDate(text), field: .date) }
            return day
        }
        let contacts = try record.contacts.map { references in
            try references.map { reference in
                try checked(location, field: .contacts) {
                    try PersonStore.fetch(try PersonLookup.id(of: reference, in: db), in: db).id
                }
            }
        }
        let new = NewEntry(
            kind: record.kind, title: record.title, body: record.body, municipality: municipality?.id,
            topics: record.topics,
            source: record.source, date: date, status: record.status, uuid: record.uuid,
            createdAt: record.createdAt ?? now, updatedAt: record.updatedAt, contacts: contacts ?? [])
        // The one validation of the record's fields; its errors name the field they are about.
        var valid = try checked(location, field: nil) { try ValidEntry(new) }
        let uuid = record.uuid ?? DerivedUUID.make(kind: record.kind, municipality: municipality, title: valid.title)
        valid.uuid = uuid
        let uuidText = uuid.uuidString.lowercased()

        if let earlier = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT source, line, derived FROM temp.kb_import_entry WHERE uuid = ?"),
            arguments: [uuidText])
        {
            let earlierLocation = RecordLocation(source: earlier["source"], line: earlier["line"])
            if record.uuid == nil, earlier["derived"] as Bool {
                throw location.failure(.sameEntry(as: earlierLocation), field: .title)
            }
            throw location.failure(.uuidUsed(uuidText, at: earlierLocation), field: .uuid)
        }

        let entryID: Entry.ID
        var outcome: Outcome
        var previousUpdatedAt: String?
        if let trashed = try TrashStore.id(ofUUID: uuidText, in: db) {
            guard options.force, !options.onlyAdd else {
                return try hold(.inTrash(entry: trashed), uuid: uuidText, record: record, at: location)
            }
            _ = try TrashStore.restore(trashed, author: options.author, now: now, in: db)
        }
        if let existing = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT id, kind, updated_at FROM entry WHERE uuid = ?"), arguments: [uuidText])
        {
            entryID = try existing.decoded("id", table: "entry")
            if options.account != nil {
                try checkAccount(
                    try String.fetchOne(
                        db,
                        literal: """
                            SELECT municipality.name FROM entry JOIN municipality ON municipality.id = entry.municipality_id
                            WHERE entry.id = \(entryID)
                            """), at: location)
            }
            let storedTime: String = existing["updated_at"]
            previousUpdatedAt = storedTime
            guard let storedKind = EntryKind(rawValue: existing["kind"]) else {
                throw KennisbankError.damagedRow(table: "entry", id: existing["id"])
            }
            guard storedKind == valid.kind else {
                throw location.failure(.kindCannotChange(stored: storedKind), field: .kind)
            }
            let stale = record.updatedAt.map { Timestamp.string($0) < storedTime } ?? false
            if options.onlyAdd {
                outcome = .kept
            } else if try !EntryStore.differs(entryID, from: valid, in: db),
                try contacts == nil || ContactStore.uuids(of: entryID, in: db) == valid.contacts
            {
                // The same content: its links are compared in `finish`, unless the record is older.
                outcome = stale && !options.force ? .kept : .skipped
            } else if record.uuid == nil, !options.updateMatching {
                return try hold(.matchesExisting(entry: entryID), uuid: uuidText, record: record, at: location)
            } else if stale, !options.force, let recordDate = record.updatedAt {
                return try hold(
                    .stale(entry: entryID, stored: Timestamp.date(storedTime), record: recordDate), uuid: uuidText,
                    record: record, at: location)
            } else {
                try HistoryStore.keepCurrent(entryID, in: db)
                try checked(location, field: nil) {
                    try EntryStore.replaceContent(of: entryID, with: valid, in: db, now: now)
                    if contacts != nil { try ContactStore.replace(contactsOf: entryID, with: valid.contacts, in: db) }
                }
                outcome = .updated
            }
        } else {
            if !options.allowDuplicate, let twin = try DuplicateFinder.twin(of: valid, in: db, cache: bodyWords) {
                return try hold(.similar(entry: twin.id), uuid: uuidText, record: record, at: location)
            }
            entryID = try checked(location, field: nil) { try EntryStore.insert(valid, in: db, now: now) }
            outcome = .added
        }

        try db.cachedStatement(
            sql: """
                INSERT INTO temp.kb_import_entry (uuid, source, line, derived, entry_id, outcome, record_updated_at, previous_updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            uuidText, location.source, location.line, record.uuid == nil, entryID, outcome.rawValue,
            record.updatedAt.map(Timestamp.string), previousUpdatedAt,
        ])
        guard outcome != .kept else { return }
        let link = try db.cachedStatement(
            sql: "INSERT INTO temp.kb_import_link (entry_id, position, reference, source, line) VALUES (?, ?, ?, ?, ?)")
        for (position, address) in record.addresses.enumerated() {
            try link.execute(arguments: [entryID, position, address, location.source, location.line])
        }
    }

    /// Notes a record that is not applied: reported, and remembered so that a second record with
    /// its UUID in the same import is still an error.
    private func hold(_ reason: SkippedRecord.Reason, uuid: String, record: EntryRecord, at location: RecordLocation)
        throws
    {
        skippedRecords.append(SkippedRecord(location: location, title: record.title, reason: reason))
        try db.cachedStatement(
            sql: """
                INSERT INTO temp.kb_import_entry (uuid, source, line, derived, entry_id, outcome)
                VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            uuid, location.source, location.line, record.uuid == nil, reason.entry, Outcome.held.rawValue,
        ])
    }

    /// The record field a validation error is about.
    private static func field(of error: KennisbankError) -> RecordField? {
        switch error {
        case .emptyField(let field), .invalidCharacters(let field), .tooLong(let field, _):
            return field.recordField
        case .emptyTopic: return .topics
        case .invalidDate: return .date
        case .unknownMunicipality, .ambiguousMunicipality, .municipalityRequired, .splitMunicipality:
            return .municipality
        case .statusOnlyForObstacles: return .status
        case .obstacleCannotAddress, .notAnObstacle, .notAddressed, .unknownEntry, .ambiguousReference:
            return .addresses
        case .duplicateUUID: return .uuid
        default: return nil
        }
    }

    /// Refuses an entry of `municipality` (nil: a network tip) that ``ImportOptions/account`` may not add or change.
    private func checkAccount(_ municipality: String?, at location: RecordLocation) throws {
        guard let account = options.account, !account.may(.change, municipality: municipality) else { return }
        throw location.failure(.notYours(municipality: municipality), field: .municipality)
    }

    /// The municipality an entry record names, by name and else by code; nil for a network tip.
    private func municipality(of record: EntryRecord, at location: RecordLocation) throws -> Municipality? {
        guard record.municipality != nil || record.municipalityCode != nil else {
            guard record.kind == .tip else {
                throw location.failure(.municipalityRequired(record.kind), field: .municipality)
            }
            return nil
        }
        let cacheKey = (record.municipality ?? "") + "\u{1F}" + (record.municipalityCode ?? "")
        if let cached = municipalityCache[cacheKey] { return cached }
        let found: Municipality
        if let name = record.municipality {
            do {
                let match = try MunicipalityLookup.match(name, in: db)
                found = match.municipality
                if let former = match.former, !formerMunicipalities.contains(former) {
                    formerMunicipalities.append(former)
                }
            } catch {
                guard let code = record.municipalityCode.flatMap(MunicipalityLookup.code(from:)),
                    let byCode = try MunicipalityLookup.fetch(db, where: "code = \(code)").first
                else {
                    guard let error = error as? KennisbankError else { throw error }
                    throw location.placing(error, field: .municipality)
                }
                found = byCode
            }
        } else {
            let text = record.municipalityCode ?? ""
            guard let code = MunicipalityLookup.code(from: text) else {
                throw location.placing(.invalidMunicipalityCode(text), field: .municipalityCode)
            }
            found = try checked(location, field: .municipalityCode) { try MunicipalityLookup.resolve(code, in: db) }
        }
        if municipalityCache.count > 10_000 { municipalityCache.removeAll() }
        municipalityCache[cacheKey] = found
        return found
    }

    /// Runs `work`, placing a validation error at `location` and `field` (when nil, the field
    /// the error is about).
    func checked<T>(_ location: RecordLocation, field: RecordField?, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KennisbankError {
            throw location.placing(error, field: field ?? Self.field(of: error))
        }
    }
}
