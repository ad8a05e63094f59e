import Foundation
import KennisbankFrontEnd
import XCTest

/// Every command and argument the parser knows has its help text in the catalog, in both
/// languages, and none in Swift.
final class HelpCatalogTests: XCTestCase {
    private struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    private struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var shouldDisplay: Bool
        var names: [Name]?
        var valueName: String?
        var abstract: String?
    }

    private struct ToolInfo: Decodable { var command: Command }

    /// The parser's description of `kb`, from the binary itself.
    private func dump() throws -> Command {
        let workspace = try CLIWorkspace(self)
        let result = try workspace.kb.run(["--experimental-dump-help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONDecoder().decode(ToolInfo.self, from: Data(result.stdout.utf8)).command
    }

    func testEveryCommandAndArgumentHasHelpInBothLanguages() throws {
        let root = try dump()
        var checked = 0
        func visit(_ command: Command, path: [String]) {
            // The parser's built-in `help` command brings its own abstract, which kb's help never shows.
            if path != ["help"] {
                XCTAssertNil(
                    command.abstract, "kb \(path.joined(separator: " ")): an abstract in Swift; use the catalog")
            }
            XCTAssertNil(command.discussion, "kb \(path.joined(separator: " ")): a discussion in Swift")
            for language in Language.allCases {
                let texts = HelpTexts(Catalog(language))
                XCTAssertNotNil(
                    texts.abstract(path), "\(HelpTexts.prefix(path)).abstract missing in \(language.rawValue)")
                for argument in command.arguments ?? [] where argument.shouldDisplay {
                    let names = (argument.names ?? []).map(\.name)
                    if argument.kind == "flag", names.contains("help") || names.contains("version") { continue }
                    XCTAssertNil(
                        argument.abstract, "help: of \(names) in kb \(path.joined(separator: " ")) is in Swift")
                    let key =
                        argument.names?.first(where: { $0.kind == "long" })?.name ?? argument.names?.first?.name
                        ?? argument.valueName ?? ""
                    XCTAssertNotNil(
                        texts.argument(key, of: path),
                        "no help text for \(key) of kb \(path.joined(separator: " ")) in \(language.rawValue)")
                    checked += 1
                }
            }
            for sub in command.subcommands ?? [] { visit(sub, path: path + [sub.commandName]) }
        }
        visit(root, path: [])
        XCTAssertGreaterThan(checked, 100, "the walk reached the arguments")
    }

    func testTheKeySchemeFallsBackToParentsThenCommon() {
        let texts = HelpTexts(Catalog(.english))
        XCTAssertEqual(texts.argument("title", of: ["add", "tip"]), Catalog(.english).text("help.add.title"))
        XCTAssertEqual(texts.argument("db", of: ["add", "tip"]), Catalog(.english).text("help.common.db"))
        XCTAssertEqual(
            texts.argument("municipality", of: ["add", "tip"]), Catalog(.english).text("help.add.tip.municipality"))
        XCTAssertNil(texts.argument("no-such-option", of: ["search"]))
        XCTAssertEqual(HelpTexts.prefix([]), "help.kb")
    }
}
