/// A municipality with how many of the selected entries are its own
/// (``KnowledgeBase/municipalityCounts(_:limit:)``).
public struct MunicipalityCount: Sendable, Hashable {
    /// The municipality.
    public var municipality: Municipality
    /// How many of the selected entries belong to it.
    public var entryCount: Int

    /// A municipality with its count.
    public init(municipality: Municipality, entryCount: Int) {
        self.municipality = municipality
        self.entryCount = entryCount
    }
}
