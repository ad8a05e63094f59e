import ArgumentParser
import Foundation
import XCTest

@testable import kb

/// `kb completions bash|zsh|fish` and `kb man`.
final class CompletionsAndManualTests: XCTestCase {
    /// Every command path below `kb` with its names: the English name and its aliases.
    static func commands(_ command: any ParsableCommand.Type = KB.self, parents: [String] = []) -> [(
        path: [String], names: [String]
    )] {
        command.configuration.subcommands.flatMap { sub -> [([String], [String])] in
            let name = sub.configuration.commandName ?? ""
            return [(parents + [name], [name] + sub.configuration.aliases)]
                + commands(sub, parents: parents + [name])
        }
    }

    func testTheScriptsNameEveryCommandAndEveryAlias() throws {
        let workspace = try CLIWorkspace(self)
        let commands = Self.commands()
        XCTAssertTrue(commands.contains { $0.names == ["report", "rapport"] })
        for shell in ["bash", "zsh", "fish"] {
            let script = try workspace.kb.succeed(["completions", shell]).stdout
            for (path, names) in commands {
                for name in names {
                    XCTAssertTrue(
                        script.contains("'\(name)") || script.contains("|\(name)") || script.contains(" \(name) "),
                        "\(shell): \(path.joined(separator: " ")) as \(name)")
                }
            }
        }
        let aanvullingen = try workspace.kb.succeed(["aanvullingen", "bash"]).stdout
        XCTAssertTrue(aanvullingen.contains("rapport"))
    }

    func testBashCompletesAnAliasLikeItsCommand() throws {
        let workspace = try CLIWorkspace(self)
        let script = workspace.folder + "/kb.bash"
        try Data(try workspace.kb.succeed(["completions", "bash"]).stdout.utf8).write(to: URL(fileURLWithPath: script))
        let kbFolder = KBProcess.executable.deletingLastPathComponent().path
        func complete(_ words: [String]) throws -> String {
            let line = words.joined(separator: " ")
            let shell = """
                source '\(script)'
                COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=\(line.count)
                _kb kb '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
                echo "${COMPREPLY[*]}"
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shell]
            process.environment = ["PATH": kbFolder + ":/usr/bin:/bin", "KENNISBANK_LANG": "en"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        XCTAssertEqual(try complete(["kb", "rap"]), "rapport")
        XCTAssertEqual(try complete(["kb", "rapport", "--fo"]), "--format")
        XCTAssertEqual(try complete(["kb", "report", "--fo"]), "--format")
    }

    func testTheManPageIsDutchByDefaultAndEnglishOnRequest() throws {
        let workspace = try CLIWorkspace(self)
        let dutch = try workspace.kb.run(["man"], extraEnvironment: ["KENNISBANK_LANG": "nl"])
        XCTAssertEqual(dutch.status, 0, dutch.stderr)
        for heading in [".SH NAAM\n", ".SH SYNOPSIS\n", ".SH BESCHRIJVING\n", ".SH OPDRACHTEN\n", ".SH OMGEVING\n"] {
            XCTAssertTrue(dutch.stdout.contains(heading), heading)
        }
        XCTAssertTrue(dutch.stdout.hasPrefix(".TH KB 1 "), String(dutch.stdout.prefix(40)))
        XCTAssertEqual(try workspace.kb.succeed(["man", "--lang", "nl"]).stdout, dutch.stdout)
        XCTAssertTrue(dutch.stdout.contains(".SS \"kb report, rapport\"\n"), "commands with their aliases")
        XCTAssertTrue(dutch.stdout.contains("Rapport over dit thema; herhaal voor meer."), "help from the catalog")
        for (path, _) in Self.commands() {
            XCTAssertTrue(dutch.stdout.contains(".SS \"kb \(path.joined(separator: " "))"), path.joined(separator: " "))
        }

        let english = try workspace.kb.succeed(["man", "--lang", "en"]).stdout
        XCTAssertTrue(english.contains(".SH NAME\n") && english.contains(".SH SYNOPSIS\n"))
        XCTAssertTrue(english.contains("Report on this topic; repeat for several."))
        for line in english.split(separator: "\n") where !line.hasPrefix(".") {
            XCTAssertFalse(line.hasPrefix("'"), "no text line is read as a request: \(line)")
        }
        XCTAssertCleanFailure(try workspace.kb.run(["man", "--lang", "de"]), "Unknown language “de”")
    }
}
