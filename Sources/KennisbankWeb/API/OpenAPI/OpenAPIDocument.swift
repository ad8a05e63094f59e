/// An OpenAPI 3.1 document, as far as `/api/v1/openapi.json` needs one: paths of operations,
/// their parameters, bodies and responses, JSON Schemas, and security schemes.
struct OpenAPIDocument: Encodable, Sendable {
    var openapi = "3.1.0"
    var info: Info
    /// Operations by path (`/api/v1/entries/{uuid}`) and lower-case method (`get`).
    var paths: [String: [String: Operation]]
    var components: Components

    /// The title and version of the API.
    struct Info: Encodable, Sendable {
        var title: String
        var version: String
        var description: String
    }

    /// One method on one path.
    struct Operation: Encodable, Sendable {
        var operationId: String
        var summary: String
        var parameters: [Parameter]?
        var requestBody: RequestBody?
        /// Responses by status code (`200`, `404`).
        var responses: [String: ResponseObject]
        /// The ways to be allowed in (any one of them): `[["bearerToken": []]]`.
        var security: [[String: [String]]]?
    }

    /// A path or query parameter.
    struct Parameter: Encodable, Sendable {
        enum Location: String, Encodable, Sendable { case path, query }

        var name: String
        var location: Location
        var description: String
        var required: Bool
        var schema: Schema

        enum CodingKeys: String, CodingKey {
            case name
            case location = "in"
            case description, required, schema
        }
    }

    /// A request body: one media type.
    struct RequestBody: Encodable, Sendable {
        var required: Bool
        var content: [String: MediaType]
    }

    /// A response: what it means and, unless it is empty, its body by media type.
    struct ResponseObject: Encodable, Sendable {
        var description: String
        var headers: [String: Header]?
        var content: [String: MediaType]?
    }

    /// A response header.
    struct Header: Encodable, Sendable {
        var description: String
        var schema: Schema
    }

    /// The schema of a body.
    struct MediaType: Encodable, Sendable {
        var schema: Schema
    }

    /// The shared schemas and the security schemes.
    struct Components: Encodable, Sendable {
        var schemas: [String: Schema]
        var securitySchemes: [String: SecurityScheme]
    }

    /// A bearer token (`type: http`) or a cookie (`type: apiKey`, `in: cookie`).
    struct SecurityScheme: Encodable, Sendable {
        var type: String
        var scheme: String?
        var location: String?
        var name: String?
        var description: String

        enum CodingKeys: String, CodingKey {
            case type, scheme
            case location = "in"
            case name, description
        }
    }

    /// Every (method, path) pair the document describes, as `GET /api/v1/topics`.
    var operations: Set<String> {
        Set(paths.flatMap { path, item in item.keys.map { "\($0.uppercased()) \(path)" } })
    }
}
