/// The conditions for success per municipality: each municipality's latest assessment of each
/// condition (what `kb conditions` shows).
///
/// Its JSON: `{"conditions": [{"number", "title"}…], "municipalities": [{"name", "province",
/// "states": [{"condition", "state", "date", "note"}…]}…], "totals": [{"condition", "present",
/// "partly", "absent", "unknown"}…]}`; `state`, `date` and `note` are `null` where a
/// municipality has not assessed the condition.
public struct ConditionMatrix: Sendable, Hashable, Codable {
    /// A condition, as the matrix heads it.
    public struct Column: Sendable, Hashable, Codable {
        /// The condition's number.
        public var number: Int
        /// Its title.
        public var title: String

        /// Creates a column value.
        public init(number: Int, title: String) {
            self.number = number
            self.title = title
        }
    }

    /// One municipality's current states, one per condition in the order of ``conditions``.
    public struct Row: Sendable, Hashable, Codable {
        /// The municipality's name.
        public var name: String
        /// Its province, if known.
        public var province: Province?
        /// Its latest assessment of each condition (nil where it has none).
        public var states: [Cell]

        /// Creates a row value.
        public init(name: String, province: Province?, states: [Cell]) {
            self.name = name
            self.province = province
            self.states = states
        }

        /// Encodes every field, an unknown province as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(province, forKey: .province)
            try container.encode(states, forKey: .states)
        }
    }

    /// A municipality's current state of one condition.
    public struct Cell: Sendable, Hashable, Codable {
        /// The condition's number.
        public var condition: Int
        /// The latest state, or nil when never assessed.
        public var state: ConditionState?
        /// The date of that assessment.
        public var date: Day?
        /// Its note.
        public var note: String?

        /// Creates a cell value.
        public init(condition: Int, state: ConditionState?, date: Day?, note: String?) {
            self.condition = condition
            self.state = state
            self.date = date
            self.note = note
        }

        /// Encodes every field, absent ones as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(condition, forKey: .condition)
            try container.encode(state, forKey: .state)
            try container.encode(date, forKey: .date)
            try container.encode(note, forKey: .note)
        }
    }

    /// How many municipalities of the matrix are in each state for one condition.
    public struct Total: Sendable, Hashable, Codable {
        /// The condition's number.
        public var condition: Int
        /// Municipalities where it is present.
        public var present: Int
        /// Municipalities where it is partly present.
        public var partly: Int
        /// Municipalities where it is absent.
        public var absent: Int
        /// Municipalities that have not assessed it.
        public var unknown: Int

        /// Creates a total value.
        public init(condition: Int, present: Int, partly: Int, absent: Int, unknown: Int) {
            self.condition = condition
            self.present = present
            self.partly = partly
            self.absent = absent
            self.unknown = unknown
        }
    }

    /// The conditions, by number.
    public var conditions: [Column]
    /// The municipalities, by name.
    public var municipalities: [Row]

    /// Creates a matrix value.
    public init(conditions: [Column], municipalities: [Row]) {
        self.conditions = conditions
        self.municipalities = municipalities
    }

    /// Per condition, how many municipalities are in each state.
    public var totals: [Total] {
        conditions.enumerated().map { index, column in
            let states = municipalities.map { $0.states[index].state }
            return Total(
                condition: column.number, present: states.filter { $0 == .present }.count,
                partly: states.filter { $0 == .partly }.count, absent: states.filter { $0 == .absent }.count,
                unknown: states.filter { $0 == nil }.count)
        }
    }

    enum CodingKeys: String, CodingKey {
        case conditions, municipalities, totals
    }

    /// Encodes the conditions, the municipalities and the totals.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(conditions, forKey: .conditions)
        try container.encode(municipalities, forKey: .municipalities)
        try container.encode(totals, forKey: .totals)
    }

    /// Decodes what ``encode(to:)`` writes (the totals are computed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            conditions: try container.decode([Column].self, forKey: .conditions),
            municipalities: try container.decode([Row].self, forKey: .municipalities))
    }
}
