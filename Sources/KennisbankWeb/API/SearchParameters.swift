import Hummingbird
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// A search as the query string names it, on the page (`/zoeken`) and in the API
/// (`/api/v1/search`) alike: `q`, and `kb search`'s options `kind`, `topic`, `municipality`,
/// `province`, `since`, `until`, `limit`, `offset` (the lists may repeat).
struct SearchParameters: Sendable {
    var query: String
    var selection: EntrySelection
    var limit: Int
    var offset: Int

    /// The most hits one request returns, as `kb search --limit` allows.
    static let maximumLimit = 10_000
    /// The hits on one page when the request does not say.
    static let pageLimit = 20

    /// The parameters of `uri`; a kind, limit or offset that is not one is a ``WebProblem``.
    init(_ uri: URI, catalog: Catalog, defaultLimit: Int = pageLimit) throws {
        let parameters = uri.formParameters
        query = parameters.get("q") ?? ""
        let kinds = try parameters.getAll("kind").filter { !$0.isEmpty }.map { text in
            guard let kind = EntryKind(userText: text) else {
                throw WebProblem.invalidParameter("kind", value: text, catalog: catalog)
            }
            return kind
        }
        func text(_ name: String) -> String? {
            parameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
        }
        selection = EntrySelection(
            kinds: kinds,
            municipalities: parameters.getAll("municipality").filter { !$0.isEmpty },
            topics: parameters.getAll("topic").filter { !$0.isEmpty },
            province: text("province"),
            since: text("since"),
            until: text("until"))
        limit = try Self.number("limit", text("limit"), default: defaultLimit, in: 1...Self.maximumLimit, catalog)
        offset = try Self.number("offset", text("offset"), default: 0, in: 0...Int.max, catalog)
    }

    private static func number(
        _ name: String, _ text: String?, default value: Int, in range: ClosedRange<Int>, _ catalog: Catalog
    ) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw WebProblem.invalidParameter(name, value: text, catalog: catalog)
        }
        return number
    }

    /// The library's request, with names resolved in `knowledgeBase`.
    func request(in knowledgeBase: KnowledgeBase) throws -> SearchRequest {
        SearchRequest(query: query, filter: try selection.resolve(in: knowledgeBase), limit: limit, offset: offset)
    }
}

extension WebProblem {
    /// A query parameter whose value is not one the server understands.
    static func invalidParameter(_ name: String, value: String, catalog: Catalog) -> WebProblem {
        WebProblem(
            status: .badRequest, type: "invalid-parameter", title: catalog.text("web.error.request"),
            detail: catalog.text("web.error.invalidParameter", ["name": name, "value": value]))
    }
}
