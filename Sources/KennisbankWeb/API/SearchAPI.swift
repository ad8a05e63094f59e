import Foundation
import Hummingbird
import Kennisbank

/// `GET /api/v1/search`: the JSON of `kb search --format json` for the same parameters; and
/// `GET /api/v1/search/facets`: for those parameters, how many entries the search finds with each
/// kind, topic, municipality and province (``SearchFacets``), the counts beside the filters of
/// `/zoeken`. `limit` and `offset` are read but play no part in the counts.
struct SearchAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("search") { request, context -> Response in
            let parameters = try SearchParameters(request.uri, catalog: context.catalog)
            // SQLite blocks: on the thread pool, in the order the requests came, not on the
            // tasks' few threads, where a long search held up the answers of the short ones.
            let results = try await offLoop { [knowledgeBase] in
                try knowledgeBase.search(try parameters.request(in: knowledgeBase))
            }
            return try jsonResponse(results)
        }
        group.get("search/facets") { request, context -> Response in
            let parameters = try SearchParameters(request.uri, catalog: context.catalog)
            let facets = try await offLoop { [knowledgeBase] in
                try knowledgeBase.searchFacets(try parameters.request(in: knowledgeBase))
            }
            return try jsonResponse(facets)
        }
    }
}

/// A value as JSON with the CLI's encoder settings (``KennisbankJSON``): the API and
/// `--format json` print the same bytes for the same value.
func jsonResponse<Value: Encodable>(
    _ value: Value, status: HTTPResponse.Status = .ok, userInfo: [CodingUserInfoKey: any Sendable] = [:]
) throws -> Response {
    let encoder = KennisbankJSON.encoder()
    encoder.userInfo = userInfo
    var data = try encoder.encode(value)
    data.append(UInt8(ascii: "\n"))
    return Response(
        status: status,
        headers: [.contentType: "application/json; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(bytes: data))
    )
}
