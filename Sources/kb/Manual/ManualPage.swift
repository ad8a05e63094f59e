import Foundation
import KennisbankFrontEnd

/// `kb`'s man page in roff (`man 1 kb`), rendered from the parser's description of the commands
/// and worded from the catalog: the help texts `help.<command path>.*` (else `help.common.<name>`)
/// and the headings `manual.*`.
struct ManualPage {
    /// What the parser says `kb` is.
    var tool: ToolDescription
    /// The catalog of the page's language.
    var catalog: Catalog
    /// The version in the page's footer.
    var version: String
    /// The date in the page's footer (`2026-11-30`).
    var date: String

    /// The page.
    func render() -> String {
        let root = tool.command
        var lines = [
            ".TH KB 1 \"\(date)\" \"kb \(version)\" \"\(Self.quoted(catalog.text("manual.title")))\"",
            ".SH " + catalog.text("manual.name"),
            "kb \\- " + Self.escaped(helpText(path: [], "abstract") ?? root.abstract ?? ""),
            ".SH SYNOPSIS",
            ".B kb",
            Self.escaped(catalog.text("manual.synopsis")),
            ".SH " + catalog.text("manual.description"),
        ]
        lines += paragraphs(helpText(path: [], "discussion") ?? root.discussion ?? "")
        lines.append(".SH " + catalog.text("manual.commands"))
        for command in root.subcommands ?? [] where command.shouldDisplay != false {
            lines += describe(command, path: [command.commandName])
        }
        lines.append(".SH " + catalog.text("manual.environment"))
        for name in ["KENNISBANK_DB", "KENNISBANK_LANG", "VISUAL", "EDITOR", "NO_COLOR"] {
            lines += [".TP", ".B " + name, Self.escaped(catalog.text("manual.env.\(name)"))]
        }
        lines += [".SH " + catalog.text("manual.seeAlso"), Self.escaped(catalog.text("manual.seeAlsoText"))]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A command (and its subcommands): its names, its abstract and its arguments.
    func describe(_ command: ToolDescription.Command, path: [String]) -> [String] {
        let names = ([path.joined(separator: " ")] + (command.aliases ?? [])).joined(separator: ", ")
        var lines = [".SS \"" + Self.quoted("kb " + names) + "\""]
        lines += paragraphs(helpText(path: path, "abstract") ?? command.abstract ?? "")
        for argument in command.arguments ?? [] where argument.shouldDisplay != false {
            guard !["help", "version"].contains(argument.key) else { continue }
            var text = helpText(path: path, argument.key) ?? argument.abstract ?? ""
            if let values = argument.allValues, !values.isEmpty, !text.contains(values[0]) {
                text += (text.isEmpty ? "" : " ") + "(" + values.joined(separator: ", ") + ")"
            }
            lines += [".TP", ".B " + Self.escaped(argument.synopsis), Self.escaped(text)]
        }
        for subcommand in command.subcommands ?? [] where subcommand.shouldDisplay != false {
            lines += describe(subcommand, path: path + [subcommand.commandName])
        }
        return lines
    }

    /// The catalog's help text `help.<path>.<name>`, else `help.common.<name>` (for arguments), or
    /// nil when the catalog has neither.
    func helpText(path: [String], _ name: String) -> String? {
        let key = "help." + (path.isEmpty ? "kb" : path.joined(separator: ".")) + "." + name
        if catalog.has(key) { return catalog.text(key) }
        if !["abstract", "discussion"].contains(name), catalog.has("help.common." + name) {
            return catalog.text("help.common." + name)
        }
        return nil
    }

    /// `text` as roff paragraphs, one per block of lines.
    func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").filter { !$0.allSatisfy(\.isWhitespace) }.flatMap {
            [".PP", Self.escaped($0)]
        }
    }

    /// `text` safe as roff text: backslashes and dashes escaped, no line that starts a request.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line) }
            .joined(separator: "\n")
    }

    /// `text` for a quoted macro argument.
    static func quoted(_ text: String) -> String {
        escaped(text).replacingOccurrences(of: "\"", with: "\\(dq")
    }
}
