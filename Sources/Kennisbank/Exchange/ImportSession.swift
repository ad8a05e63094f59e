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
    private let db: Database
    private let now: Date
    private var municipalitiesAdded = 0
    private var municipalitiesKnown = 0
    /// Municipality references already resolved in this import.
    private var municipalityCache: [String: Municipality] = [:]

    private enum Outcome: String {
        case added, updated, skipped
    }

    /// Prepares an import on `db`, which must be inside a write transaction.
    init(db: Database, now: Date) throws {
        self.db = db
        self.now = now
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
        }
    }

    // MARK: Municipalities

    private func apply(_ record: MunicipalityRecord, at location: RecordLocation) throws {
        let name = try checked(location, field: .name) {
            try EntryValidation.text(record.name, field: .municipalityName, limit: 200)
        }
        let key = TextFolding.lookupKey(name)
        guard !key.isEmpty else {
            throw location.failure(.nameWithoutLetters(name), field: .name)
        }
        var code: String?
        if let text = record.code {
            guard let parsed = MunicipalityLookup.code(from: text), text.trimmingCharacters(in: .whitespaces).count >= 4
            else {
                throw location.placing(.invalidMunicipalityCode(text), field: .code)
            }
            code = parsed
        }
        let province = try checked(location, field: .province) { try record.province.map(Province.init(resolving:)) }
        let attribution = try checked(location, field: .attribution) {
            try EntryValidation.optionalText(record.attribution, field: .attribution, limit: 200)
        }
        let known = try Row.fetchOne(
            db,
            literal: """
                SELECT name, code FROM municipality WHERE lookup_key = \(key)
                UNION ALL
                SELECT m.name, m.code FROM municipality_alias a JOIN municipality m ON m.id = a.municipality_id
                WHERE a.lookup_key = \(key)
                LIMIT 1
                """)
        if let known {
            let knownCode: String? = known["code"]
            if let code, let knownCode, code != knownCode {
                throw location.failure(.codeConflict(name: name, known: knownCode, given: code), field: .code)
            }
            municipalitiesKnown += 1
            return
        }
        if let code, let holder = try String.fetchOne(db, literal: "SELECT name FROM municipality WHERE code = \(code)")
        {
            throw location.failure(.codeTaken(code: code, holder: holder), field: .code)
        }
        try db.execute(
            literal: """
                INSERT INTO municipality (name, lookup_key, base_key, code, province, attribution)
                VALUES (\(name), \(key), \(MunicipalityLookup.baseKey(of: name)), \(code), \(province), \(attribution))
                """)
        municipalityCache.removeAll()
        municipalitiesAdded += 1
    }

    // MARK: Entries

    private func apply(_ record: EntryRecord, at location: RecordLocation) throws {
        let municipality = try self.municipality(of: record, at: location)
        let date = try record.date.map { text in
            guard let day = Day(parsing: text) else { throw location.placing(.invalidDate(text), field: .date) }
            return day
        }
        let new = NewEntry(
            kind: record.kind, title: record.title, body: record.body, municipality: municipality?.id,
            topics: record.topics,
            source: record.source, date: date, status: record.status, uuid: record.uuid,
            createdAt: record.createdAt ?? now, updatedAt: record.updatedAt)
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
        let outcome: Outcome
        var previousUpdatedAt: String?
        if let existing = try Row.fetchOne(
            try db.cachedStatement(sql: "SELECT id, kind, updated_at FROM entry WHERE uuid = ?"), arguments: [uuidText])
        {
            entryID = try existing.decoded("id", table: "entry")
            previousUpdatedAt = existing["updated_at"]
            guard let storedKind = EntryKind(rawValue: existing["kind"]) else {
                throw KennisbankError.damagedRow(table: "entry", id: existing["id"])
            }
            outcome = try update(entryID, storedKind: storedKind, to: valid, at: location)
        } else {
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
        let link = try db.cachedStatement(
            sql: "INSERT INTO temp.kb_import_link (entry_id, position, reference, source, line) VALUES (?, ?, ?, ?, ?)")
        for (position, address) in record.addresses.enumerated() {
            try link.execute(arguments: [entryID, position, address, location.source, location.line])
        }
    }

    /// Brings the stored entry `id` to the record's content when it differs; says whether it did.
    private func update(_ id: Entry.ID, storedKind: EntryKind, to valid: ValidEntry, at location: RecordLocation) throws
        -> Outcome
    {
        guard storedKind == valid.kind else {
            throw location.failure(.kindCannotChange(stored: storedKind), field: .kind)
        }
        guard try EntryStore.differs(id, from: valid, in: db) else { return .skipped }
        try checked(location, field: nil) { try EntryStore.replaceContent(of: id, with: valid, in: db, now: now) }
        return .updated
    }

    /// The record field a validation error is about.
    private static func field(of error: KennisbankError) -> RecordField? {
        switch error {
        case .emptyField(let field), .invalidCharacters(let field), .tooLong(let field, _):
            return field.recordField
        case .emptyTopic: return .topics
        case .invalidDate: return .date
        case .unknownMunicipality, .ambiguousMunicipality, .municipalityRequired: return .municipality
        case .statusOnlyForObstacles: return .status
        case .obstacleCannotAddress, .notAnObstacle, .notAddressed, .unknownEntry, .ambiguousReference:
            return .addresses
        case .duplicateUUID: return .uuid
        default: return nil
        }
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
                found = try MunicipalityLookup.resolve(name, in: db)
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

    // MARK: Finishing

    /// Links entries to the obstacles they address, settles update times, and counts.
    func finish(dryRun: Bool, sources: [String]) throws -> ImportReport {
        var lastRow: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, entry_id, outcome, record_updated_at, previous_updated_at FROM temp.kb_import_entry
                    WHERE rowid > ? AND (outcome <> 'added' OR entry_id IN (SELECT entry_id FROM temp.kb_import_link))
                    ORDER BY rowid LIMIT 1000
                    """, arguments: [lastRow])
            guard let last = rows.last else { break }
            lastRow = last["rowid"]
            for row in rows {
                try settle(row)
            }
        }
        var report = ImportReport(
            municipalitiesAdded: municipalitiesAdded, municipalitiesKnown: municipalitiesKnown, dryRun: dryRun,
            sources: sources)
        for row in try Row.fetchAll(db, sql: "SELECT outcome, count(*) AS n FROM temp.kb_import_entry GROUP BY outcome")
        {
            let count: Int = row["n"]
            switch Outcome(rawValue: row["outcome"]) {
            case .added: report.added = count
            case .updated: report.updated = count
            case .skipped: report.skipped = count
            case nil: break
            }
        }
        try db.execute(sql: "DROP TABLE temp.kb_import_link; DROP TABLE temp.kb_import_entry")
        return report
    }

    /// Links one entry and, when it changed, sets its update time.
    private func settle(_ row: Row) throws {
        let entryID: Entry.ID = try row.decoded("entry_id", table: "entry")
        var outcome = Outcome(rawValue: row["outcome"]) ?? .added
        let kind =
            try EntryKind.fetchOne(db.cachedStatement(sql: "SELECT kind FROM entry WHERE id = ?"), arguments: [entryID])
            ?? .tip
        var targets: [Entry.ID] = []
        for link in try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT reference, source, line FROM temp.kb_import_link WHERE entry_id = ? ORDER BY position"),
            arguments: [entryID])
        {
            let location = RecordLocation(source: link["source"], line: link["line"])
            let obstacle = try checked(location, field: .addresses) {
                try EntryStore.resolve(link["reference"], in: db)
            }
            if !targets.contains(obstacle) { targets.append(obstacle) }
            if outcome == .added {
                try checked(location, field: .addresses) {
                    try EntryStore.addAddress(obstacle, from: entryID, kind: kind, in: db)
                }
            }
        }
        if outcome != .added {
            let current = try Entry.ID.fetchAll(
                db.cachedStatement(sql: "SELECT obstacle_id FROM entry_obstacle WHERE entry_id = ?"),
                arguments: [entryID])
            if Set(current) != Set(targets) {
                let stored = try Row.fetchOne(
                    db, sql: "SELECT source, line FROM temp.kb_import_entry WHERE entry_id = ?", arguments: [entryID])
                let location = RecordLocation(source: stored?["source"] ?? "", line: stored?["line"])
                let changes = EntryChanges(
                    addAddresses: targets.filter { !current.contains($0) },
                    removeAddresses: current.filter { !targets.contains($0) })
                try checked(location, field: .addresses) {
                    try EntryStore.update(entryID, with: changes, in: db, now: now)
                }
                outcome = .updated
                try db.execute(
                    sql: "UPDATE temp.kb_import_entry SET outcome = 'updated' WHERE entry_id = ?", arguments: [entryID])
            }
        }
        if outcome == .updated {
            // The file's update time when it is newer than the stored one (the entry changed
            // elsewhere), else now (the file was edited by hand).
            let recordTime: String? = row["record_updated_at"]
            let previous: String? = row["previous_updated_at"]
            let time = recordTime.map { $0 > (previous ?? "") ? $0 : Timestamp.string(now) } ?? Timestamp.string(now)
            try db.execute(
                sql: "UPDATE entry SET updated_at = max(created_at, ?) WHERE id = ?", arguments: [time, entryID])
        }
    }

    /// Runs `work`, placing a validation error at `location` and `field` (when nil, the field
    /// the error is about).
    private func checked<T>(_ location: RecordLocation, field: RecordField?, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KennisbankError {
            throw location.placing(error, field: field ?? Self.field(of: error))
        }
    }
}
