import GRDB

extension KnowledgeBase {
    /// The migrations applied to this knowledge base and those still pending.
    public func migrationStatus() throws -> MigrationStatus {
        let migrator = SchemaMigrations.migrator()
        return try read { db in
            let applied = try migrator.appliedIdentifiers(db)
            let known = migrator.migrations
            return MigrationStatus(
                applied: known.filter { applied.contains($0) } + applied.subtracting(known).sorted(),
                pending: known.filter { !applied.contains($0) })
        }
    }

    /// The identifiers of the migrations embedded in this binary, in order.
    public static var knownMigrations: [String] {
        SchemaMigrations.migrator().migrations
    }
}

extension KnowledgeBase {
    /// The migration status of the file at `path`, read without changing or creating it.
    ///
    /// Refuses what opening it would refuse: a special file, another program's database, a
    /// database made by a newer `kb`.
    public static func migrationStatus(at path: String) throws -> MigrationStatus {
        let migrator = SchemaMigrations.migrator()
        let file = try DatabaseFile(path)
        guard file.state == .sqlite else {
            return MigrationStatus(applied: [], pending: migrator.migrations)
        }
        return try ExistingDatabase.status(of: file, migrator: migrator)
    }
}
