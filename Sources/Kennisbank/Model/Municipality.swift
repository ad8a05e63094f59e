/// A Dutch municipality (*gemeente*), from the CBS registry or added by hand.
public struct Municipality: Codable, Sendable, Hashable, Identifiable {
    /// A municipality's row id in this knowledge base.
    public typealias ID = RowID<Municipality>

    /// The row id in this knowledge base.
    public var id: ID
    /// The name as CBS spells it (`'s-Hertogenbosch`, `Bergen (NH.)`).
    public var name: String
    /// The CBS code (`GM0363`), or nil for one added without a code.
    public var code: String?
    /// The province (`Noord-Holland`), if known.
    public var province: Province?
    /// Where the row comes from: `Bron: CBS` for the bundled registry; nil when added by hand.
    public var attribution: String?

    /// Creates a municipality value.
    public init(id: ID, name: String, code: String?, province: Province?, attribution: String?) {
        self.id = id
        self.name = name
        self.code = code
        self.province = province
        self.attribution = attribution
    }
}
