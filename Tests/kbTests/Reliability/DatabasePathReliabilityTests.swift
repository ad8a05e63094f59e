import Foundation
import GRDB
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

#if canImport(Glibc)
    import Glibc
#endif

/// `--db` pointing at something that is not a healthy Kennisbank file: a folder, a text file, a
/// truncated or damaged database, a read-only file or folder, a database of a newer kb, a
/// folder that does not exist. Every command says so in one line and leaves the file as it was.
/// Also: the backup before a migration, and `kb check` on a damaged file.
final class DatabasePathReliabilityTests: XCTestCase {
    var harness: KBHarness!

    override func setUpWithError() throws {
        harness = try KBHarness(self)
    }

    /// Commands that read, and commands that write, each given `--db path`.
    func commands(_ path: String) -> (reading: [[String]], writing: [[String]]) {
        let importFile = harness.folder + "/import.jsonl"
        if !FileManager.default.fileExists(atPath: importFile) {
            FileManager.default.createFile(
                atPath: importFile, contents: Data(#"{"kind":"tip","title":"Geïmporteerd"}"#.utf8))
        }
        let reading = [
            ["list", "entries"], ["search", "buurthuis"], ["show", "1"], ["tips", "vertrouwen"], ["check"],
            ["backup", harness.folder + "/kopie-\(UUID().uuidString).sqlite"], ["import", importFile, "--dry-run"],
            ["list", "topics"],
        ]
        let writing = [
            ["add", "tip", "--title", "Nieuw"], ["edit", "1", "--title", "Anders"], ["rm", "1", "--yes"],
            ["import", importFile],
            ["add", "municipality", "Nieuwstad"], ["reindex"], ["init"],
        ]
        return (reading.map { $0 + ["--db", path] }, writing.map { $0 + ["--db", path] })
    }

    /// Runs every command on `path` and asserts a clean failure with `message` and an unchanged file.
    func assertEveryCommandRefuses(
        _ path: String, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let before = FileFingerprint(path)
        let (reading, writing) = commands(path)
        for arguments in reading + writing {
            let result = try harness.run(arguments)
            XCTAssertCleanFailure(
                result, message, "for kb \(arguments.prefix(2).joined(separator: " "))", file: file, line: line)
            XCTAssertEqual(
                FileFingerprint(path), before, "kb \(arguments.prefix(2).joined(separator: " ")) changed \(path)",
                file: file, line: line)
        }
    }

    /// A database with `count` tips, closed (no WAL left).
    func makeDatabase(_ name: String, tips count: Int) throws -> String {
        let path = harness.folder + "/" + name
        var random = SeededRandom(salt: 20)
        let lines = (0..<count).map { index in
            String(
                decoding: try! JSONSerialization.data(withJSONObject: [
                    "kind": "tip", "title": "Tip \(index) over het buurthuis", "topics": ["Vertrouwen"],
                    "body": random.shuffled(GeneratedImport.sentences).joined(separator: " ") + " \(index)",
                ]), as: UTF8.self)
        }
        try harness.succeed([
            "import", try harness.write(lines.joined(separator: "\n"), to: name + ".jsonl"), "--db", path,
        ])
        return path
    }

    func testAFolderATextFileAndAForeignFileAreRefused() throws {
        try assertEveryCommandRefuses(harness.folder, "is a folder")
        let text = try harness.write("Notulen van de bijeenkomst\n", to: "notulen.txt")
        try assertEveryCommandRefuses(text, "is not a Kennisbank database")
        var random = SeededRandom(salt: 21)
        let noise = try harness.write(
            bytes: Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &random) }), to: "ruis.sqlite")
        try assertEveryCommandRefuses(noise, "is not a Kennisbank database")
        var header = Data("SQLite format 3\0".utf8)
        header.append(Data(repeating: 0x7F, count: 4096 - header.count))
        try assertEveryCommandRefuses(
            try harness.write(bytes: header, to: "kop.sqlite"), "is not a Kennisbank database")
        let foreign = harness.folder + "/ander.sqlite"
        let queue = try DatabaseQueue(path: foreign)
        try queue.write {
            try $0.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('van een ander programma')")
        }
        try queue.close()
        try assertEveryCommandRefuses(foreign, "a SQLite database of another program")
    }

    /// Found by an attack on the CLI: a GRDB app's database was called “made by a newer kb”, and
    /// an empty SQLite file of another program (its own application_id) was made into a
    /// knowledge base. Both are another program's file, refused and left as they were.
    func testOtherProgramsSQLiteFilesAreRefusedAndUntouched() throws {
        let app = harness.folder + "/app.sqlite"
        let queue = try DatabaseQueue(path: app)
        try queue.writeWithoutTransaction { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('createPlayer'), ('addScore');
                    CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT, score INTEGER);
                    """)
        }
        try queue.close()
        try assertEveryCommandRefuses(app, "a SQLite database of another program")
        for arguments in commands(app).reading + commands(app).writing {
            XCTAssertFalse(try harness.run(arguments).stderr.contains("newer kb"))
        }

        let empty = harness.folder + "/leeg.sqlite"
        let other = try DatabaseQueue(path: empty)
        try other.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 1196444237") }
        try other.close()
        try assertEveryCommandRefuses(empty, "a SQLite database of another program")
        XCTAssertCleanFailure(try harness.run(["migrate", "--db", empty]), "a SQLite database of another program")
        XCTAssertCleanFailure(
            try harness.run(["migrate", "--status", "--db", empty]), "a SQLite database of another program")
    }

    /// Found by an attack on the CLI: a database reached through a symbolic link was called cut
    /// off (the link's size was read, not its target's), with a message inviting to restore an
    /// older backup over good data. Every command works through the link, on the target.
    func testADatabaseBehindASymlinkIsUsedNotCalledDamaged() throws {
        let real = try makeDatabase("echt.sqlite", tips: 40)
        try FileManager.default.createDirectory(atPath: harness.folder + "/links", withIntermediateDirectories: false)
        let link = harness.folder + "/links/kb.sqlite"
        XCTAssertEqual(symlink("../echt.sqlite", link), 0)
        let (reading, writing) = commands(link)
        for arguments in reading + writing {
            let result = try harness.run(arguments)
            XCTAssertEqual(
                result.status, 0, "kb \(arguments.prefix(2).joined(separator: " ")) through a link: \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("damaged"), result.stderr)
            assertNoInternals(result)
        }
        let inspector = try DatabaseInspector(real)
        XCTAssertEqual(
            try inspector.value("SELECT count(*) FROM entry WHERE title = 'Nieuw'") as Int?, 1,
            "the target holds the change")
        try inspector.close()
        var info = stat()
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        XCTAssertEqual(try harness.assertHealthy(link), try harness.assertHealthy(real))
    }

    /// Found by an attack on the CLI: a FIFO as `--db` hung kb forever; a character device gave
    /// “SQLite error 10” and left a `-journal` beside it, even for commands that only read.
    /// Anything that is not a regular file (or missing) is refused in one line, creating nothing.
    func testSpecialFilesAreRefusedAtOnceAndNothingIsCreated() throws {
        let fifo = harness.folder + "/pijp.sqlite"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let link = harness.folder + "/nul.sqlite"
        XCTAssertEqual(symlink("/dev/null", link), 0)
        let journals = ["/dev/null-journal", "/dev/zero-journal", "/dev/null-wal", "/dev/zero-wal"]
        let existed = journals.filter { FileManager.default.fileExists(atPath: $0) }
        for path in [fifo, "/dev/null", "/dev/zero", link] {
            let (reading, writing) = commands(path)
            for arguments in reading + writing + [["migrate", "--db", path], ["migrate", "--status", "--db", path]] {
                let process = try harness.start(arguments)
                let result = process.wait(timeout: 20)
                XCTAssertFalse(result.timedOut, "kb \(arguments.prefix(2).joined(separator: " ")) on \(path) hung")
                XCTAssertCleanFailure(
                    result, "is not a regular file", "for kb \(arguments.prefix(2).joined(separator: " ")) on \(path)")
            }
        }
        var info = stat()
        XCTAssertEqual(stat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is left as it was")
        let beside = try FileManager.default.contentsOfDirectory(atPath: harness.folder).filter {
            $0.hasPrefix("pijp") || $0.hasPrefix("nul")
        }
        XCTAssertEqual(beside.sorted(), ["nul.sqlite", "pijp.sqlite"], "nothing created beside them")
        XCTAssertEqual(
            journals.filter { FileManager.default.fileExists(atPath: $0) }, existed, "nothing created in /dev")
        let good = try makeDatabase("goed.sqlite", tips: 1)
        for target in [fifo, "/dev/null"] {
            XCTAssertCleanFailure(
                try harness.start(["backup", target, "--db", good]).wait(timeout: 20), "is not a regular file")
        }
    }

    func testATruncatedDatabaseIsRefused() throws {
        let path = try makeDatabase("afgekapt.sqlite", tips: 200)
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path))
        for fraction in [0.9, 0.5, 0.1] {
            try data.prefix(Int(Double(data.count) * fraction) / 4096 * 4096 + 100).write(
                to: URL(fileURLWithPath: path))
            try assertEveryCommandRefuses(path, "it was cut off")
        }
    }

    /// Every page of the middle third overwritten: no command changes the file; every change
    /// and every full read is refused in one line; `kb check` reports the damage in plain words.
    func testADatabaseDamagedInTheMiddleIsNeverChanged() throws {
        let path = try makeDatabase("beschadigd.sqlite", tips: 600)
        try Self.damageMiddlePages(of: path, salt: 22)
        let before = FileFingerprint(path)
        let (reading, writing) = commands(path)
        for arguments in writing + [
            ["list", "entries", "--db", path], ["backup", harness.folder + "/kopie.sqlite", "--db", path],
        ] {
            XCTAssertCleanFailure(
                try harness.run(arguments), "is damaged", "for kb \(arguments.prefix(2).joined(separator: " "))")
            XCTAssertEqual(
                FileFingerprint(path), before,
                "kb \(arguments.prefix(2).joined(separator: " ")) changed the damaged file")
        }
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: harness.folder + "/kopie.sqlite"), "no half backup is left")
        for arguments in reading where arguments[0] != "check" {
            // A read that happens to touch only sound pages may answer; otherwise it says the file is damaged.
            let result = try harness.run(arguments)
            if result.status != 0 {
                XCTAssertCleanFailure(result, "is damaged", "for kb \(arguments.prefix(2).joined(separator: " "))")
            }
            assertNoInternals(result)
            XCTAssertEqual(FileFingerprint(path), before)
        }
        let check = try harness.run(["check", "--db", path])
        XCTAssertEqual(check.status, 2, "kb check exits 2 when it finds problems: \(check.stderr)")
        let lines = check.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, check.stdout)
        XCTAssertTrue(check.stdout.hasPrefix("The file is damaged: SQLite's integrity check found "), check.stdout)
        XCTAssertEqual(
            lines.last,
            "Keep this file as it is and go on with a copy of a backup made with `kb backup`: kb cannot repair a damaged file."
        )
        XCTAssertFalse(check.stdout.contains("kb reindex"), "reindexing cannot repair a damaged file: \(check.stdout)")
        let json = try harness.run(["check", "--db", path, "--format", "json"])
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        XCTAssertEqual((report["problems"] as? [[String: Any]])?.first?["code"] as? String, "damaged_file")
        XCTAssertEqual(FileFingerprint(path), before, "kb check changed the damaged file")
    }

    /// A search index that no longer agrees with the entries: `kb check` says so and what to do.
    func testCheckReportsAnIndexOutOfStepInPlainWords() throws {
        let path = try makeDatabase("index.sqlite", tips: 20)
        let queue = try DatabaseQueue(path: path, configuration: KnowledgeBase.configuration())
        try queue.write { try $0.execute(sql: "INSERT INTO entry_fts (entry_fts) VALUES ('delete-all')") }
        try queue.close()
        let check = try harness.run(["check", "--db", path])
        XCTAssertEqual(check.status, 2)
        XCTAssertEqual(check.stdout, "The search index does not agree with the entries: run `kb reindex`.\n")
        try harness.succeed(["reindex", "--db", path])
        XCTAssertEqual(try harness.assertHealthy(path), 20)
    }

    /// Found by the crash harness: a kb killed after GRDB created its migrations table, before the
    /// first migration committed, left a file that every later kb refused as “a SQLite database of
    /// another program”. Such a file is a new knowledge base that is not migrated yet.
    func testAFileKilledBeforeItsFirstMigrationIsTakenUp() throws {
        let path = harness.folder + "/half.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        try queue.close()
        let result = try harness.succeed(["add", "tip", "--title", "Toch gelukt", "--db", path])
        XCTAssertEqual(result.stdout, "1\n")
        XCTAssertEqual(try harness.assertHealthy(path), 1)
    }

    /// Found by the crash harness under load: a new file goes over to WAL in one commit made in
    /// rollback-journal mode. A kb killed after that commit wrote the file's first page and
    /// before it deleted the journal (while it waits for the disk to sync) left a hot journal
    /// beside the file, and every later kb refused the file as read-only: the read-only look
    /// at it before opening it may not roll a journal back. Rolled back, the file is new again.
    func testANewFileKilledWhileGoingOverToWALIsTakenUp() throws {
        let path = harness.folder + "/wal-overgang.sqlite"
        // The file as that commit leaves it: its first page, marked for WAL.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close()
        // The journal as SQLite synced it before writing the file (sqlite.org/fileformat.html):
        // its magic, no pages, a nonce, the file's size before (0 pages), sector and page size.
        var journal = Data([0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7])
        for field: UInt32 in [0, 0x43F3_7E22, 0, 512, 4096] {
            withUnsafeBytes(of: field.bigEndian) { journal.append(contentsOf: $0) }
        }
        journal.append(Data(count: 512 - journal.count))
        try journal.write(to: URL(fileURLWithPath: path + "-journal"))

        let result = try harness.run(["add", "tip", "--title", "Toch gelukt", "--db", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "1\n")
        assertNoInternals(result)
        XCTAssertEqual(try harness.assertHealthy(path), 1)
        let inspector = try DatabaseInspector(path)
        XCTAssertEqual(try inspector.titles().values.sorted(), ["Toch gelukt"])
        XCTAssertEqual(try inspector.value("SELECT count(*) FROM municipality") as Int?, 342)
        XCTAssertEqual(try inspector.value("PRAGMA journal_mode") as String?, "wal")
        try inspector.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-journal"), "the journal was rolled back")
    }

    /// A knowledge base put back from a `kb backup` copy writes with a rollback journal. A kb
    /// killed in the middle of a write that had already spilled pages into the file left a hot
    /// journal: the next kb rolls it back rather than calling the file read-only, and every
    /// entry is there as it was before the killed write.
    func testAWriteKilledHalfwayInAFileWithARollbackJournalIsRolledBack() throws {
        let original = try makeDatabase("origineel.sqlite", tips: 40)
        let copy = harness.folder + "/kopie.sqlite"
        try harness.succeed(["backup", copy, "--db", original])
        let before = try DatabaseInspector(copy)
        let titles = try before.titles()
        XCTAssertEqual(try before.value("PRAGMA journal_mode") as String?, "delete", "a backup has no WAL")
        try before.close()

        // The killed write, midway: its journal is synced, some changed pages are in the file.
        // Copied then, the file and its journal are what a SIGKILL at that moment leaves.
        let restored = harness.folder + "/teruggezet.sqlite"
        let queue = try DatabaseQueue(path: copy, configuration: KnowledgeBase.configuration())
        try queue.inDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = 10")
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(
                sql: "UPDATE entry SET body = body || ?",
                arguments: [String(repeating: "Halverwege gestopt. ", count: 300)])
            let journal = try XCTUnwrap(FileManager.default.contents(atPath: copy + "-journal"))
            XCTAssertNotEqual(journal.first, 0, "the journal is synced and marked")
            try FileManager.default.copyItem(atPath: copy, toPath: restored)
            try FileManager.default.copyItem(atPath: copy + "-journal", toPath: restored + "-journal")
            try db.execute(sql: "ROLLBACK")
        }
        try queue.close()
        XCTAssertNotEqual(
            FileManager.default.contents(atPath: restored), FileManager.default.contents(atPath: copy),
            "the write had changed the file")

        let result = try harness.run(["add", "tip", "--title", "Na de kill", "--db", restored])
        XCTAssertEqual(result.status, 0, result.stderr)
        assertNoInternals(result)
        XCTAssertEqual(try harness.assertHealthy(restored), titles.count + 1)
        let after = try DatabaseInspector(restored)
        let added = try XCTUnwrap(Int64(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(try after.titles(), titles.merging([added: "Na de kill"]) { $1 })
        XCTAssertEqual(try after.value("SELECT count(*) FROM entry WHERE body LIKE '%Halverwege%'") as Int?, 0)
        XCTAssertEqual(try after.integrityCheck(), ["ok"])
        try after.close()
    }

    func testADatabaseOfANewerKbIsRefused() throws {
        let path = try makeDatabase("nieuwer.sqlite", tips: 5)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        try queue.close()
        try assertEveryCommandRefuses(path, "was made by a newer kb")
    }

    func testAPathInAFolderThatDoesNotExistCreatesNothing() throws {
        let missing = harness.folder + "/bestaat/niet"
        try assertEveryCommandRefuses(missing + "/kb.sqlite", "does not exist")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.folder + "/bestaat"))
        let existing = try makeDatabase("goed.sqlite", tips: 1)
        XCTAssertCleanFailure(
            try harness.run(["backup", missing + "/kopie.sqlite", "--db", existing]), "does not exist")
        XCTAssertCleanFailure(try harness.run(["backup", harness.folder, "--db", existing]), "is a folder")
    }

    /// Read-only files and folders, with `kb` run as an unprivileged user (root ignores permissions).
    func testReadOnlyFilesAndFoldersAreRefusedAndUntouched() throws {
        let kb = harness.folder + "/bin/kb"
        try FileManager.default.createDirectory(atPath: harness.folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: harness.executable, toPath: kb)
        let unprivileged = try Self.unprivilegedPrefix()
        func run(_ arguments: [String]) throws -> RawResult {
            try RawProcess.run(
                executable: unprivileged.first ?? kb,
                arguments: (unprivileged.dropFirst() + (unprivileged.isEmpty ? [] : [kb]) + arguments).map {
                    Array($0.utf8)
                },
                environment: [
                    "HOME": "/nonexistent", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "KENNISBANK_LANG": "en",
                ],
                ioFolder: harness.ioFolder)
        }
        let source = try makeDatabase("bron.sqlite", tips: 3)
        chmod(harness.ioFolder, 0o777)

        // 1. A read-only file in a folder the user may write: it can be read, not changed.
        let open = harness.folder + "/open"
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: false)
        chmod(open, 0o777)
        let readOnlyFile = open + "/kb.sqlite"
        try FileManager.default.copyItem(atPath: source, toPath: readOnlyFile)
        chmod(readOnlyFile, 0o444)
        // 2. A file the user owns, in a folder it may not write (no room for the WAL): it can be read, not changed.
        let closed = harness.folder + "/dicht"
        try FileManager.default.createDirectory(atPath: closed, withIntermediateDirectories: false)
        let ownedFile = closed + "/kb.sqlite"
        try FileManager.default.copyItem(atPath: source, toPath: ownedFile)
        if getuid() == 0 { chown(ownedFile, 65534, 65534) }
        chmod(ownedFile, 0o644)
        chmod(closed, 0o555)
        defer { chmod(closed, 0o755) }

        var refusals = 0
        for path in [readOnlyFile, ownedFile, closed + "/nieuw.sqlite"] {
            let before = FileFingerprint(path).contents
            let (reading, writing) = commands(path)
            for arguments in writing where !(arguments[0] == "init" && path != closed + "/nieuw.sqlite") {
                // (kb init on a readable database only reports on it; a change to a file that does
                // not exist may also be refused for what it asks, before anything is opened.)
                let result = try run(arguments)
                let message =
                    path.hasSuffix("nieuw.sqlite") && result.stderr.contains("No entry “1”")
                    ? "No entry “1”" : "cannot be written (read-only file or folder)"
                XCTAssertCleanFailure(
                    result, message, "for kb \(arguments.prefix(2).joined(separator: " ")) on \(path)")
                XCTAssertEqual(
                    FileFingerprint(path).contents, before,
                    "kb \(arguments.prefix(2).joined(separator: " ")) changed \(path)")
                refusals += 1
            }
            for arguments in reading where arguments[0] != "backup" && arguments[0] != "import" {
                let result = try run(arguments)
                if path == readOnlyFile {
                    XCTAssertTrue(
                        result.status == 0 || (arguments[0] == "show" && result.stderr.contains("No entry")),
                        "kb \(arguments.prefix(2).joined(separator: " ")) reads a read-only file: \(result.stderr)")
                } else if path == ownedFile {
                    // Found by an attack on the CLI: a WAL file in a folder where its -shm cannot be
                    // created could not be read at all. It is read as it is (immutable).
                    XCTAssertTrue(
                        result.status == 0 || (arguments[0] == "show" && result.stderr.contains("No entry")),
                        "kb \(arguments.prefix(2).joined(separator: " ")) reads a file in a read-only folder: \(result.stderr)"
                    )
                    if arguments[0] == "list", arguments[1] == "entries" {
                        XCTAssertEqual(result.stdout.components(separatedBy: "Tip ").count - 1, 3, result.stdout)
                    }
                }
                assertNoInternals(result)
                XCTAssertEqual(FileFingerprint(path).contents, before)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: closed + "/nieuw.sqlite"))
        ReliabilityMode.report(
            "read-only: \(refusals) changes refused in read-only files and folders, run as uid \(unprivileged.isEmpty ? Int(getuid()) : 65534); files unchanged"
        )
    }

    /// Opening a database made by an older kb writes a backup beside it first and says where.
    func testMigratingAnOldDatabaseWritesABackupBesideItAndSaysWhere() throws {
        let old = harness.folder + "/oud.sqlite"
        try CrashReliabilityTests.makeOldDatabase(at: old, entries: 25)
        let before = try XCTUnwrap(FileManager.default.contents(atPath: old))
        let result = try harness.succeed(["list", "tips", "--db", old])
        let note = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(note.hasPrefix("Migrated the database; a copy from before is at \(old)."), note)
        let backup = String(note.dropFirst("Migrated the database; a copy from before is at ".count))
        XCTAssertTrue(backup.hasSuffix(".backup"), backup)
        XCTAssertEqual(
            (backup as NSString).deletingLastPathComponent, harness.folder, "the backup is beside the database")
        let copy = try DatabaseInspector(backup)
        XCTAssertEqual(try copy.values("SELECT identifier FROM grdb_migrations") as [String], ["0001_initial_schema"])
        XCTAssertEqual(try copy.entryCount(), 25)
        XCTAssertEqual(try copy.integrityCheck(), ["ok"])
        try copy.close()
        XCTAssertNotEqual(FileManager.default.contents(atPath: old), before, "the database itself was migrated")
        XCTAssertEqual(try harness.assertHealthy(old), 25)
        XCTAssertEqual(
            try harness.succeed(["list", "tips", "--db", old]).stderr, "", "a migrated database needs no second backup")
    }

    // MARK: - Helpers

    /// Overwrites every page of the middle third of the file with random bytes.
    static func damageMiddlePages(of path: String, salt: UInt64) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        let header = try XCTUnwrap(try handle.read(upToCount: 100))
        let pageSize = Int(header[16]) << 8 | Int(header[17])
        let pages = Int(try handle.seekToEnd()) / pageSize
        XCTAssertGreaterThan(pages, 30, "a database large enough to have a middle")
        var random = SeededRandom(salt: salt)
        for page in (pages / 3)..<(2 * pages / 3) {
            try handle.seek(toOffset: UInt64(page * pageSize))
            try handle.write(contentsOf: Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &random) }))
        }
    }

    /// The command prefix that runs a program as the unprivileged user `nobody` when the tests
    /// run as root (empty otherwise: then permissions already apply).
    static func unprivilegedPrefix() throws -> [String] {
        guard getuid() == 0 else { return [] }
        for setpriv in ["/usr/bin/setpriv", "/bin/setpriv"] where FileManager.default.isExecutableFile(atPath: setpriv)
        {
            return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        for runuser in ["/usr/sbin/runuser", "/sbin/runuser"]
        where FileManager.default.isExecutableFile(atPath: runuser) {
            return [runuser, "-u", "nobody", "--"]
        }
        XCTFail("running as root, but neither setpriv nor runuser is installed to drop privileges")
        return []
    }
}
