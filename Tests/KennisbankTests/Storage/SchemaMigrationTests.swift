import Foundation
import GRDB
import XCTest
@testable import Kennisbank

final class SchemaMigrationTests: XCTestCase {
    func testEmbeddedMigrationsEqualTheFiles() throws {
        let folder = packageRoot.appendingPathComponent("Migrations")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertFalse(names.isEmpty)
        let files = try names.map { name in
            SchemaMigrations.SQLMigration(
                identifier: String(name.dropLast(4)),
                sql: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        XCTAssertEqual(SchemaMigrations.embedded, files)
    }

    func testEmbeddedRegistryEqualsTheDataFile() throws {
        let file = try String(contentsOf: packageRoot.appendingPathComponent("Data/gemeenten-2024.csv"), encoding: .utf8)
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
        for table in ["entry", "entry_obstacle", "entry_topic", "municipality", "municipality_alias", "source", "topic"] {
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
        XCTAssertThrowsKennisbankError(.exactly(.newerDatabase(path: path, unknownMigrations: ["9999_from_the_future"]))) {
            try KnowledgeBase(path: path)
        }
        XCTAssertEqual(fileContents(path), before)
    }

    func testAFailingMigrationLeavesTheDatabaseAsItWas() throws {
        let path = try makeTemporaryFolder(self) + "/failing.sqlite"
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        try SchemaMigrations.migrator().migrate(queue)
        let schemaBefore = try queue.read { db in try String.fetchAll(db, sql: "SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name") }
        let broken = SchemaMigrations.SQLMigration(
            identifier: "0099_broken",
            sql: "CREATE TABLE half_done (x); ALTER TABLE entry ADD COLUMN y; INSERT INTO no_such_table VALUES (1);")
        XCTAssertThrowsError(try SchemaMigrations.migrator(SchemaMigrations.embedded + [broken]).migrate(queue))
        let schemaAfter = try queue.read { db in try String.fetchAll(db, sql: "SELECT name || coalesce(sql, '') FROM sqlite_master ORDER BY name") }
        XCTAssertEqual(schemaAfter, schemaBefore)
        let applied = try queue.read { db in try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertFalse(applied.contains("0099_broken"))
    }
}
