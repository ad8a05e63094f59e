import ArgumentParser
import Foundation

/// A command as the argument parser describes it (`_dumpHelp()`, its ToolInfo JSON, version 0):
/// names, aliases, arguments and subcommands. Only the fields `kb`'s own help uses.
struct CommandDescription: Decodable {
    /// The name a person types (`search`).
    var commandName: String
    /// Other names for it (`zoek`).
    var aliases: [String]?
    /// Whether help lists it.
    var shouldDisplay: Bool?
    /// Its subcommands, in order.
    var subcommands: [CommandDescription]?
    /// Its arguments, options and flags, in order.
    var arguments: [ArgumentDescription]?

    /// The whole tree of `command`, from the parser's own description of it.
    static func of(_ command: ParsableCommand.Type) -> CommandDescription? {
        struct ToolInfo: Decodable { var command: CommandDescription }
        return try? JSONDecoder().decode(ToolInfo.self, from: Data(command._dumpHelp().utf8)).command
    }

    /// The subcommand a person calls `name` (its name or an alias), or nil.
    func subcommand(named name: String) -> CommandDescription? {
        subcommands?.first { $0.commandName == name || ($0.aliases ?? []).contains(name) }
    }

    /// The command at the end of `names` below this one (typed names or aliases), with the
    /// English path to it; stops at the first name that is not a subcommand.
    func descendant(_ names: [String]) -> (command: CommandDescription, path: [String]) {
        var command = self
        var path: [String] = []
        for name in names {
            guard let next = command.subcommand(named: name) else { break }
            command = next
            path.append(next.commandName)
        }
        return (command, path)
    }
}

/// An argument, option or flag as the argument parser describes it.
struct ArgumentDescription: Decodable {
    /// A name of an option or flag.
    struct Name: Decodable {
        /// `long`, `short` or `longWithSingleDash`.
        var kind: String
        /// The name without dashes.
        var name: String

        /// The name as typed: `--db`, `-o`.
        var typed: String { (kind == "long" ? "--" : "-") + name }
    }

    /// `positional`, `option` or `flag`.
    var kind: String
    /// Whether help shows it.
    var shouldDisplay: Bool
    /// Whether it may be left out.
    var isOptional: Bool
    /// Whether it may be given more than once.
    var isRepeating: Bool
    /// Its names (none for a positional argument).
    var names: [Name]?
    /// The name of its value (a positional argument's property name).
    var valueName: String?

    /// The name its help text is filed under: the long name, else the value's name.
    var key: String {
        names?.first { $0.kind == "long" }?.name ?? names?.first?.name ?? valueName ?? ""
    }

    /// Whether this is the built-in `-h/--help` flag.
    var isHelp: Bool { kind == "flag" && (names ?? []).contains { $0.name == "help" } }

    /// Whether this is the built-in `--version` flag.
    var isVersion: Bool { kind == "flag" && (names ?? []).contains { $0.name == "version" } }
}
