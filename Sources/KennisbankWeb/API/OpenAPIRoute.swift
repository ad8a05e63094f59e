import Hummingbird

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 document of everything under `/api/v1`
/// (``APIDescription``).
struct OpenAPIRoute {
    func register(on group: RouterGroup<WebContext>) {
        group.get("openapi.json") { _, _ -> Response in
            try jsonResponse(APIDescription.document)
        }
    }
}
