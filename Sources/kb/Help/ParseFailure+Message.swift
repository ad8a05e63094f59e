import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

extension ParseFailure {
    /// The one line that says what the parser refused, from `catalog`, or nil for a request
    /// (help, version) or a refusal that ``validationMessage(_:)`` words.
    func message(_ catalog: Catalog) -> String? {
        func key(_ name: String, _ values: [String: String] = [:]) -> String {
            catalog.text("parse." + name, values)
        }
        switch problem {
        case .helpRequested, .versionRequested, .validation: return nil
        case .unknownOption(let name): return key("unknownOption", ["option": name])
        case .missingValue(let name): return key("missingValue", ["option": name])
        case .missingArgument(let name): return key("missingArgument", ["argument": shownArgument(name, catalog)])
        case .unexpected(let values):
            return key(
                values.count == 1 ? "unexpected.one" : "unexpected.other",
                ["arguments": values.map { "'\($0)'" }.joined(separator: " ")])
        case .invalidValue(let value, let option, let property):
            return key("invalidValue", ["value": value, "argument": option ?? shownArgument(property, catalog)])
        case .valueForFlag(let name): return key("valueForFlag", ["option": name])
        case .missingSubcommand: return key("missingSubcommand")
        case .other(let text): return text
        }
    }

    /// The line for a refusal of `kb`'s own checks, worded from `catalog`.
    static func validationMessage(_ error: any Error, _ catalog: Catalog) -> String {
        switch error {
        case let error as KennisbankError: error.message(catalog)
        case let error as FrontEndError: error.message(catalog)
        case let error as CommandLineError: error.message(catalog)
        default: PrintableText.escaped(String(describing: error))
        }
    }

    /// `--title <titel>` or `<verwijzing>` for the parser's name of a property.
    private func shownArgument(_ property: String, _ catalog: Catalog) -> String {
        let option = property.reduce(into: "") { result, character in
            if character.isUppercase { result += "-" + character.lowercased() } else { result.append(character) }
        }
        let texts = HelpTexts(catalog)
        let arguments =
            stack.first.flatMap(CommandDescription.of)?.descendant(stack.dropFirst().map { $0._commandName }).command
            .arguments ?? []
        if let argument = arguments.first(where: { $0.kind != "positional" && $0.key == option }) {
            return "--" + option
                + (argument.kind == "option" ? " <" + texts.value(argument.valueName ?? option) + ">" : "")
        }
        return "<" + texts.value(property) + ">"
    }
}
