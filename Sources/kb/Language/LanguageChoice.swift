import KennisbankFrontEnd

/// The language a run of `kb` speaks: `--lang nl|en` (anywhere among the arguments, also as
/// `--lang=en`), else `$KENNISBANK_LANG`, else Dutch.
///
/// Read before the argument parser sees the arguments, so that help and parse errors are in
/// the chosen language too.
enum LanguageChoice {
    /// The option's name.
    static let option = "--lang"
    /// The environment variable's name.
    static let variable = "KENNISBANK_LANG"

    /// A `--lang` or `$KENNISBANK_LANG` that names no language `kb` speaks.
    struct UnknownLanguage: Error, Equatable {
        /// The language as given.
        var text: String

        /// The one line that says so, in every language (the chosen one is unknown).
        var message: String {
            Language.allCases.map { Catalog($0).text("language.unknown", ["language": text]) }
                .joined(separator: " / ")
        }
    }

    /// Takes `--lang X` / `--lang=X` out of `arguments` (up to a `--`, after which everything is
    /// a value) and returns the language chosen; the last `--lang` wins over earlier ones and
    /// over `environment`.
    static func take(from arguments: inout [String], environment: [String: String]) throws -> Language {
        var chosen: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == option {
                guard index + 1 < arguments.endIndex else { throw UnknownLanguage(text: "") }
                chosen = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix(option + "=") {
                chosen = String(argument.dropFirst(option.count + 1))
                arguments.remove(at: index)
            } else {
                index += 1
            }
        }
        guard let text = chosen ?? environment[variable].flatMap({ $0.isEmpty ? nil : $0 }) else { return .dutch }
        guard let language = Language(code: text) else { throw UnknownLanguage(text: text) }
        return language
    }
}
