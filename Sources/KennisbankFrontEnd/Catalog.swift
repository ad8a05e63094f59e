/// The texts a person reads, in one language: every word a front end shows comes from here.
///
/// The catalogs live in `Catalog/nl/` and `Catalog/en/` at the top of the package, one YAML file
/// per area (a translator edits them without reading Swift), and are embedded in the binary at
/// build time.
/// A text names its values in braces: `Onbekende gemeente “{name}”`. A key missing in one
/// language falls back to the other (a test keeps both complete).
public struct Catalog: Sendable {
    /// The language of the texts.
    public let language: Language

    /// The catalog of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The text for `key` with its `{placeholders}` filled in from `values`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = Self.template(key, language) ?? Self.template(key, language == .dutch ? .english : .dutch) ?? key
        return values.isEmpty ? template : Self.fill(template, values)
    }

    /// The text for `key` in the form for `count` (`key.one` for 1, `key.other` otherwise), with
    /// `{count}` and `values` filled in.
    public func text(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        text(count == 1 ? key + ".one" : key + ".other", values.merging(["count": String(count)]) { first, _ in first })
    }

    /// Whether `key` has a text in this language.
    public func has(_ key: String) -> Bool {
        Self.template(key, language) != nil
    }

    /// Every key of a language's catalog.
    public static func keys(of language: Language) -> Set<String> {
        Set(EmbeddedCatalogs.texts[language.rawValue]?.keys ?? [:].keys)
    }

    private static func template(_ key: String, _ language: Language) -> String? {
        EmbeddedCatalogs.texts[language.rawValue]?[key]
    }

    /// `template` with each `{name}` replaced by `values[name]` (left as it is when absent).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
