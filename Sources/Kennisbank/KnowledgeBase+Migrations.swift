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
    public static func migrationStatus(at path: String) throws -> MigrationStatus {
        let migrator = SchemaMigrations.migrator()
        let state = try DatabaseFile.inspect(path)
        guard state == .sqlite else {
            return MigrationStatus(applied: [], pending: migrator.migrations)
        }
        var configuration = configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let applied = try migrator.appliedIdentifiers(db)
                let known = migrator.migrations
                return MigrationStatus(
                    applied: known.filter { applied.contains($0) } + applied.subtracting(known).sorted(),
                    pending: known.filter { !applied.contains($0) })
            }
        } catch {
            throw openError(error, path: path)
        }
    }
}
