import KennisbankText

/// The twelve Dutch provinces, spelled as CBS spells them (the raw value).
public enum Province: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case drenthe = "Drenthe"
    case flevoland = "Flevoland"
    case fryslan = "Fryslân"
    case gelderland = "Gelderland"
    case groningen = "Groningen"
    case limburg = "Limburg"
    case noordBrabant = "Noord-Brabant"
    case noordHolland = "Noord-Holland"
    case overijssel = "Overijssel"
    case utrecht = "Utrecht"
    case zeeland = "Zeeland"
    case zuidHolland = "Zuid-Holland"

    /// The province a person means: case, diacritics and separators do not matter, and the
    /// Dutch name `Friesland` and abbreviations like `NH` or `N-Brabant` are understood.
    ///
    /// Throws ``KennisbankError/unknownProvince(_:)`` otherwise.
    public init(resolving text: String) throws {
        let key = TextFolding.lookupKey(text)
        if let province = Self.allCases.first(where: { TextFolding.lookupKey($0.rawValue) == key }) ?? Self.aliases[key]
        {
            self = province
        } else {
            throw KennisbankError.unknownProvince(text)
        }
    }

    /// The CBS spelling.
    public var description: String { rawValue }

    public static func < (lhs: Province, rhs: Province) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let aliases: [String: Province] = [
        "friesland": .fryslan, "nh": .noordHolland, "zh": .zuidHolland, "nb": .noordBrabant,
        "nbrabant": .noordBrabant, "nholland": .noordHolland, "zholland": .zuidHolland, "brabant": .noordBrabant,
    ]
}
