import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb serve` / `kb serveer` starts `kb-server` found beside kb, and says where it looked when
/// there is none.
final class ServeCommandTests: XCTestCase {
    func testAKbWithoutItsServerSaysWhereItLookedAndStartsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let alone = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: KBProcess.executable, to: alone)

        let process = Process()
        process.executableURL = alone
        process.arguments = ["serveer", "--port", "0"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "KENNISBANK_LANG": "nl"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(message.contains(folder.path), message)
        XCTAssertTrue(message.contains("kb-server"), message)
        XCTAssertTrue(message.contains("PATH"), message)
        XCTAssertEqual(message.split(separator: "\n").count, 1, "one line")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(".local").path),
            "no knowledge base was made")
    }

    func testServeStartsTheServerBesideKbOnTheKnowledgeBaseItNames() throws {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        let process = Process()
        process.executableURL = KBProcess.executable
        process.arguments = ["serve", "--port", "0", "--public-read"]
        process.environment = workspace.kb.environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        // The first line says where it listens: "… http://127.0.0.1:PORT/ (knowledge base PATH) …".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        let database = try XCTUnwrap(workspace.kb.environment["KENNISBANK_DB"])
        XCTAssertTrue(text.contains(database), text)
        let port = try XCTUnwrap(
            text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression).map {
                text[$0].dropFirst("127.0.0.1:".count).dropLast()
            })
        // Asked as another program would (Foundation on Linux reads no http URL by itself).
        let client = Process()
        client.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        client.arguments = [
            "python3", "-c",
            "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1]).read().decode(), end='')",
            "http://127.0.0.1:\(port)/healthz",
        ]
        let answer = Pipe()
        client.standardOutput = answer
        try client.run()
        client.waitUntilExit()
        let health = String(decoding: answer.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(health, "ok\n")
    }
}
