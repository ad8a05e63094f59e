import KennisbankText

/// The twelve Dutch provinces, spelled as CBS spells them.
public enum Province {
    /// All province names.
    public static let names = [
        "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ]

    /// Finds the province a person means: case, diacritics and separators do not matter,
    /// and the Dutch name `Friesland` and abbreviations like `NH` or `N-Brabant` are understood.
    public static func resolve(_ text: String) throws -> String {
        let key = TextFolding.lookupKey(text)
        if let name = names.first(where: { TextFolding.lookupKey($0) == key }) {
            return name
        }
        let aliases: [String: String] = [
            "friesland": "Fryslân", "nh": "Noord-Holland", "zh": "Zuid-Holland", "nb": "Noord-Brabant",
            "nbrabant": "Noord-Brabant", "nholland": "Noord-Holland", "zholland": "Zuid-Holland", "brabant": "Noord-Brabant",
        ]
        if let name = aliases[key] {
            return name
        }
        throw KennisbankError.unknownProvince(text, suggestions: names)
    }
}
