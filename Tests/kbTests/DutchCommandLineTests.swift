import Foundation
import KennisbankFrontEnd
import XCTest

/// `kb` in Dutch by default and in English on request: help, parse errors and the main
/// commands, with their Dutch names, kinds, statuses and dates.
final class DutchCommandLineTests: XCTestCase {
    private let dutch = Catalog(.dutch)
    private let english = Catalog(.english)

    /// The harness sets `KENNISBANK_LANG=en`; an empty value leaves the default, Dutch.
    private let noLanguage = ["KENNISBANK_LANG": ""]

    private func dutchRun(_ workspace: CLIWorkspace, _ arguments: [String], input: String? = nil) throws -> KBResult {
        try workspace.kb.run(arguments, input: input, extraEnvironment: noLanguage)
    }

    func testHelpIsDutchByDefaultAndEnglishOnRequest() throws {
        let workspace = try CLIWorkspace(self)
        let help = try dutchRun(workspace, ["--help"])
        XCTAssertEqual(help.status, 0, help.stderr)
        for text in [
            "GEBRUIK:", "OPTIES:", "SUBCOMMANDO'S:", "-h, --help", "Toon deze hulp.", "search, zoek", "add, nieuw",
        ] {
            XCTAssertTrue(help.stdout.contains(text), "\(text) in:\n\(help.stdout)")
        }
        for english in ["USAGE:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "OVERVIEW:"] {
            XCTAssertFalse(help.stdout.contains(english), "\(english) in:\n\(help.stdout)")
        }
        XCTAssertTrue(flat(help.stdout).contains(try XCTUnwrap(HelpTexts(dutch).abstract(["search"]))))

        let byOption = try dutchRun(workspace, ["--lang", "en", "--help"])
        let byEqualsOption = try dutchRun(workspace, ["--help", "--lang=en"])
        let byEnvironment = try workspace.kb.run(["--help"])
        for result in [byOption, byEqualsOption, byEnvironment] {
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("USAGE:"), result.stdout)
            XCTAssertTrue(flat(result.stdout).contains(try XCTUnwrap(HelpTexts(english).abstract(["search"]))))
            XCTAssertFalse(result.stdout.contains("GEBRUIK:"))
        }
        XCTAssertEqual(byOption.stdout, byEnvironment.stdout)
        // --lang wins over the environment.
        XCTAssertTrue(try workspace.kb.run(["--lang", "nl", "--help"]).stdout.contains("GEBRUIK:"))
    }

    func testEveryWayOfAskingForHelpGivesTheSameScreen() throws {
        let workspace = try CLIWorkspace(self)
        let screens = try [
            ["help", "zoek"], ["hulp", "zoek"], ["help", "search"], ["zoek", "--help"], ["zoek", "-h"],
            ["search", "-h"],
        ].map { try dutchRun(workspace, $0) }
        for screen in screens {
            XCTAssertEqual(screen.status, 0)
            XCTAssertEqual(screen.stdout, screens[0].stdout)
        }
        let screen = screens[0].stdout
        XCTAssertTrue(screen.contains("GEBRUIK: kb zoek [<opties>] [<zoekvraag> ...]"), screen)
        XCTAssertTrue(flat(screen).contains(try XCTUnwrap(HelpTexts(dutch).argument("kind", of: ["search"]))), screen)
        XCTAssertTrue(screen.contains("ARGUMENTEN:"), screen)
        // A group without its subcommand shows its help, with the Dutch names of its subcommands.
        let add = try dutchRun(workspace, ["nieuw"])
        XCTAssertEqual(add.status, 0)
        XCTAssertTrue(add.stdout.contains("example, voorbeeld, praktijkvoorbeeld"), add.stdout)
        XCTAssertTrue(add.stdout.contains("GEBRUIK: kb nieuw <subcommando>"), add.stdout)
    }

    /// Each refusal of the argument parser, read from its error's structure and worded from the
    /// catalog: a parser upgrade that changes the structure fails here.
    func testParseErrorsAreDutch() throws {
        let workspace = try CLIWorkspace(self)
        let cases: [([String], String, String)] = [
            (["toon", "1", "--foo"], dutch.text("parse.unknownOption", ["option": "--foo"]), "kb toon"),
            (["nieuw", "tip", "--title"], dutch.text("parse.missingValue", ["option": "--title"]), "kb nieuw tip"),
            (["toon"], dutch.text("parse.missingArgument", ["argument": "<item>"]), "kb toon"),
            (["toon", "1", "2"], dutch.text("parse.unexpected.one", ["arguments": "'2'"]), "kb toon"),
            (
                ["zoek", "x", "--kind", "idee"],
                dutch.text("parse.invalidValue", ["value": "idee", "argument": "--kind"]),
                "kb zoek"
            ),
            (
                ["lijst", "ideeën"], dutch.text("parse.invalidValue", ["value": "ideeën", "argument": "<onderwerp>"]),
                "kb lijst"
            ),
            (["begin", "--sample=ja"], dutch.text("parse.valueForFlag", ["option": "--sample"]), "kb begin"),
        ]
        for (arguments, message, command) in cases {
            let result = try dutchRun(workspace, arguments)
            XCTAssertEqual(result.status, 64, arguments.joined(separator: " "))
            XCTAssertEqual(result.stdout, "")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "Fout: " + message, result.stderr)
            XCTAssertEqual(lines.dropFirst().first?.hasPrefix("GEBRUIK: " + command), true, result.stderr)
            XCTAssertEqual(lines.last, "  " + dutch.text("parse.seeHelp", ["command": command]), result.stderr)
            XCTAssertFalse(result.stderr.contains("Error:") || result.stderr.contains("Usage"), result.stderr)
        }
        // Without --title a new entry asks for it, or for --editor: one line, nothing written.
        let untitled = try dutchRun(workspace, ["nieuw", "tip"])
        XCTAssertEqual(untitled.status, 1)
        XCTAssertEqual(untitled.stderr, "kb: " + dutch.text("editor.titleRequired") + "\n")
        let english = try workspace.kb.run(["show", "1", "--foo"])
        XCTAssertTrue(
            english.stderr.hasPrefix("Error: " + self.english.text("parse.unknownOption", ["option": "--foo"])),
            english.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.database), "a refusal writes nothing")
    }

    func testAnUnknownLanguageIsOneLineInBothLanguages() throws {
        let workspace = try CLIWorkspace(self)
        for result in [
            try workspace.kb.run(["--lang", "de", "list", "tips"]),
            try workspace.kb.run(["list", "tips"], extraEnvironment: ["KENNISBANK_LANG": "fr"]),
        ] {
            XCTAssertNotEqual(result.status, 0)
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("Onbekende taal") && result.stderr.contains("Unknown language"))
        }
    }

    /// The main commands under their Dutch names, with Dutch kinds, statuses and dates, shown in
    /// Dutch; the export keeps the English values.
    func testMainCommandsInDutch() throws {
        let workspace = try CLIWorkspace(self)
        let zwolle = ["--municipality", "Zwolle"]
        let obstacle = try dutchRun(
            workspace,
            [
                "nieuw", "struikelblok", "--title", "Wantrouwen van inwoners", "--topic", "Vertrouwen", "--status",
                "opgelost",
                "--date", "30 november 2026",
            ] + zwolle)
        XCTAssertEqual(obstacle.status, 0, obstacle.stderr)
        let example = try dutchRun(
            workspace,
            [
                "nieuw", "praktijkvoorbeeld", "--title", "Buurthuis als huiskamer", "--topic", "Vertrouwen",
                "--addresses",
                "1", "--date", "15-10-2026", "--municipality", "Kampen",
            ])
        XCTAssertEqual(example.status, 0, example.stderr)

        let list = try dutchRun(workspace, ["lijst", "struikelblokken", "--format", "tabel"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("struikelblok (opgelost)"), list.stdout)

        let show = try dutchRun(workspace, ["toon", "2"])
        XCTAssertTrue(show.stdout.contains("praktijkvoorbeeld"), show.stdout)

        let search = try dutchRun(workspace, ["zoek", "buurthuis"])
        XCTAssertTrue(search.stdout.contains("Buurthuis als huiskamer"), search.stdout)
        XCTAssertTrue(search.stdout.contains("praktijkvoorbeeld"), search.stdout)
        let byKind = try dutchRun(workspace, ["zoek", "--kind", "struikelblok"])
        XCTAssertTrue(byKind.stdout.contains("Wantrouwen"), byKind.stdout)
        XCTAssertFalse(byKind.stdout.contains("Buurthuis"), byKind.stdout)

        // A month as --since/--until takes the whole month.
        let november = try dutchRun(workspace, ["zoek", "--format", "json", "--until", "nov 2026"])
        XCTAssertTrue(november.stdout.contains("Wantrouwen") && november.stdout.contains("Buurthuis"), november.stdout)
        let october = try dutchRun(workspace, ["zoek", "--until", "okt 2026", "--format", "json"])
        XCTAssertTrue(october.stdout.contains("Buurthuis") && !october.stdout.contains("Wantrouwen"), october.stdout)
        let fromNovember = try dutchRun(workspace, ["zoek", "--since", "november 2026", "--format", "json"])
        XCTAssertTrue(fromNovember.stdout.contains("Wantrouwen") && !fromNovember.stdout.contains("Buurthuis"))

        let compare = try dutchRun(workspace, ["vergelijk", "--municipality", "Zwolle", "--municipality", "Kampen"])
        XCTAssertEqual(compare.status, 0, compare.stderr)

        let export = try dutchRun(workspace, ["exporteer", "--format", "json"])
        let records = try XCTUnwrap(try export.json() as? [[String: Any]])
        XCTAssertEqual(records.map { $0["kind"] as? String }, ["obstacle", "example"], "export values stay English")
        XCTAssertEqual(records[0]["status"] as? String, "resolved")
        XCTAssertEqual(records[0]["date"] as? String, "2026-11-30")

        let file = workspace.folder + "/dutch.json"
        try Data(
            #"[{"kind": "struikelblok", "title": "Geen geld", "municipality": "Deventer", "status": "aangepakt"}, {"kind": "voorbeeld", "title": "Samen begroten", "municipality": "Deventer"}]"#
                .utf8
        ).write(to: URL(fileURLWithPath: file))
        let imported = try dutchRun(workspace, ["importeer", file])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("2 items geïmporteerd: 2 toegevoegd"), imported.stdout)
        let added = try dutchRun(workspace, ["lijst", "struikelblokken", "--status", "aangepakt"])
        XCTAssertTrue(
            added.stdout.contains("Geen geld") && added.stdout.contains("struikelblok (aangepakt)"), added.stdout)

        let refused = try dutchRun(workspace, ["toon", "99"])
        XCTAssertCleanFailure(refused, dutch.text("error.lookup.unknownEntry", ["reference": "99"]))
    }

    func testTheSameCommandsInEnglish() throws {
        let workspace = try CLIWorkspace(self)
        let added = try workspace.kb.run(
            [
                "--lang", "en", "add", "obstacle", "--title", "Geen geld", "--municipality", "Zwolle", "--status",
                "opgelost",
            ],
            extraEnvironment: noLanguage)
        XCTAssertEqual(added.status, 0, added.stderr)
        for result in [
            try workspace.kb.run(["list", "obstacles"]),
            try workspace.kb.run(["--lang", "en", "lijst", "struikelblokken"], extraEnvironment: noLanguage),
        ] {
            XCTAssertTrue(result.stdout.contains("obstacle (resolved)"), result.stdout)
        }
        XCTAssertCleanFailure(
            try workspace.kb.run(["show", "99"]), english.text("error.lookup.unknownEntry", ["reference": "99"]))
    }

    /// `text` with every run of spaces and line breaks as one space (help wraps its lines).
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
