import Kennisbank

/// The entries a person selects, as typed: resolved once against the knowledge base into an
/// ``EntryFilter`` (an unknown municipality, topic, province or date is an error there). The
/// command line and the web server share it: `--municipality` and `?municipality=` mean the same.
public struct EntrySelection: Sendable {
    public var kinds: [EntryKind]
    public var municipalities: [String]
    public var topics: [String]
    public var province: String?
    public var statuses: [ObstacleStatus]
    public var since: String?
    public var until: String?

    /// A selection of what a person typed; by default it selects everything.
    public init(
        kinds: [EntryKind] = [], municipalities: [String] = [], topics: [String] = [], province: String? = nil,
        statuses: [ObstacleStatus] = [], since: String? = nil, until: String? = nil
    ) {
        self.kinds = kinds
        self.municipalities = municipalities
        self.topics = topics
        self.province = province
        self.statuses = statuses
        self.since = since
        self.until = until
    }

    /// The filter these names and values select in `knowledgeBase`. A former municipality
    /// (`Boxmeer`) selects the one that covers it now, and is handed to `former` so that the
    /// front end can say so.
    public func resolve(
        in knowledgeBase: KnowledgeBase, former: (FormerMunicipality) -> Void = { _ in }
    ) throws -> EntryFilter {
        EntryFilter(
            kinds: kinds,
            municipalities: try municipalities.map {
                let match = try knowledgeBase.matchMunicipality($0)
                if let found = match.former { former(found) }
                return match.municipality.id
            },
            topics: try topics.map { try knowledgeBase.topic($0).id },
            province: try province.map(Province.init(resolving:)),
            statuses: statuses,
            since: try since.map { try DayText.period($0).first },
            until: try until.map { try DayText.period($0).last })
    }
}

/// Days as people type them.
public enum DayText {
    /// The day `text` names (`2015-05-21`, `21-05-2015`, `21 mei 2015`; a month, `mei 2015`, is
    /// its first day); an error otherwise.
    public static func day(_ text: String) throws -> Day {
        try period(text).first
    }

    /// The day or month `text` names: a filter's `--since` starts at its first day, `--until`
    /// ends at its last.
    public static func period(_ text: String) throws -> Day.Period {
        guard let period = Day.Period(parsing: text) else { throw KennisbankError.invalidDate(text) }
        return period
    }

    /// `text` as a new value for a field that may be removed: empty removes it.
    public static func change(_ text: String) throws -> Day? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try day(text)
    }
}
