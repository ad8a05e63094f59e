import ArgumentParser
import Foundation
import KennisbankFrontEnd

/// `kb man [--lang nl|en]`: the man page in roff, Dutch by default (help: `help.man.*`).
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "man", aliases: ["handleiding"])

    @Option(name: .long)
    var lang: String?

    func run() throws {
        var language = Interface.catalog.language
        if let lang {
            guard let chosen = Language(code: lang) else {
                Terminal.fail(Interface.catalog.text("manual.unknownLanguage", ["lang": lang]))
            }
            language = chosen
        }
        let today = HumanTime.isoDay(Date())
        let page = ManualPage(
            tool: try ToolDescription.of(KB.self), catalog: Catalog(language),
            version: KB.configuration.version, date: today)
        Terminal.write(page.render())
    }
}

/// `kb completions bash|zsh|fish`: the shell's completion script, from the argument parser.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "completions", aliases: ["aanvullingen"])

    /// The shells with a completion script.
    enum Shell: String, ExpressibleByArgument, CaseIterable {
        case bash, zsh, fish
    }

    @Argument
    var shell: Shell

    func run() throws {
        guard let completion = CompletionShell(rawValue: shell.rawValue) else { return }
        Terminal.write(try CompletionScript.script(for: completion, of: KB.self))
    }
}
