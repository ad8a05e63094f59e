import GRDB

/// The schema migrations: the numbered SQL files of `Migrations/`, embedded at build time,
/// followed by the data steps that fill a new knowledge base (the CBS registry).
enum SchemaMigrations {
    /// One migration: its identifier (the file name without `.sql`) and its SQL.
    struct SQLMigration: Sendable, Equatable {
        var identifier: String
        var sql: String
    }

    /// The SQL migrations embedded in this binary, in file-name order.
    static let embedded: [SQLMigration] = EmbeddedFiles.contents
        .compactMap { path, text -> SQLMigration? in
            guard path.hasPrefix("Migrations/"), path.hasSuffix(".sql") else { return nil }
            let name = path.dropFirst("Migrations/".count).dropLast(".sql".count)
            return SQLMigration(identifier: String(name), sql: text)
        }
        .sorted { $0.identifier < $1.identifier }

    /// The identifier of the data step that loads the bundled CBS registry.
    static let registryStep = "registry_cbs_gemeenten_2024"

    /// The identifier of the data step that records which analyzer built the search index.
    static let searchIndexStep = "search_index_dutch_analyzer"

    /// Data a SQL migration's new tables start with, loaded in the same migration (and so in
    /// its transaction) right after its SQL.
    static let dataFills: [String: @Sendable (Database) throws -> Void] = [
        "0006_former_municipalities": { db in try ReorganisationList.bundled.load(into: db) },
        "0009_compound_parts": { db in try SearchIndex.recordAnalyzer(in: db) },
    ]

    /// A migrator running `sqlMigrations` (each in its own transaction) and then the data steps.
    static func migrator(_ sqlMigrations: [SQLMigration] = embedded) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in sqlMigrations {
            let sql = migration.sql
            let fill = dataFills[migration.identifier]
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: sql)
                try fill?(db)
            }
        }
        migrator.registerMigration(registryStep) { db in
            try MunicipalityRegistry.bundled.load(into: db)
        }
        migrator.registerMigration(searchIndexStep) { db in
            try SearchIndex.rebuild(in: db)
        }
        return migrator
    }
}
