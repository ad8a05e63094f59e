import Foundation
import GRDB
import XCTest

@testable import Kennisbank

final class SchemaMigrationTests: XCTestCase {
    func testEmbeddedMigrationsEqualTheFiles() throws {
        let folder = packageRoot.appendingPathComponent("Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
            .sorted()
        XCTAssertFalse(names.isEmpty)
        let files = try names.map { name in
            SchemaMigrations.SQLMigration(
                identifier: String(name.dropLast(4)),
                sql: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        XCTAssertEqual(SchemaMigrations.embedded, files)
    }

    func testEmbeddedRegistryEqualsTheDataFile() throws {
        let file = try String(
            contentsOf: packageRoot.appendingPathComponent("Data/gemeenten-2024.csv"), encoding: .utf8)
        XCTAssertEqual(EmbeddedFiles.contents["Data/gemeenten-2024.csv"], file)
    }

    func testMigratesAnEmptyFileAndRecordsEachMigration() throws {
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        let status = try knowledgeBase.migrationStatus()
        XCTAssertEqual(status.applied, KnowledgeBase.knownMigrations)
        XCTAssertEqual(status.pending, [])
        XCTAssertNil(knowledgeBase.migrationBackup, "a new file needs no backup")
        let tables = try knowledgeBase.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in [
            "entry", "entry_obstacle", "entry_topic", "municipality", "municipality_alias", "source", "topic",
        ] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        let foreignKeys = try knowledgeBase.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        XCTAssertEqual(foreignKeys, 1)
    }

    func testStatusOfAFileIsReadWithoutChangingIt() throws {
        let folder = try makeTemporaryFolder(self)
        let missing = folder + "/none.sqlite"
        XCTAssertEqual(try KnowledgeBase.migrationStatus(at: missing).pending, KnowledgeBase.knownMigrations)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))

        let partial = folder + "/old.sqlite"
        let queue = try DatabaseQueue(path: partial, configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator().migrate(queue, upTo: "0001_initial_schema")
        try queue.close()
        let before = fileContents(partial)
        let status = try KnowledgeBase.migrationStatus(at: partial)
        XCTAssertEqual(status.applied, ["0001_initial_schema"])
        XCTAssertEqual(status.pending, Array(KnowledgeBase.knownMigrations.dropFirst()))
        XCTAssertEqual(fileContents(partial), before)
    }

    func testMigratingAnExistingDatabaseWritesABackupFirst() throws {
        let path = try makeTemporaryFolder(self) + "/old.sqlite"
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator().migrate(queue, upTo: "0001_initial_schema")
        try queue.close()
        let knowledgeBase = try KnowledgeBase(path: path)
        let backup = try XCTUnwrap(knowledgeBase.migrationBackup)
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup))
        let copy = try DatabaseQueue(path: backup, configuration: KnowledgeBase.configuration())
        let applied = try copy.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertEqual(applied, ["0001_initial_schema"], "the backup holds the database as it was before migrating")
        XCTAssertEqual(try knowledgeBase.migrationStatus().pending, [])
        XCTAssertEqual(try knowledgeBase.municipalities().count, 342)
    }

    func testRefusesADatabaseFromANewerKbAndLeavesItUntouched() throws {
        let path = try makeTemporaryFolder(self) + "/newer.sqlite"
        _ = try KnowledgeBase(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        try queue.close()
        let before = fileContents(path)
        XCTAssertThrowsKennisbankError(
            .exactly(.newerDatabase(path: path, unknownMigrations: ["9999_from_the_future"]))
        ) {
            try KnowledgeBase(path: path)
        }
        XCTAssertEqual(fileContents(path), before)
    }

    func testAFailingMigrationLeavesTheDatabaseAsItWas() throws {
        let path = try makeTemporaryFolder(self) + "/failing.sqlite"
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator().migrate(queue)
        let schemaBefore = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name")
        }
        let broken = SchemaMigrations.SQLMigration(
            identifier: "0099_broken",
            sql: "CREATE TABLE half_done (x); ALTER TABLE entry ADD COLUMN y; INSERT INTO no_such_table VALUES (1);")
        XCTAssertThrowsError(try SchemaMigrations.migrator(SchemaMigrations.embedded + [broken]).migrate(queue))
        let schemaAfter = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name")
        }
        XCTAssertEqual(schemaAfter, schemaBefore)
        let applied = try queue.read { db in try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertFalse(applied.contains("0099_broken"))
    }
    // MARK: - Whose file is it (application_id)

