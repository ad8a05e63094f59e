import GRDB

extension ImportSession {
    /// Keeps the `[[wikilinks]]` of a note just applied, to be linked once every note exists.
    func keepNoteLinks(of record: ImportRecord) throws {
        guard !record.noteLinks.isEmpty, case .entry = record.content else { return }
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS kb_import_note_link (source TEXT NOT NULL, target TEXT NOT NULL)
                """)
        let insert = try db.cachedStatement(sql: "INSERT INTO temp.kb_import_note_link (source, target) VALUES (?, ?)")
        for target in record.noteLinks {
            try insert.execute(arguments: [record.location.source, target])
        }
    }

    /// Turns the kept wikilinks into the links the knowledge base has: from a tip or practice
    /// example to an obstacle it links to, an address (as if the note had listed the obstacle in
    /// `addresses`). Any other wikilink stays what it is, text in the body. Runs before
    /// ``finish(dryRun:sources:)``, which makes the links; returns how many wikilinks became links.
    func linkNotes() throws -> Int {
        guard try db.tableExists("kb_import_note_link", in: "temp") else { return 0 }
        try db.execute(
            sql: """
                INSERT INTO temp.kb_import_link (entry_id, position, reference, source, line)
                SELECT DISTINCT linker.entry_id, 1000000, obstacle.uuid, link.source, NULL
                FROM temp.kb_import_note_link AS link
                JOIN temp.kb_import_entry AS linker ON linker.source = link.source
                JOIN temp.kb_import_entry AS obstacle ON obstacle.source = link.target
                JOIN entry AS linking ON linking.id = linker.entry_id
                JOIN entry AS linked ON linked.id = obstacle.entry_id
                WHERE linking.kind IN ('example', 'tip') AND linked.kind = 'obstacle'
                """)
        let linked = db.changesCount
        try db.execute(sql: "DROP TABLE temp.kb_import_note_link")
        return linked
    }
}
