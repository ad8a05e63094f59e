import Foundation

/// A municipality worth visiting, with the reasons: the obstacles it can help with (as
/// ``HelpReport`` finds them), the conditions for success it has that the asking municipality
/// lacks, and the people to call.
///
/// JSON: `rank`, `municipality` (the name), `counts` (by ``VisitReason``), `obstacles`,
/// `conditions`, `contacts`.
public struct VisitSuggestion: Codable, Sendable, Hashable {
    /// Its place in the suggestions: 1 for the best.
    public var rank: Int
    /// The municipality's name.
    public var municipality: String
    /// How many reasons count, per ``VisitReason``: what the suggestions are ranked by.
    public var counts: [VisitReason: Int]
    /// The asking municipality's obstacles it can help with, in the order they were added.
    public var obstacles: [ObstacleHelpHere]
    /// The conditions for success it has present that the asking municipality lacks, by number.
    public var conditions: [ConditionGap]
    /// The people to call: contacts of the entries shown as reasons first (most of them first),
    /// then the other people of the municipality, by name.
    public var contacts: [VisitContact]

    /// Creates a suggestion value.
    public init(
        rank: Int, municipality: String, counts: [VisitReason: Int], obstacles: [ObstacleHelpHere],
        conditions: [ConditionGap], contacts: [VisitContact]
    ) {
        self.rank = rank
        self.municipality = municipality
        self.counts = counts
        self.obstacles = obstacles
        self.conditions = conditions
        self.contacts = contacts
    }

    /// An obstacle of the asking municipality and what the visited one has for it.
    ///
    /// JSON: `obstacle` (an ``EntrySummary``), `counts` (by ``HelpReason``), `entries` (the
    /// strongest, as ``HelpEvidence``).
    public struct ObstacleHelpHere: Codable, Sendable, Hashable {
        /// The obstacle asked about.
        public var obstacle: EntrySummary
        /// How many entries there count, per reason.
        public var counts: [HelpReason: Int]
        /// The strongest of them, strongest first (at most three).
        public var evidence: [HelpEvidence]

        /// Creates a value.
        public init(obstacle: EntrySummary, counts: [HelpReason: Int], evidence: [HelpEvidence]) {
            self.obstacle = obstacle
            self.counts = counts
            self.evidence = evidence
        }

        enum CodingKeys: String, CodingKey {
            case obstacle, counts
            case evidence = "entries"
        }
    }

    /// A condition for success as two municipalities assessed it last.
    ///
    /// JSON: `number`, `title`, `state` (theirs: `present`), `date` (of their assessment),
    /// `lacking` (the asking municipality's state: `absent` or `partly`).
    public struct ConditionGap: Codable, Sendable, Hashable {
        /// The condition's number.
        public var number: Int
        /// Its title.
        public var title: String
        /// The visited municipality's latest state of it.
        public var state: State
        /// The day of that assessment.
        public var date: Day
        /// The asking municipality's latest state of it.
        public var lacking: State

        /// Creates a value.
        public init(number: Int, title: String, state: State, date: Day, lacking: State) {
            self.number = number
            self.title = title
            self.state = state
            self.date = date
            self.lacking = lacking
        }
    }

    /// A municipality's state of a condition for success, as it assessed itself.
    public enum State: String, Codable, CaseIterable, Sendable, Hashable {
        /// The condition is met.
        case present
        /// Partly met.
        case partly
        /// Not met.
        case absent
    }
}

/// A person to call about a visit, with the entries shown as reasons that name them as contact.
///
/// JSON: the person's keys (see ``Person``) with `entries` (ids).
public struct VisitContact: Codable, Sendable, Hashable {
    /// The person.
    public var person: Person
    /// The entries shown as reasons of which the person is a contact, by id.
    public var entries: [Entry.ID]

    /// Creates a contact value.
    public init(person: Person, entries: [Entry.ID]) {
        self.person = person
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case entries
    }

    /// Encodes the person's keys and `entries`.
    public func encode(to encoder: any Encoder) throws {
        try person.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entries, forKey: .entries)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        self.init(
            person: try Person(from: decoder),
            entries: try decoder.container(keyedBy: CodingKeys.self).decode([Entry.ID].self, forKey: .entries))
    }
}

/// The municipalities worth visiting for one municipality, best first.
///
/// JSON: `municipality` (the name), `order` (the ``VisitReason``s, strongest first: the ranking
/// compares their counts in this order, then the names), `lacking` (the conditions it lacks,
/// as `{"number", "title", "state", "date"}`), `suggestions`.
public struct VisitSuggestions: Codable, Sendable, Hashable {
    /// The name of the municipality that would visit.
    public var municipality: String
    /// The conditions for success it lacks (its latest state absent or partly), by number.
    public var lacking: [LackingCondition]
    /// The municipalities worth visiting, best first.
    public var suggestions: [VisitSuggestion]

    /// Creates a value.
    public init(municipality: String, lacking: [LackingCondition], suggestions: [VisitSuggestion]) {
        self.municipality = municipality
        self.lacking = lacking
        self.suggestions = suggestions
    }

    /// A condition for success the asking municipality lacks.
    ///
    /// JSON: `number`, `title`, `state` (`absent` or `partly`), `date` (of the assessment).
    public struct LackingCondition: Codable, Sendable, Hashable {
        /// The condition's number.
        public var number: Int
        /// Its title.
        public var title: String
        /// The latest state.
        public var state: VisitSuggestion.State
        /// The day of that assessment.
        public var date: Day

        /// Creates a value.
        public init(number: Int, title: String, state: VisitSuggestion.State, date: Day) {
            self.number = number
            self.title = title
            self.state = state
            self.date = date
        }
    }

    enum CodingKeys: String, CodingKey {
        case municipality, order, lacking, suggestions
    }

    /// Encodes the suggestions with the order of the reasons.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(VisitReason.allCases, forKey: .order)
        try container.encode(lacking, forKey: .lacking)
        try container.encode(suggestions, forKey: .suggestions)
    }

    /// Decodes what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            municipality: try container.decode(String.self, forKey: .municipality),
            lacking: try container.decode([LackingCondition].self, forKey: .lacking),
            suggestions: try container.decode([VisitSuggestion].self, forKey: .suggestions))
    }
}
