/// The municipality a name, alias or code stands for, and — when it named a former municipality —
/// which one, so that a front end can say so.
public struct MunicipalityMatch: Sendable, Hashable {
    /// The municipality meant: one that exists today.
    public var municipality: Municipality
    /// The former municipality the reference named, or nil when it named a current one.
    public var former: FormerMunicipality?

    /// Creates a match.
    public init(municipality: Municipality, former: FormerMunicipality? = nil) {
        self.municipality = municipality
        self.former = former
    }
}
