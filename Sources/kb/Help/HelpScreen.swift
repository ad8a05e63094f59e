import ArgumentParser
import KennisbankFrontEnd

/// The help of one command, rendered by `kb` itself from the parser's description of the
/// commands and the catalog's texts, so that the whole screen is in the chosen language.
struct HelpScreen {
    /// The command the help is about.
    var command: CommandDescription
    /// Its English names below the root (`["add", "example"]`).
    var path: [String]
    /// The names shown for it (`["nieuw", "voorbeeld"]` in Dutch).
    var shownPath: [String]
    /// Where the texts come from.
    var catalog: Catalog
    /// The width to wrap at.
    var width: Int

    /// Help for the command at `names` (typed names or aliases) below `root`, or for the last of
    /// them that is a command.
    init(root: CommandDescription, names: [String], catalog: Catalog, width: Int) {
        var command = root
        var path: [String] = []
        var shown: [String] = []
        for name in names {
            guard let next = command.subcommand(named: name) else { break }
            command = next
            path.append(next.commandName)
            shown.append(Self.shownName(of: next, in: catalog))
        }
        self.command = command
        self.path = path
        self.shownPath = shown
        self.catalog = catalog
        self.width = max(40, width)
    }

    /// Help for the command at the end of `stack`, the parser's own command types.
    init?(stack: [ParsableCommand.Type], catalog: Catalog, width: Int) {
        guard let root = stack.first, let description = CommandDescription.of(root) else { return nil }
        self.init(root: description, names: stack.dropFirst().map { $0._commandName }, catalog: catalog, width: width)
    }

    /// The name a person of `catalog`'s language is shown for `command`: in Dutch its first
    /// alias, in English its name.
    static func shownName(of command: CommandDescription, in catalog: Catalog) -> String {
        catalog.language == .dutch ? (command.aliases?.first ?? command.commandName) : command.commandName
    }

    private var texts: HelpTexts { HelpTexts(catalog) }

    /// `kb zoek` as this help shows the command.
    var commandLine: String { (["kb"] + shownPath).joined(separator: " ") }

    /// The whole screen, ending in a line break.
    func rendered() -> String {
        var sections: [String] = []
        if let abstract = texts.abstract(path) {
            sections.append(wrap(catalog.text("help.screen.overview") + " " + abstract, indent: 0))
        }
        if let discussion = texts.discussion(path) {
            sections.append(
                discussion.split(separator: "\n").map { wrap(String($0), indent: 0) }.joined(separator: "\n"))
        }
        sections.append(catalog.text("help.screen.usage") + " " + usage())
        let arguments = (command.arguments ?? []).filter { $0.shouldDisplay && !$0.isHelp && !$0.isVersion }
        let positionals = arguments.filter { $0.kind == "positional" }
        if !positionals.isEmpty {
            sections.append(
                list(catalog.text("help.screen.arguments"), positionals.map { (label(of: $0), text(of: $0)) }))
        }
        var options = arguments.filter { $0.kind != "positional" }.map { (label(of: $0), text(of: $0)) }
        if path.isEmpty, (command.arguments ?? []).contains(where: \.isVersion) {
            options.append(("--version", catalog.text("help.common.version")))
        }
        options.append(("-h, --help", catalog.text("help.common.help")))
        sections.append(list(catalog.text("help.screen.options"), options))
        let subcommands = (command.subcommands ?? []).filter { $0.shouldDisplay ?? true }
        if !subcommands.isEmpty {
            let rows = subcommands.map { sub in
                (
                    ([sub.commandName] + (sub.aliases ?? []) + (sub.commandName == "help" ? [KB.helpAlias] : []))
                        .joined(separator: ", "),
                    texts.abstract(path + [sub.commandName]) ?? ""
                )
            }
            sections.append(
                list(catalog.text("help.screen.subcommands"), rows) + "\n\n  "
                    + catalog.text("help.screen.seeSubcommand", ["command": commandLine]))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The usage line: `kb zoek [<opties>] [<zoekvraag> ...]`.
    func usage() -> String {
        var parts = [commandLine]
        let arguments = (command.arguments ?? []).filter { $0.shouldDisplay && !$0.isHelp && !$0.isVersion }
        if arguments.contains(where: { $0.kind != "positional" && $0.isOptional }) {
            parts.append("[" + catalog.text("help.screen.optionsPlaceholder") + "]")
        }
        for option in arguments where option.kind != "positional" && !option.isOptional {
            parts.append(label(of: option, allNames: false))
        }
        for argument in arguments where argument.kind == "positional" {
            parts.append(label(of: argument))
        }
        if command.subcommands?.isEmpty == false {
            parts.append(catalog.text("help.screen.subcommandPlaceholder"))
        }
        return parts.joined(separator: " ")
    }

    /// `-o, --output <bestand>`, `[<zoekvraag> ...]`.
    private func label(of argument: ArgumentDescription, allNames: Bool = true) -> String {
        let value = "<" + texts.value(argument.valueName ?? argument.key) + ">"
        let repeating = argument.isRepeating ? " ..." : ""
        if argument.kind == "positional" {
            return argument.isOptional ? "[" + value + repeating + "]" : value + repeating
        }
        let names = (argument.names ?? []).sorted { $0.kind == "short" && $1.kind != "short" }
        let shown = allNames ? names.map(\.typed).joined(separator: ", ") : (names.last?.typed ?? "")
        return shown + (argument.kind == "option" ? " " + value : "") + repeating
    }

    private func text(of argument: ArgumentDescription) -> String {
        texts.argument(argument.key, of: path) ?? ""
    }

    /// A titled list of labels and texts, the texts in one column.
    private func list(_ title: String, _ rows: [(String, String)]) -> String {
        let column = 26
        var lines = [title]
        for (label, text) in rows {
            let head = "  " + label
            let body = wrap(text, indent: column)
            if head.count < column - 1 {
                lines.append(head + String(body.dropFirst(head.count)))
            } else {
                lines.append(head)
                if !text.isEmpty { lines.append(body) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` wrapped at ``width``, every line indented by `indent` spaces.
    private func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent + line.count + 1 + word.count > width {
                lines.append(pad + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(pad + line)
        return lines.joined(separator: "\n")
    }
}
