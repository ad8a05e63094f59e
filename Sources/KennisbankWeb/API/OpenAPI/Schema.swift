/// A JSON Schema (2020-12, as OpenAPI 3.1 uses it), built from Swift values.
final class Schema: Encodable, Sendable {
    let ref: String?
    let types: [String]
    let format: String?
    let description: String?
    let values: [String]?
    let properties: [String: Schema]?
    let required: [String]?
    let items: Schema?
    let additionalProperties: Schema?
    let allOf: [Schema]?
    let minimum: Int?
    let maximum: Int?

    init(
        ref: String? = nil, types: [String] = [], format: String? = nil, description: String? = nil,
        values: [String]? = nil, properties: [String: Schema]? = nil, required: [String]? = nil, items: Schema? = nil,
        additionalProperties: Schema? = nil, allOf: [Schema]? = nil, minimum: Int? = nil,
        maximum: Int? = nil
    ) {
        self.ref = ref
        self.types = types
        self.format = format
        self.description = description
        self.values = values
        self.properties = properties
        self.required = required
        self.items = items
        self.additionalProperties = additionalProperties
        self.allOf = allOf
        self.minimum = minimum
        self.maximum = maximum
    }

    enum CodingKeys: String, CodingKey {
        case ref = "$ref"
        case type, format, description
        case values = "enum"
        case properties, required, items
        case additionalProperties, allOf, minimum, maximum
    }

    /// Writes the keys that are set; `type` is one name, or a list when the value may also be null.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(ref, forKey: .ref)
        if types.count == 1 {
            try container.encode(types[0], forKey: .type)
        } else if !types.isEmpty {
            try container.encode(types, forKey: .type)
        }
        try container.encodeIfPresent(format, forKey: .format)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(values, forKey: .values)
        try container.encodeIfPresent(properties, forKey: .properties)
        try container.encodeIfPresent(required, forKey: .required)
        try container.encodeIfPresent(items, forKey: .items)
        try container.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
        try container.encodeIfPresent(allOf, forKey: .allOf)
        try container.encodeIfPresent(minimum, forKey: .minimum)
        try container.encodeIfPresent(maximum, forKey: .maximum)
    }

    // MARK: Building

    /// A reference to a schema of the document's components.
    static func ref(_ name: String) -> Schema { Schema(ref: "#/components/schemas/" + name) }
    /// Text, with a `format` (`uuid`, `date`, `date-time`); `null` too when `nullable`.
    static func string(_ format: String? = nil, nullable: Bool = false, _ description: String? = nil) -> Schema {
        Schema(types: nullable ? ["string", "null"] : ["string"], format: format, description: description)
    }
    /// One of these words.
    static func oneOf(_ values: [String], _ description: String? = nil) -> Schema {
        Schema(types: ["string"], description: description, values: values)
    }
    /// A whole number from `minimum` to `maximum`; `null` too when `nullable`.
    static func integer(
        minimum: Int? = nil, maximum: Int? = nil, nullable: Bool = false, _ description: String? = nil
    ) -> Schema {
        Schema(
            types: nullable ? ["integer", "null"] : ["integer"], description: description, minimum: minimum,
            maximum: maximum)
    }
    /// A number.
    static let number = Schema(types: ["number"])
    /// True or false.
    static let boolean = Schema(types: ["boolean"])
    /// A list of `items`.
    static func array(_ items: Schema, _ description: String? = nil) -> Schema {
        Schema(types: ["array"], description: description, items: items)
    }
    /// An object with these `properties`, of which `required` are always there; `null` too when `nullable`.
    static func object(
        _ properties: [String: Schema], required: [String]? = nil, nullable: Bool = false, _ description: String? = nil
    ) -> Schema {
        Schema(
            types: nullable ? ["object", "null"] : ["object"], description: description, properties: properties,
            required: required ?? properties.keys.sorted())
    }
    /// An object whose keys are names and whose values are `values`.
    static func map(_ values: Schema, _ description: String? = nil) -> Schema {
        Schema(types: ["object"], description: description, additionalProperties: values)
    }
}
