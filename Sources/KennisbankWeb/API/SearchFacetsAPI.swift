import Hummingbird
import Kennisbank

/// `GET /api/v1/search/facets`: for the parameters of `/api/v1/search`, how many entries the
/// search finds with each kind, topic, municipality and province (``SearchFacets``), the
/// counts beside the filters of `/zoeken`. `limit` and `offset` are read but play no part.
struct SearchFacetsAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("search/facets") { request, context -> Response in
            let parameters = try SearchParameters(request.uri, catalog: context.catalog)
            return try jsonResponse(try knowledgeBase.searchFacets(try parameters.request(in: knowledgeBase)))
        }
    }
}
