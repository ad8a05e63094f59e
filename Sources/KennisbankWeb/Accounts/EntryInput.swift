import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The JSON body of `POST` and `PATCH /api/v1/entries`: the export's English keys (`kind`,
/// `title`, `body`, `municipality`, `topics`, `source`, `date`, `status`, `addresses`), read
/// one by one so that a wrong value is a 422 naming its field. In a PATCH a missing key leaves
/// the field as it is and `null` empties it. Sendable by hand: the values are JSONSerialization's
/// immutable ones, read only.
struct EntryInput: @unchecked Sendable {
    /// The keys a body may hold.
    static let keys = ["kind", "title", "body", "municipality", "topics", "source", "date", "status", "addresses"]

    let fields: [String: Any]
    let catalog: Catalog

    init(_ body: ByteBuffer, catalog: Catalog) throws {
        self.catalog = catalog
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
            throw WebProblem.invalidField(nil, catalog.text("web.accounts.api.notAnObject"), catalog)
        }
        if let unknown = object.keys.sorted().first(where: { !Self.keys.contains($0) }) {
            throw WebProblem.invalidField(
                unknown,
                catalog.text(
                    "web.accounts.api.unknownField", ["field": unknown, "fields": Self.keys.joined(separator: ", ")]),
                catalog)
        }
        fields = object
    }

    /// Whether the body names `key` (with a value or `null`).
    func has(_ key: String) -> Bool { fields[key] != nil }

    /// The text of `key`; nil when absent or `null`; a 422 when it is something else.
    func text(_ key: String) throws -> String? {
        switch fields[key] {
        case nil, is NSNull: return nil
        case let text as String: return text
        default: throw WebProblem.invalidField(key, catalog.text("web.accounts.api.notText", ["field": key]), catalog)
        }
    }

    /// The list of texts of `key`; nil when absent or `null`.
    func texts(_ key: String) throws -> [String]? {
        switch fields[key] {
        case nil, is NSNull: return nil
        case let list as [Any]:
            return try list.map { item in
                guard let text = item as? String else {
                    throw WebProblem.invalidField(
                        key, catalog.text("web.accounts.api.notTextList", ["field": key]), catalog)
                }
                return text
            }
        default:
            throw WebProblem.invalidField(key, catalog.text("web.accounts.api.notTextList", ["field": key]), catalog)
        }
    }

    /// The kind; nil when absent.
    func kind() throws -> EntryKind? {
        try text("kind").map { text in
            guard let kind = EntryKind(userText: text) else {
                throw WebProblem.invalidField(
                    "kind", catalog.text("web.accounts.api.badValue", ["field": "kind"]), catalog)
            }
            return kind
        }
    }

    /// The status; nil when absent or `null`.
    func status() throws -> ObstacleStatus? {
        try text("status").map { text in
            guard let status = ObstacleStatus(userText: text) else {
                throw WebProblem.invalidField(
                    "status", catalog.text("web.accounts.api.badValue", ["field": "status"]), catalog)
            }
            return status
        }
    }

    /// The day; nil when absent or `null`.
    func date() throws -> Day? {
        try text("date").map { text in
            guard let day = Day(iso: text) else {
                throw WebProblem.invalidField(
                    "date", KennisbankError.invalidDate(text).message(catalog), catalog)
            }
            return day
        }
    }

    /// The municipality in `knowledgeBase`; nil when absent or `null`.
    func municipality(in knowledgeBase: KnowledgeBase) throws -> Municipality? {
        try text("municipality").map { name in
            try Self.field("municipality", catalog) { try knowledgeBase.municipality(name) }
        }
    }

    /// The obstacles `addresses` names by UUID; nil when absent or `null`.
    func addresses(in knowledgeBase: KnowledgeBase) throws -> [Entry.ID]? {
        try texts("addresses")?.map { reference in
            guard UUID(uuidString: reference) != nil else {
                throw WebProblem.invalidField(
                    "addresses", catalog.text("web.accounts.api.badValue", ["field": "addresses"]), catalog)
            }
            return try Self.field("addresses", catalog) { try knowledgeBase.entryID(reference) }
        }
    }

    /// `work`'s result; a library error it throws becomes a 422 naming `field`.
    static func field<T>(_ field: String, _ catalog: Catalog, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KennisbankError {
            throw WebProblem.invalidField(field, error.message(catalog), catalog)
        }
    }
}

extension WebProblem {
    /// A request body whose `field` (nil: the body as a whole) holds what the server cannot use: 422.
    static func invalidField(_ field: String?, _ detail: String, _ catalog: Catalog) -> WebProblem {
        var problem = WebProblem(
            status: .unprocessableContent, type: "invalid-field", title: catalog.text("web.error.request"),
            detail: detail)
        problem.field = field
        return problem
    }

    /// The field of the request body a library error is about, for its 422.
    static func field(of error: KennisbankError) -> String? {
        switch error {
        case .emptyField(let field), .invalidCharacters(let field), .tooLong(let field, _):
            field == .topic ? "topics" : field.rawValue
        case .emptyTopic, .tooManyTopics, .similarTopics: "topics"
        case .invalidDate: "date"
        case .municipalityRequired, .unknownMunicipality, .ambiguousMunicipality: "municipality"
        case .statusOnlyForObstacles: "status"
        case .obstacleCannotAddress, .notAnObstacle, .notAddressed: "addresses"
        default: nil
        }
    }
}