    func testANewKnowledgeBaseCarriesKennisbanksApplicationID() throws {
        XCTAssertEqual(KnowledgeBase.applicationID, 0x4B4E_424B, "ASCII “KNBK”")
        let path = try makeTemporaryFolder(self) + "/kb.sqlite"
        let knowledgeBase = try KnowledgeBase(path: path)
        XCTAssertEqual(
            try knowledgeBase.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }, KnowledgeBase.applicationID
        )
        try knowledgeBase.writer.close()
        // In the file's header (bytes 68-71, big-endian), where `file(1)` and other tools look.
        let header = try XCTUnwrap(fileContents(path)).prefix(100)
        XCTAssertEqual(Array(header[68..<72]), Array("KNBK".utf8))
    }

    /// A knowledge base made before the application_id (it carries 0 and Kennisbank's tables)
    /// is recognised, backed up, and given it by migration 0004.
    func testMigrationSetsTheApplicationIDOnAKnowledgeBaseWithout() throws {
        let path = try makeTemporaryFolder(self) + "/old.sqlite"
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        let before = SchemaMigrations.embedded.filter { $0.identifier < "0004" }
        try SchemaMigrations.migrator(before).migrate(queue)
        XCTAssertEqual(try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }, 0)
        try queue.close()
        let knowledgeBase = try KnowledgeBase(path: path)
        XCTAssertNotNil(knowledgeBase.migrationBackup)
        XCTAssertEqual(try knowledgeBase.migrationStatus().pending, [])
        XCTAssertTrue(try knowledgeBase.migrationStatus().applied.contains("0004_application_id"))
        XCTAssertEqual(
            try knowledgeBase.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }, KnowledgeBase.applicationID
        )
    }

    /// Found by an attack on the CLI: a GRDB app's database (its own migrations) was called
    /// “made by a newer kb”; it is another program's file, and left as it was.
    func testAnotherGRDBAppsDatabaseIsAnotherProgramsNotANewerKb() throws {
        let path = try makeTemporaryFolder(self) + "/players.sqlite"
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT)")
        }
        migrator.registerMigration("v2") { db in try db.execute(sql: "INSERT INTO player (name) VALUES ('Arthur')") }
        try migrator.migrate(queue)
        try queue.close()
        let before = fileContents(path)
        for creation in [KnowledgeBase.Creation.create, .inMemoryIfMissing] {
            XCTAssertThrowsKennisbankError(.message(containing: "a SQLite database of another program")) {
                try KnowledgeBase(path: path, creation: creation)
            }
        }
        XCTAssertThrowsKennisbankError(.message(containing: "a SQLite database of another program")) {
            try KnowledgeBase.migrationStatus(at: path)
        }
        XCTAssertEqual(fileContents(path), before)
    }

    /// Found by an attack on the CLI: an empty SQLite file of another program (its own
    /// application_id, no tables yet) was silently made into a knowledge base.
    func testAnEmptyDatabaseWithAnotherApplicationIDIsRefusedAndUntouched() throws {
        let folder = try makeTemporaryFolder(self)
        for (name, setup) in [
            ("empty.sqlite", "PRAGMA application_id = 1196444237"),
            (
                "tables.sqlite",
                "PRAGMA application_id = 1196444237; CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)"
            ),
            (
                "kennisbank-lookalike.sqlite",
                "PRAGMA application_id = 1196444237; CREATE TABLE entry (x); CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('0001_initial_schema')"
            ),
        ] {
            let path = folder + "/" + name
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { try $0.execute(sql: setup) }
            try queue.close()
            let before = fileContents(path)
            XCTAssertThrowsKennisbankError(.message(containing: "a SQLite database of another program")) {
                try KnowledgeBase(path: path)
            }
            XCTAssertEqual(fileContents(path), before, name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), name)
        }
    }

    /// A file is called “made by a newer kb” only when it is a Kennisbank: Kennisbank's
    /// application_id, or (made before it) application_id 0 with Kennisbank's tables.
    func testOnlyAKennisbankWithUnknownMigrationsIsCalledNewer() throws {
        let folder = try makeTemporaryFolder(self)
        let old = folder + "/old.sqlite"
        let queue = try DatabaseQueue(path: old, configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator(SchemaMigrations.embedded.filter { $0.identifier < "0004" }).migrate(queue)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('0009_from_the_future')") }
        try queue.close()
        XCTAssertThrowsKennisbankError(.exactly(.newerDatabase(path: old, unknownMigrations: ["0009_from_the_future"])))
        { try KnowledgeBase(path: old) }

        let foreign = folder + "/foreign.sqlite"
        let other = try DatabaseQueue(path: foreign)
        try other.write { db in
            try db.execute(
                sql:
                    "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('9999_from_the_future')"
            )
        }
        try other.close()
        XCTAssertThrowsKennisbankError(.message(containing: "a SQLite database of another program")) {
            try KnowledgeBase(path: foreign)
        }
    }

    /// PRAGMA application_id writes the header inside the migration's transaction: a migration
    /// that fails after it leaves the header as it was.
    func testTheApplicationIDIsSetInsideTheMigrationsTransaction() throws {
        let queue = try DatabaseQueue(configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator(SchemaMigrations.embedded.filter { $0.identifier < "0004" }).migrate(queue)
        let migration = try XCTUnwrap(SchemaMigrations.embedded.first { $0.identifier == "0004_application_id" })
        let broken = SchemaMigrations.SQLMigration(
            identifier: migration.identifier, sql: migration.sql + "\nINSERT INTO no_such_table VALUES (1);")
        let others = SchemaMigrations.embedded.filter { $0.identifier != migration.identifier }
        XCTAssertThrowsError(try SchemaMigrations.migrator(others + [broken]).migrate(queue))
        XCTAssertEqual(try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }, 0)
        try SchemaMigrations.migrator().migrate(queue)
        XCTAssertEqual(
            try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }, KnowledgeBase.applicationID)
    }
}
