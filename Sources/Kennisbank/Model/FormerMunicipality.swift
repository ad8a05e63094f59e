/// A municipality that ended in a reorganisation, as a lookup found it: its name and code, the
/// municipality that now covers it, and since when.
public struct FormerMunicipality: Sendable, Hashable, Codable {
    /// Its name (`Boxmeer`).
    public var name: String
    /// Its CBS code (`GM0756`).
    public var code: String
    /// The name of the municipality that now covers it (`Land van Cuijk`).
    public var successor: String
    /// The day it became part of that municipality (`2022-01-01`).
    public var since: Day

    /// Creates the description of a former municipality.
    public init(name: String, code: String, successor: String, since: Day) {
        self.name = name
        self.code = code
        self.successor = successor
        self.since = since
    }
}
