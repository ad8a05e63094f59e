import ArgumentParser

/// What the argument parser refused, read from its error by the error's structure (its case
/// names and values), so that `kb` words it from the catalog instead of printing the parser's
/// English.
///
/// The parser's error types are internal, so they are read through `Mirror`; a parser upgrade
/// that renames a case turns it into ``Problem/other`` (the parser's own words), which the
/// parse-error tests catch.
struct ParseFailure {
    /// What went wrong.
    enum Problem: Equatable {
        /// `-h`, `--help` or `kb help COMMAND`.
        case helpRequested
        /// `--version`.
        case versionRequested
        /// An option the command does not have (`--foo`).
        case unknownOption(String)
        /// An option given without its value (`--title` at the end).
        case missingValue(String)
        /// A required argument or option left out (`<ref>`, `--title`).
        case missingArgument(String)
        /// Arguments left over that the command takes no place for.
        case unexpected([String])
        /// A value the option (`--kind`) or positional argument (`option` nil, `property` its
        /// property name) cannot take.
        case invalidValue(value: String, option: String?, property: String)
        /// A value given to a flag (`--yes=no`).
        case valueForFlag(String)
        /// A command that needs a subcommand, without one.
        case missingSubcommand
        /// A refusal of `kb`'s own checks (`validate()`).
        case validation(any Error)
        /// Anything else, in the parser's own words.
        case other(String)

        static func == (lhs: Problem, rhs: Problem) -> Bool {
            String(describing: lhs) == String(describing: rhs)
        }
    }

    /// The commands parsed before the error, root first.
    var stack: [ParsableCommand.Type]
    /// What went wrong.
    var problem: Problem

    /// Reads `error`, thrown while parsing `root`'s arguments.
    init(_ error: any Error, root: ParsableCommand.Type) {
        let mirror = Mirror(reflecting: error)
        let stack = mirror.children.first { $0.label == "commandStack" }?.value as? [ParsableCommand.Type]
        self.stack = stack ?? [root]
        if let exit = error as? CleanExit {
            // A command with subcommands but none given asks for its own help.
            let base = Mirror(reflecting: exit).children.first { $0.label == "base" }?.value
            let request = base.flatMap { Mirror(reflecting: $0).children.first }
            if let request, request.label == "helpRequest" {
                let command =
                    Mirror(reflecting: request.value).children.first?.value as? ParsableCommand.Type
                    ?? request.value as? ParsableCommand.Type
                self.stack = command.map { Self.stack(to: $0, from: root) } ?? [root]
                problem = .helpRequested
            } else {
                problem = .other(root.message(for: error))
            }
            return
        }
        if let parserError = mirror.children.first(where: { $0.label == "parserError" })?.value {
            problem = Self.problem(parserError, fallback: error, root: root)
        } else if String(describing: type(of: error)) == "ParserError" {
            problem = Self.problem(error, fallback: error, root: root)
        } else {
            problem = .validation(error)
        }
    }

    private static func problem(_ parserError: Any, fallback: any Error, root: ParsableCommand.Type) -> Problem {
        let mirror = Mirror(reflecting: parserError)
        guard let child = mirror.children.first, let name = child.label else {
            switch String(describing: parserError) {
            case "missingSubcommand": return .missingSubcommand
            case "versionRequested": return .versionRequested
            default: return .other(root.message(for: fallback))
            }
        }
        let values = Mirror(reflecting: child.value).children.map(\.value)
        switch name {
        case "helpRequested": return .helpRequested
        case "unknownOption" where values.count == 2: return .unknownOption(typed(values[1]))
        case "invalidOption": return .unknownOption(String(describing: child.value))
        case "missingValueForOption" where values.count == 2: return .missingValue(typed(values[1]))
        case "missingValueOrUnknownCompositeOption" where values.count == 3: return .missingValue(typed(values[1]))
        case "unexpectedValueForOption" where values.count == 3: return .valueForFlag(typed(values[1]))
        case "unexpectedExtraValues":
            let extra = (child.value as? [Any] ?? []).compactMap {
                Mirror(reflecting: $0).children.map(\.value).last as? String
            }
            return .unexpected(extra)
        case "noValue": return .missingArgument(keyName(child.value))
        case "unableToParseValue" where values.count == 5:
            let option = Mirror(reflecting: values[1]).children.first.map { typed($0.value) }
            return .invalidValue(value: values[2] as? String ?? "", option: option, property: keyName(values[3]))
        case "userValidationError": return .validation(child.value as? any Error ?? fallback)
        default: return .other(root.message(for: fallback))
        }
    }

    /// The commands from `root` down to `command`, or just `root` when it is not below it.
    static func stack(to command: ParsableCommand.Type, from root: ParsableCommand.Type) -> [ParsableCommand.Type] {
        if command == root { return [root] }
        for sub in root.configuration.subcommands {
            let below = stack(to: command, from: sub)
            if below.last == command { return [root] + below }
        }
        return [root]
    }

    /// An option's name as typed (`--db`, `-o`), from the parser's `Name`.
    private static func typed(_ name: Any) -> String {
        let mirror = Mirror(reflecting: name)
        guard let child = mirror.children.first else { return String(describing: name) }
        let value = Mirror(reflecting: child.value).children.first.map { "\($0.value)" } ?? "\(child.value)"
        return (child.label == "long" ? "--" : "-") + value
    }

    /// The property name in the parser's `InputKey` (`reference`, `title`), also when it comes
    /// wrapped in a labelled value (`forKey:`).
    private static func keyName(_ key: Any) -> String {
        let mirror = Mirror(reflecting: key)
        if let name = mirror.children.first(where: { $0.label == "name" })?.value as? String { return name }
        if let wrapped = mirror.children.first(where: { $0.label == "forKey" })?.value { return keyName(wrapped) }
        if mirror.children.count == 1, let only = mirror.children.first { return keyName(only.value) }
        return String(describing: key)
    }
}
