import GRDB

/// What an export reads: the municipalities that must travel with the entries, and the
/// entries themselves in id order, a page at a time so that memory does not grow with them.
enum ExportQuery {
    /// Entries are read this many at a time.
    static let pageSize = 500

    /// The municipalities that a new knowledge base would not know from its bundled CBS registry,
    /// by code or by name (added by hand, samples, new ones from a newer CBS list), that the export
    /// must carry: all of them for a full export, else those of the selected entries. By name.
    static func municipalities(_ filter: EntryFilter, in db: Database) throws -> [Municipality] {
        let outsideRegistry = { (municipality: Municipality) in !MunicipalityRegistry.bundledKnows(municipality) }
        if filter.selectsEverything {
            return try Municipality.fetchAll(
                db, literal: "SELECT \(Municipality.columns("m")) FROM municipality m ORDER BY m.name"
            )
            .filter(outsideRegistry)
        }
        return try Municipality.fetchAll(
            db,
            literal: """
                SELECT DISTINCT \(Municipality.columns("m")) FROM \(Entry.joins)
                WHERE \(filter.condition) AND m.id IS NOT NULL
                ORDER BY m.name
                """
        ).filter(outsideRegistry)
    }

    /// The largest entry id in the knowledge base (0 when it is empty).
    static func largestID(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM entry") ?? 0
    }

    /// How many entries `filter` selects (for progress).
    static func entryCount(_ filter: EntryFilter, in db: Database) throws -> Int {
        try Int.fetchOne(db, literal: "SELECT count(*) FROM \(Entry.joins) WHERE \(filter.condition)") ?? 0
    }

    /// Calls `body` with each entry that `filter` selects, by id.
    static func forEachEntry(_ filter: EntryFilter, in db: Database, _ body: (Entry) throws -> Void) throws {
        var last = Entry.ID(0)
        while true {
            let entries = try EntryStore.fetchAll(
                """
                SELECT \(Entry.columns) FROM \(Entry.joins)
                WHERE \(filter.condition) AND e.id > \(last) ORDER BY e.id LIMIT \(pageSize)
                """, in: db)
            guard let page = entries.last else { return }
            last = page.id
            for entry in entries {
                try body(entry)
            }
        }
    }

    /// Whether any entry has an attached file (when none has, an export reads no attachments).
    static func hasAttachments(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM attachment WHERE detached_at IS NULL)") ?? false
    }

    /// The attached files of entry `id`, by name, with their bytes when `contents`.
    static func attachments(of id: Entry.ID, contents: Bool, in db: Database) throws -> [ExportedAttachment] {
        try AttachmentStore.list(id, in: db).map { attachment in
            ExportedAttachment(
                attachment: attachment, contents: contents ? try AttachmentStore.contents(attachment.id, in: db) : nil)
        }
    }
}
