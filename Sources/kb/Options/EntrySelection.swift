import Kennisbank

/// The entries a person selects, as typed: resolved once against the knowledge base into an
/// ``EntryFilter`` (an unknown municipality, topic, province or date is an error there).
struct EntrySelection {
    var kinds: [EntryKind] = []
    var municipalities: [String] = []
    var topics: [String] = []
    var province: String?
    var statuses: [ObstacleStatus] = []
    var since: String?
    var until: String?

    /// The filter these names and values select in `knowledgeBase`.
    func resolve(in knowledgeBase: KnowledgeBase) throws -> EntryFilter {
        EntryFilter(
            kinds: kinds,
            municipalities: try municipalities.map { try MunicipalityReference.resolve($0, in: knowledgeBase).id },
            topics: try topics.map { try knowledgeBase.topic($0).id },
            province: try province.map(Province.init(resolving:)),
            statuses: statuses,
            since: try since.map { try DayText.period($0).first },
            until: try until.map { try DayText.period($0).last })
    }
}

/// Days as people type them.
enum DayText {
    /// The day `text` names (`2015-05-21`, `21-05-2015`, `21 mei 2015`; a month, `mei 2015`, is
    /// its first day); an error otherwise.
    static func day(_ text: String) throws -> Day {
        try period(text).first
    }

    /// The day or month `text` names: a filter's `--since` starts at its first day, `--until`
    /// ends at its last.
    static func period(_ text: String) throws -> Day.Period {
        guard let period = Day.Period(parsing: text) else { throw KennisbankError.invalidDate(text) }
        return period
    }

    /// `text` as a new value for a field that may be removed: empty removes it.
    static func change(_ text: String) throws -> Day? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try day(text)
    }
}
