import Foundation
import XCTest

/// Output that cannot be written (a full disk: `/dev/full`): never a crash, never a silent
/// success. A failed write to standard output ends `kb` with exit status 1 and one line on
/// standard error; a failed write to standard error changes nothing about the outcome.
final class OutputFailureTests: XCTestCase {
    /// A knowledge base with the sample network, so that every command has something to print.
    private func sampleWorkspace() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(self)
        try workspace.kb.succeed(["init", "--sample"])
        return workspace
    }

    /// Commands that print on standard output, in each output path of the CLI.
    static let printingCommands: [[String]] = [
        ["search", "vertrouwen", "--format", "csv"],
        ["search", "vertrouwen", "--format", "markdown"],
        ["search", "vertrouwen"],
        ["tips", "vertrouwen", "--format", "json"],
        ["list", "tips", "--format", "json"],
        ["list", "entries"],
        ["list", "municipalities"],
        ["list", "topics"],
        ["show", "1"],
        ["analyze", "buurthuizen", "en", "co-creatie"],
        ["compare"],
        ["compare", "--format", "html"],
        ["compare", "--format", "csv"],
        ["check"],
        ["migrate", "--status"],
        ["export"],
        ["--help"],
        ["search", "--help"],
    ]

    func testAFullStandardOutputFailsWithOneLineOnStandardError() throws {
        let workspace = try sampleWorkspace()
        for arguments in Self.printingCommands {
            let command = "kb " + arguments.joined(separator: " ")
            let result = try workspace.kb.run(arguments, stdoutPath: "/dev/full", stderrPath: nil)
            XCTAssertFalse(result.wasSignalled, "\(command) crashed (signal \(result.status)): \(result.stderr)")
            XCTAssertEqual(result.status, 1, "\(command) must fail when its output cannot be written")
            XCTAssertTrue(result.stderr.hasPrefix("kb: Cannot write"), "\(command): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(command): one line, got \(result.stderr)")
        }
    }

    func testAFullStandardErrorNeverCrashesAndKeepsTheOutcome() throws {
        let workspace = try sampleWorkspace()
        let kb = workspace.kb
        // Failures stay failures.
        for arguments in [
            ["show", "999"], ["add", "tip", "--title", ""], ["list", "nonsense"], ["search", "--limit", "0", "x"],
        ] {
            let result = try kb.run(arguments, stdoutPath: nil, stderrPath: "/dev/full")
            XCTAssertFalse(result.wasSignalled, "kb \(arguments) crashed (signal \(result.status))")
            XCTAssertNotEqual(result.status, 0, "kb \(arguments)")
            XCTAssertEqual(result.stdout, "", "kb \(arguments)")
        }
        // Successes stay successes, their output intact: a note that cannot be written is left out.
        let added = try kb.run(["add", "tip", "--title", "Schrijf het op"], stdoutPath: nil, stderrPath: "/dev/full")
        XCTAssertFalse(added.wasSignalled)
        XCTAssertEqual(added.status, 0)
        XCTAssertTrue(Int(added.stdout.trimmingCharacters(in: .newlines)) != nil, added.stdout)
        for arguments in [
            ["search", "geenenkelehit"], ["list", "municipalities"], ["search", "vertrouwen", "--format", "csv"],
            ["export", "--output", workspace.folder + "/export.jsonl"],
        ] {
            let result = try kb.run(arguments, stdoutPath: nil, stderrPath: "/dev/full")
            XCTAssertFalse(result.wasSignalled, "kb \(arguments) crashed (signal \(result.status))")
            XCTAssertEqual(result.status, 0, "kb \(arguments)")
        }
    }

    func testBothStreamsFullExitsNonZeroWithoutCrashing() throws {
        let workspace = try sampleWorkspace()
        for arguments in [
            ["show", "999"], ["show", "1"], ["search", "vertrouwen", "--format", "csv"],
            ["list", "entries", "--format", "json"], ["--help"],
        ] {
            let result = try workspace.kb.run(arguments, stdoutPath: "/dev/full", stderrPath: "/dev/full")
            XCTAssertFalse(result.wasSignalled, "kb \(arguments) crashed (signal \(result.status))")
            XCTAssertEqual(result.status, 1, "kb \(arguments)")
        }
    }
}
