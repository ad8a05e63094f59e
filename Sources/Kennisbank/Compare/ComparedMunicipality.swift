/// A municipality in a comparison, with its totals over the selected obstacles.
///
/// JSON: `name`, `code`, `province` (null when unknown), `obstacles`, `resolved`.
public struct ComparedMunicipality: Codable, Sendable, Hashable {
    /// The name as CBS spells it.
    public var name: String
    /// The CBS code, if it has one.
    public var code: String?
    /// The province, if known.
    public var province: Province?
    /// Its number of selected obstacles (each counted once, whatever its topics).
    public var obstacles: Int
    /// How many of them are resolved.
    public var resolved: Int

    /// Creates a compared-municipality value.
    public init(name: String, code: String?, province: Province?, obstacles: Int, resolved: Int) {
        self.name = name
        self.code = code
        self.province = province
        self.obstacles = obstacles
        self.resolved = resolved
    }

    enum CodingKeys: String, CodingKey {
        case name, code, province, obstacles, resolved
    }

    /// Encodes every field, an unknown code or province as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(code, forKey: .code)
        try container.encode(province, forKey: .province)
        try container.encode(obstacles, forKey: .obstacles)
        try container.encode(resolved, forKey: .resolved)
    }
}
