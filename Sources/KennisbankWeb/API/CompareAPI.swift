import Foundation
import Hummingbird
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// `GET /api/v1/compare`: the JSON of `kb compare --format json` for the same options —
/// `municipality`, `topic`, `status` and `show` (each may repeat), `province`, `similar` and
/// `limit` — the twin of the comparison page.
struct CompareAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("compare") { request, context -> Response in
            let parameters = try CompareParameters(request.uri, catalog: context.catalog)
            let filter = try parameters.selection.resolve(in: knowledgeBase)
            let parts = parameters.show.isEmpty ? ComparisonPart.allCases : parameters.show
            if parts.contains(.help), Set(filter.municipalities).count != 1, !parameters.show.isEmpty {
                throw WebProblem.invalidParameter("show", value: "help", catalog: context.catalog)
            }
            let results = try knowledgeBase.compare(
                filter, parts: parts, similar: parameters.similar, helpLimit: parameters.limit)
            let json = ComparisonJSON(
                results: results, selection: parameters.selection.comparisonTitle(results.comparison, context.catalog))
            return try jsonResponse(json, userInfo: ComparisonJSON.userInfo)
        }
    }
}

/// The query string of `/api/v1/compare`, checked as `kb compare` checks its options.
struct CompareParameters: Sendable {
    var selection: EntrySelection
    var similar: Int?
    var limit: Int
    var show: [ComparisonPart]

    init(_ uri: URI, catalog: Catalog) throws {
        let parameters = uri.formParameters
        func text(_ name: String) -> String? {
            parameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
        }
        func values<Value>(_ name: String, _ parse: (String) -> Value?) throws -> [Value] {
            try parameters.getAll(name).filter { !$0.isEmpty }.map { text in
                guard let value = parse(text) else {
                    throw WebProblem.invalidParameter(name, value: text, catalog: catalog)
                }
                return value
            }
        }
        func number(_ name: String) throws -> Int? {
            guard let text = text(name) else { return nil }
            guard let number = Int(text), number >= 1 else {
                throw WebProblem.invalidParameter(name, value: text, catalog: catalog)
            }
            return number
        }
        selection = EntrySelection(
            municipalities: try values("municipality") { $0 }, topics: try values("topic") { $0 },
            province: text("province"), statuses: try values("status", ObstacleStatus.init(userText:)))
        similar = try number("similar")
        limit = try number("limit") ?? 5
        show = try values("show") { ComparisonPart(rawValue: $0) }
        if show.contains(.similar), similar == nil {
            throw WebProblem.invalidParameter("show", value: "similar", catalog: catalog)
        }
    }
}
