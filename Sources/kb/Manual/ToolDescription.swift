import ArgumentParser
import Foundation

/// The argument parser's own description of `kb` (its `--experimental-dump-help` JSON, ToolInfo
/// version 0): the commands, their aliases and arguments, as the man page needs them.
struct ToolDescription: Decodable {
    /// One command.
    struct Command: Decodable {
        var commandName: String
        var aliases: [String]?
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    /// One option, flag or positional argument.
    struct Argument: Decodable {
        /// A name of an option or flag.
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var isOptional: Bool
        var isRepeating: Bool
        var shouldDisplay: Bool?
        var allValues: [String]?
        var defaultValue: String?

        /// The long name without dashes, else the value name (a positional argument's property).
        var key: String {
            names?.first { $0.kind == "long" || $0.kind == "longWithSingleDash" }?.name ?? valueName ?? ""
        }

        /// How the argument is written: `-o, --output <output>`, `--quiet`, `<paths>`.
        var synopsis: String {
            let value = "<\(valueName ?? key)>"
            guard kind != "positional" else { return value + (isRepeating ? " ..." : "") }
            let spelled = (names ?? []).map { $0.kind == "short" ? "-" + $0.name : "--" + $0.name }
            return spelled.joined(separator: ", ") + (kind == "option" ? " " + value : "")
        }
    }

    var command: Command

    /// The description of `kb`, from the parser.
    static func of(_ command: any ParsableCommand.Type) throws -> ToolDescription {
        try JSONDecoder().decode(ToolDescription.self, from: Data(command._dumpHelp().utf8))
    }
}
