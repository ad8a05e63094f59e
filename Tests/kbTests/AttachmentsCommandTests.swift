import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb attach`, `kb attachments`, `kb detach` (Dutch: `bijvoegen`, `bijlagen`, `ontkoppel`).
final class AttachmentsCommandTests: XCTestCase {
    private func write(_ data: Data, _ path: String) {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: data))
    }

    func testAttachListExtractDetachRestoreAndBackup() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let id = try kb.succeed(["add", "tip", "--title", "Begroting in het dorpshuis"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let sheet = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 * 31) })
        write(sheet, workspace.folder + "/begroting.xlsx")
        write(Data("notulen\r\n\0".utf8), workspace.folder + "/notulen.pdf")

        let attached = try kb.succeed(
            ["bijvoegen", id, workspace.folder + "/begroting.xlsx", workspace.folder + "/notulen.pdf"])
        XCTAssertEqual(attached.stdout, "Attached: begroting.xlsx (4.9 kB).\nAttached: notulen.pdf (10 B).\n")

        let list = try XCTUnwrap(try kb.succeed(["attachments", id, "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(list.map { $0["name"] as? String }, ["begroting.xlsx", "notulen.pdf"])
        XCTAssertEqual(
            Set(list[0].keys), ["name", "type", "size", "sha256", "added_at", "added_by", "detached_at", "detached_by"])
        XCTAssertEqual(list[0]["size"] as? Int, 5000)
        XCTAssertEqual(list[1]["type"] as? String, "application/pdf")
        XCTAssertEqual((list[0]["sha256"] as? String)?.count, 64)
        let table = try kb.run(["bijlagen", "lijst", id], extraEnvironment: ["KENNISBANK_LANG": "nl"]).stdout
        XCTAssertTrue(table.hasPrefix("NAAM"), table)
        XCTAssertTrue(table.contains("4,9 kB") && table.contains(list[1]["sha256"] as? String ?? "?"), table)

        let out = workspace.folder + "/uit"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        try kb.succeed(["attachments", "extract", id, "--to", out])
        XCTAssertEqual(FileManager.default.contents(atPath: out + "/begroting.xlsx"), sheet)
        XCTAssertEqual(FileManager.default.contents(atPath: out + "/notulen.pdf"), Data("notulen\r\n\0".utf8))
        XCTAssertCleanFailure(
            try kb.run(["attachments", "extract", id, "--to", out, "notulen.pdf"]),
            "\(out)/notulen.pdf exists and is not overwritten")

        // Library tests cover the rest (detached lists, backups byte for byte); one run each here.
        try kb.succeed(["ontkoppel", id, "notulen.pdf"])
        try kb.succeed(["bijlagen", "herstel", id, "notulen.pdf"])
        let names = try XCTUnwrap(try kb.succeed(["attachments", id, "--format", "json"]).json() as? [[String: Any]])
        XCTAssertEqual(names.map { $0["name"] as? String }, ["begroting.xlsx", "notulen.pdf"], "notulen.pdf is back")

        let exported = try kb.succeed(["export", "--format", "jsonl", "--with-attachments"]).stdout
        XCTAssertTrue(exported.contains("\"content\":\"\(sheet.base64EncodedString())\""), exported)
        XCTAssertCleanFailure(
            try kb.run(["export", "--format", "csv", "--with-attachments"]),
            Catalog(.english).text("attachments.export.notForFormat"))
    }

    func testAThirtyMegabyteFileIsRefusedInOneLineAndNothingChanges() throws {
        let workspace = try CLIWorkspace(self)
        let kb = workspace.kb
        let id = try kb.succeed(["add", "tip", "--title", "Foto's van de opening"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        write(Data("klein".utf8), workspace.folder + "/klein.txt")
        let large = workspace.folder + "/opening.mov"
        write(Data(), large)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: large))
        try handle.truncate(atOffset: 30 * 1024 * 1024)  // sparse: nothing written to the disk
        try handle.close()
        let before = workspace.snapshot()
        XCTAssertCleanFailure(
            try kb.run(["attach", id, workspace.folder + "/klein.txt", large]),
            "“opening.mov” is too large to attach (31457280 bytes): an attachment may be at most 25 MB (26214400 bytes). Nothing was changed."
        )
        XCTAssertEqual(workspace.snapshot(), before)
        XCTAssertCleanFailure(try kb.run(["detach", id, "klein.txt"]), "has no attachment “klein.txt”")
    }
}
