import Foundation
import Kennisbank

// The tests' edge: entries, filters and changes described with names as a person types them
// ("Deventer", "co-creatie", "2015-05-21", "#12"), resolved once against the knowledge base —
// as the command line does — before the typed library API is called.

/// A ``NewEntry`` with names as typed.
struct NewEntryText {
    var kind: EntryKind
    var title: String
    var body: String = ""
    var municipality: String? = nil
    var topics: [String] = []
    var source: String? = nil
    var date: String? = nil
    var status: ObstacleStatus? = nil
    var addresses: [String] = []
    var uuid: UUID? = nil
    var createdAt: Date? = nil
    var updatedAt: Date? = nil
}

/// An ``EntryFilter`` with names as typed.
struct FilterText {
    var kinds: [EntryKind] = []
    var municipalities: [String] = []
    var topics: [String] = []
    var province: String? = nil
    var statuses: [ObstacleStatus] = []
    var since: String? = nil
    var until: String? = nil

    init(
        kinds: [EntryKind] = [], municipalities: [String] = [], topics: [String] = [], province: String? = nil,
        statuses: [ObstacleStatus] = [], since: String? = nil, until: String? = nil
    ) {
        (self.kinds, self.municipalities, self.topics, self.province) = (kinds, municipalities, topics, province)
        (self.statuses, self.since, self.until) = (statuses, since, until)
    }

    /// The comparison filter's argument order.
    init(municipalities: [String] = [], province: String? = nil, topics: [String] = [], statuses: [ObstacleStatus] = [])
    {
        self.init(kinds: [], municipalities: municipalities, topics: topics, province: province, statuses: statuses)
    }
}

/// ``EntryChanges`` with names as typed.
struct ChangesText {
    var title: String? = nil
    var body: String? = nil
    var municipality: String?? = nil
    var source: String?? = nil
    var date: String?? = nil
    var status: ObstacleStatus? = nil
    var topics: [String]? = nil
    var addTopics: [String] = []
    var removeTopics: [String] = []
    var addAddresses: [String] = []
    var removeAddresses: [String] = []
}

/// A ``SearchRequest`` with names as typed.
struct SearchText {
    var query: String = ""
    var filter: FilterText = FilterText()
    var limit: Int = 20
    var offset: Int = 0
}

extension KnowledgeBase {
    /// The day `text` names, or ``KennisbankError/invalidDate(_:)``.
    func day(_ text: String) throws -> Day {
        guard let day = Day(parsing: text) else { throw KennisbankError.invalidDate(text) }
        return day
    }

    func resolve(_ text: NewEntryText) throws -> NewEntry {
        NewEntry(
            kind: text.kind, title: text.title, body: text.body,
            municipality: try text.municipality.map { try municipality($0).id }, topics: text.topics,
            source: text.source, date: try text.date.map(day), status: text.status,
            addresses: try text.addresses.map(entryID), uuid: text.uuid, createdAt: text.createdAt,
            updatedAt: text.updatedAt)
    }

    func resolve(_ text: FilterText) throws -> EntryFilter {
        EntryFilter(
            kinds: text.kinds, municipalities: try text.municipalities.map { try municipality($0).id },
            topics: try text.topics.map { try topic($0).id },
            province: try text.province.map(Province.init(resolving:)),
            statuses: text.statuses, since: try text.since.map(day), until: try text.until.map(day))
    }

    func resolve(_ text: ChangesText) throws -> EntryChanges {
        EntryChanges(
            title: text.title, body: text.body,
            municipality: try text.municipality.map { name in try name.map { try municipality($0).id } },
            source: text.source, date: try text.date.map { value in try value.map(day) }, status: text.status,
            topics: text.topics, addTopics: text.addTopics, removeTopics: text.removeTopics,
            addAddresses: try text.addAddresses.map(entryID), removeAddresses: try text.removeAddresses.map(entryID))
    }

    @discardableResult
    func add(_ text: NewEntryText) throws -> Entry {
        try add(try resolve(text))
    }

    /// Adds an entry even when it nearly repeats one (tests that need look-alike entries).
    @discardableResult
    func addAllowingDuplicate(_ text: NewEntryText) throws -> Entry {
        try add(try resolve(text), allowingDuplicate: true)
    }

    func entry(_ reference: String) throws -> Entry {
        try entry(try entryID(reference))
    }

    func entries(_ text: FilterText, limit: Int? = nil, offset: Int = 0) throws -> [Entry] {
        try entries(try resolve(text), limit: limit, offset: offset)
    }

    func count(_ text: FilterText) throws -> Int {
        try count(try resolve(text))
    }

    func topics(_ text: FilterText) throws -> [Topic] {
        try topics(try resolve(text))
    }

    @discardableResult
    func update(_ reference: String, with changes: ChangesText) throws -> Entry {
        try update(try entryID(reference), with: try resolve(changes))
    }

    @discardableResult
    func moveToTrash(_ reference: String) throws -> Entry {
        try moveToTrash(try entryID(reference))
    }

    func entriesAddressing(_ reference: String) throws -> [Entry] {
        try entriesAddressing(try entryID(reference))
    }

    func search(_ text: SearchText) throws -> SearchResults {
        try search(
            SearchRequest(query: text.query, filter: try resolve(text.filter), limit: text.limit, offset: text.offset))
    }

    func compare(_ text: FilterText) throws -> ObstacleComparison {
        try compare(try resolve(text))
    }

    func similarMunicipalities(_ text: FilterText, limit: Int = 5) throws -> [MunicipalitySimilarity] {
        try similarMunicipalities(try resolve(text), limit: limit)
    }

    func whoCanHelp(
        _ name: String, topics: [String] = [], statuses: [ObstacleStatus] = [], province: String? = nil,
        limits: HelpLimits = HelpLimits()
    ) throws -> HelpReport {
        try whoCanHelp(
            try municipality(name).id,
            filter: try resolve(FilterText(province: province, topics: topics, statuses: statuses)),
            limits: limits)
    }

    func municipalities(province: String) throws -> [Municipality] {
        try municipalities(province: try Province(resolving: province))
    }

    @discardableResult
    func addMunicipality(name: String, code: String? = nil, province: String) throws -> Municipality {
        try addMunicipality(name: name, code: code, province: try Province(resolving: province))
    }
}

extension KnowledgeBase {
    func exportText(_ format: ExchangeFormat, filter: FilterText) throws -> String {
        try exportText(format, filter: try resolve(filter))
    }

    @discardableResult
    func export(_ format: ExchangeFormat, filter: FilterText, to output: ExportOutput) throws -> ExportReport {
        try export(format, filter: try resolve(filter), to: output)
    }
}

// Literals for expected values in assertions.

extension Day: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let day = Day(iso: value) else { preconditionFailure("not a day: \(value)") }
        self = day
    }
}

extension Province: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let province = Province(rawValue: value) else { preconditionFailure("not a province: \(value)") }
        self = province
    }
}

extension RowID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) {
        self.init(value)
    }
}
