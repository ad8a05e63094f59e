import Kennisbank

/// What `/api/v1` serves, as the OpenAPI document at `/api/v1/openapi.json` describes it: every
/// path and method (the reads, the writes, this document), their parameters, the top-level
/// shapes of their JSON, the problem details of their errors and the two ways in — a bearer
/// token (reads and writes) and the site's session cookie (reads).
///
/// The descriptions are English, like the API's paths and keys: a contract for programmers.
enum APIDescription {
    /// The name of the site's session cookie, as the session middleware sets it.
    static let sessionCookie = WebSession.cookieName

    /// The document.
    static let document = OpenAPIDocument(
        info: .init(
            title: "Kennisbank API", version: "1",
            description:
                "The knowledge base of the municipalities' network: practice examples, obstacles and tips. "
                + "Every read answers with the same JSON as `kb … --format json`; every error is RFC 9457 problem details."
        ),
        paths: [
            "/api/v1/search": ["get": search],
            "/api/v1/search/facets": ["get": searchFacets],
            "/api/v1/entries": ["post": addEntry],
            "/api/v1/entries/{uuid}": ["get": entry, "patch": changeEntry, "delete": removeEntry],
            "/api/v1/entries/{uuid}/history": ["get": history],
            "/api/v1/compare": ["get": compare],
            "/api/v1/municipalities": ["get": municipalities],
            "/api/v1/municipalities/{code}": ["get": municipality],
            "/api/v1/topics": ["get": topics],
            "/api/v1/topics/{topic}": ["get": topic],
            "/api/v1/openapi.json": ["get": openAPI],
        ].merging(peoplePaths) { own, _ in own }.merging(networkPaths) { own, _ in own },
        components: .init(
            schemas: schemas.merging(peopleSchemas) { own, _ in own }.merging(networkSchemas) { own, _ in own },
            securitySchemes: securitySchemes))

    // MARK: Reads

    static let search = read(
        "search", "Full-text search (`kb search --format json`).",
        parameters: [
            query("q", "The words to look for.", .string()),
            query("kind", "Only entries of this kind; may repeat.", .oneOf(EntryKind.allCases.map(\.rawValue))),
            query("topic", "Only entries with this topic; may repeat.", .string()),
            query("municipality", "Only entries of this municipality (name or CBS code); may repeat.", .string()),
            query("province", "Only entries of municipalities in this province.", province),
            query("since", "Only entries dated on or after this day or month.", .string()),
            query("until", "Only entries dated on or before this day or month.", .string()),
            query(
                "limit", "The most hits to return (default 20).",
                .integer(minimum: 1, maximum: SearchParameters.maximumLimit)),
            query("offset", "The hits to skip (default 0).", .integer(minimum: 0)),
        ],
        ok: "SearchResults", failures: ["400", "404", "422"])

    static let searchFacets = read(
        "searchFacets",
        "How many entries the search finds with each kind, topic, municipality and province, most first: "
            + "each facet counts the search with every filter but its own (the counts beside the filters of /zoeken).",
        parameters: (search.parameters ?? []).filter { !["limit", "offset"].contains($0.name) } + [
            query(
                "limit", "Checked as /api/v1/search checks it; the counts are of every page.",
                .integer(minimum: 1, maximum: SearchParameters.maximumLimit)),
            query("offset", "Checked as /api/v1/search checks it; the counts are of every page.", .integer(minimum: 0)),
        ], ok: "SearchFacets", failures: ["400", "404", "422"])

    static let entry = read(
        "getEntry", "One entry in full (`kb show UUID --format json`).", parameters: [uuid],
        ok: "EntryWithAttachments", failures: ["400", "404", "410"])

    static let history = read(
        "getEntryHistory", "Every version of an entry, oldest first (`kb history UUID --format json`).",
        parameters: [uuid], ok: "History", failures: ["400", "404"])

    static let compare = read(
        "compare", "Obstacles across municipalities, who can help and who is most alike (`kb compare --format json`).",
        parameters: [
            query("municipality", "A municipality to compare (name or CBS code); may repeat.", .string()),
            query("province", "Compare the municipalities of this province.", province),
            query("topic", "Only obstacles with this topic; may repeat.", .string()),
            query(
                "status", "Only obstacles with this status; may repeat.",
                .oneOf(ObstacleStatus.allCases.map(\.rawValue))),
            query("show", "The parts to give (default all); may repeat.", .oneOf(["matrix", "help", "similar"])),
            query(
                "similar", "How many most alike municipalities to give (needed for show=similar).", .integer(minimum: 1)
            ),
            query("limit", "How many helping municipalities to give (default 5).", .integer(minimum: 1)),
        ],
        ok: "Comparison", failures: ["400", "404", "422"])

    static let municipalities = read(
        "listMunicipalities", "Every municipality, by name (`kb list municipalities --format json`).",
        parameters: [query("province", "Only the municipalities of this province.", province)],
        ok: "Municipalities", failures: ["422"])

    static let municipality = read(
        "getMunicipality",
        "A municipality and its entries (`kb list entries --municipality CODE --format json`).",
        parameters: [path("code", "The municipality's CBS code (`GM0150`) or name.")],
        ok: "MunicipalityEntries", failures: ["404", "422"])

    static let topics = read(
        "listTopics", "Every topic in use, with its number of entries (`kb topics --format json`).",
        ok: "Topics", failures: [])

    static let topic = read(
        "getTopic", "A topic and its entries (`kb list entries --topic TOPIC --format json`).",
        parameters: [path("topic", "The topic's label (matched ignoring case and accents).")],
        ok: "TopicEntries", failures: ["404", "422"])

    static let openAPI = OpenAPIDocument.Operation(
        operationId: "getOpenAPIDocument", summary: "This document.",
        responses: ["200": json("The OpenAPI 3.1 document.", .object([:], required: []))])

    // MARK: Writes

    static let addEntry = write(
        "addEntry", "Adds an entry; answers with it as `kb show --format json` prints it.", parameters: [],
        body: "NewEntry",
        responses: [
            "201": .init(
                description: "The entry was added.",
                headers: ["Location": .init(description: "The new entry's address.", schema: .string("uri-reference"))],
                content: ["application/json": .init(schema: .ref("Entry"))])
        ], failures: ["409", "422"])

    static let changeEntry = write(
        "changeEntry", "Changes the fields given; answers with the entry as it is now.", parameters: [uuid],
        body: "EntryChanges", responses: ["200": json("The entry as it is now.", .ref("Entry"))],
        failures: ["400", "404", "409", "410", "422"])

    static let removeEntry = write(
        "removeEntry", "Moves an entry to the trash (`kb remove`), from where it can be restored.",
        parameters: [uuid], body: nil, responses: ["204": .init(description: "The entry is in the trash.")],
        failures: ["400", "404", "410"])

    // MARK: Building operations

    /// A province: one of the twelve (matched ignoring case and accents, so `Fryslan` is Fryslân too).
    static let province = Schema.oneOf(Province.allCases.map(\.rawValue), "One of the twelve provinces.")

    static let uuid = path("uuid", "The entry's UUID.", schema: .string("uuid"))

    static func query(_ name: String, _ description: String, _ schema: Schema) -> OpenAPIDocument.Parameter {
        .init(name: name, location: .query, description: description, required: false, schema: schema)
    }

    static func path(_ name: String, _ description: String, schema: Schema = .string()) -> OpenAPIDocument.Parameter {
        .init(name: name, location: .path, description: description, required: true, schema: schema)
    }

    static func json(_ description: String, _ schema: Schema) -> OpenAPIDocument.ResponseObject {
        .init(description: description, content: ["application/json": .init(schema: schema)])
    }

    /// What each problem status means.
    static let problems: [String: String] = [
        "400": "A parameter is not right (`invalid-parameter`).",
        "401": "No valid bearer token (or session) was given.",
        "403": "The account may not do this.",
        "404":
            "No entry, municipality, topic, person, meeting, condition or visit has this name (`unknown-entry`, `unknown-municipality`, `people`, `meetings`, …).",
        "409": "This clashes with what is stored (`possible-duplicate`, `duplicate-uuid`, `similar-topics`, …).",
        "410": "The entry is in the trash (`entry-in-trash`).",
        "422": "A value is not right (`invalid-date`, `unknown-province`, `too-long`, …).",
        "503": "The knowledge base is busy with another change; try again after `Retry-After` seconds.",
    ]

    static func problem(_ status: String) -> OpenAPIDocument.ResponseObject {
        var response = OpenAPIDocument.ResponseObject(
            description: problems[status] ?? "A problem.",
            content: ["application/problem+json": .init(schema: .ref("Problem"))])
        if status == "503" {
            response.headers = ["Retry-After": .init(description: "Seconds to wait.", schema: .integer())]
        }
        return response
    }

    /// A read: a session or a bearer token lets one in (or nothing, with `--public-read`).
    static func read(
        _ id: String, _ summary: String, parameters: [OpenAPIDocument.Parameter] = [], ok schema: String,
        failures: [String]
    ) -> OpenAPIDocument.Operation {
        var responses = ["200": json("Found.", .ref(schema))]
        for status in failures + ["401", "503"] { responses[status] = problem(status) }
        return .init(
            operationId: id, summary: summary, parameters: parameters.isEmpty ? nil : parameters,
            responses: responses, security: [["bearerToken": []], ["sessionCookie": []], [:]])
    }

    /// A write: only a bearer token lets one in.
    static func write(
        _ id: String, _ summary: String, parameters: [OpenAPIDocument.Parameter], body: String?,
        responses: [String: OpenAPIDocument.ResponseObject], failures: [String]
    ) -> OpenAPIDocument.Operation {
        var responses = responses
        for status in failures + ["401", "403", "503"] { responses[status] = problem(status) }
        return .init(
            operationId: id, summary: summary, parameters: parameters.isEmpty ? nil : parameters,
            requestBody: body.map { .init(required: true, content: ["application/json": .init(schema: .ref($0))]) },
            responses: responses, security: [["bearerToken": []]])
    }

    // MARK: Components

    static let securitySchemes: [String: OpenAPIDocument.SecurityScheme] = [
        "bearerToken": .init(
            type: "http", scheme: "bearer",
            description: "An API token from `kb users token NAME`: `Authorization: Bearer <token>`. Reads and writes."),
        "sessionCookie": .init(
            type: "apiKey", location: "cookie", name: sessionCookie,
            description: "The web site's session after signing in at /aanmelden. Reads only."),
    ]

    static let entryFields: [String: Schema] = [
        "id": .integer(minimum: 1, "The entry's number in this knowledge base."),
        "uuid": .string("uuid", "The entry's permanent identity."),
        "kind": .oneOf(EntryKind.allCases.map(\.rawValue)),
        "title": .string(),
        "body": .string(nil, "Markdown."),
        "municipality": .string(nil, nullable: true, "Null for a tip of the whole network."),
        "municipality_code": .string(nil, nullable: true, "The CBS code (`GM0150`)."),
        "province": .string(nil, nullable: true),
        "topics": .array(.string()),
        "source": .string(nil, nullable: true),
        "date": .string("date", nullable: true),
        "status": .string(nil, nullable: true, "An obstacle's status: open, addressed or resolved; null otherwise."),
        "addresses": .array(.string("uuid"), "The obstacles this tip or example addresses."),
        "contacts": .array(
            .object([
                "id": .string("uuid", "The person's UUID."), "name": .string(), "municipality": .string(),
                "role": .string(nil, nullable: true),
            ]), "The people to call about the entry; never an e-mail address or a phone number."),
        "created_at": .string("date-time"),
        "updated_at": .string("date-time"),
    ]

    /// The files attached to an entry, as `GET /api/v1/entries/{uuid}` and the JSON export name them.
    static let attachmentList: Schema = .array(
        .object([
            "name": .string(nil, "The file name (a base name, never a path)."),
            "type": .string(nil, "The media type, from the name's extension."),
            "size": .integer(minimum: 0, "In bytes."),
            "sha256": .string(nil, "The SHA-256 of the bytes, in lower-case hex."),
        ]), "The files attached to the entry, by name; empty when there are none.")

    /// The fields a client sends to add or change an entry.
    static let writableFields: [String: Schema] = [
        "kind": .oneOf(EntryKind.allCases.map(\.rawValue)),
        "title": .string(),
        "body": .string(nil, "Markdown."),
        "municipality": .string(nil, nullable: true, "A name or CBS code; null or absent for the whole network."),
        "topics": .array(.string()),
        "source": .string(nil, nullable: true),
        "date": .string("date", nullable: true),
        "status": .string(nil, nullable: true, "For an obstacle: open, addressed or resolved."),
        "addresses": .array(.string("uuid"), "The obstacles a tip or example addresses."),
    ]

    static let schemas: [String: Schema] = [
        "Entry": .object(entryFields),
        "EntryWithAttachments": .object(entryFields.merging(["attachments": attachmentList]) { $1 }),
        "NewEntry": .object(writableFields, required: ["kind", "title"]),
        "EntryChanges": .object(writableFields, required: []),
        "SearchResults": .object([
            "query": .string(),
            "hits": .array(
                Schema(
                    allOf: [
                        .ref("Entry"),
                        .object(["snippet": .string(nil, "Matches marked with `**`."), "score": .number]),
                    ])),
            "relaxed": Schema(types: ["boolean"], description: "True when no entry holds all the words."),
            "suggestion": .string(
                nil, nullable: true,
                "The query with the words that are not in the index corrected to the nearest that are (`finacieel` → `financieel`); null when no word needs it."
            ),
            "corrected": Schema(
                types: ["boolean"],
                description:
                    "True when the query as typed found nothing and the hits are those of `suggestion`; false when `suggestion` is only a suggestion (an `OF` alternative found the hits) or null."
            ),
            "total": .integer(minimum: 0),
            "expansions": .array(
                .object([
                    "words": .string(nil, "The words as typed."),
                    "synonyms": .array(.string(), "Synonyms searched as well."),
                    "municipalities": .array(
                        .string(), "Municipalities the words name, whose entries are found as well."),
                ]),
                "Words also searched as synonyms or as municipalities; hits found only through them come last."),
        ]),
        "SearchFacets": .object([
            "query": .string(),
            "relaxed": Schema(
                types: ["boolean"],
                description: "True when no entry holds all the words: the counts are of those holding any."),
            "kinds": .array(.ref("FacetOption")), "topics": .array(.ref("FacetOption")),
            "municipalities": .array(.ref("FacetOption"), "The value is the CBS code (the name when there is none)."),
            "provinces": .array(.ref("FacetOption")),
        ]),
        "FacetOption": .object([
            "value": .string(nil, "The value of the search parameter that chooses this option."),
            "name": .string(nil, "What to show: a municipality's name; the value for the others."),
            "count": .integer(minimum: 1, "How many entries the search finds with this option."),
        ]),
        "History": .array(
            .object([
                "revision": .integer(minimum: 1),
                "entry_id": .integer(minimum: 1),
                "change": .oneOf(RevisionChange.allCases.map(\.rawValue)),
                "restored_from": .integer(minimum: 1, nullable: true),
                "changed_at": .string("date-time"),
                "author": .string(nil, nullable: true),
                "changed": .array(.oneOf(EntryField.allCases.map(\.rawValue))),
                "entry": .ref("Entry"),
            ])),
        "Comparison": .object(
            [
                "municipalities": .array(.string(), "The municipalities compared, by name."),
                "totals": .array(.object([:], required: []), "Each municipality's obstacle counts."),
                "topics": .array(
                    .object([
                        "topic": .string(nil, nullable: true), "key": .string(nil, nullable: true),
                        "counts": .map(.integer()), "resolved": .map(.integer()), "total": .integer(),
                        "total_resolved": .integer(),
                    ]), "The matrix: one row a topic."),
                "shared": .array(.string(), "Topics every municipality has obstacles on."),
                "unique": .map(.array(.string()), "Topics only one municipality has obstacles on, by municipality."),
                "help": .object([:], required: [], "Who can help, when one municipality is compared."),
                "similar": .array(.object([:], required: []), "The most alike municipalities."),
                "selection": .string(nil, "What was compared, in words."),
                "similarity": .string(nil, "What the similarity score means."),
            ], required: ["municipalities", "totals", "topics", "shared", "unique", "selection"]),
        "Municipality": .object(
            [
                "id": .integer(minimum: 1), "name": .string(), "code": .string(nil, nullable: true),
                "province": .string(nil, nullable: true), "attribution": .string(nil, nullable: true),
            ], required: ["id", "name"]),
        "Municipalities": .array(.ref("Municipality")),
        "MunicipalityEntries": .object(["municipality": .ref("Municipality"), "entries": .array(.ref("Entry"))]),
        "Topic": .object(["label": .string(), "key": .string(), "entryCount": .integer(minimum: 0)]),
        "Topics": .array(.ref("Topic")),
        "TopicEntries": .object(["topic": .ref("Topic"), "entries": .array(.ref("Entry"))]),
        "Problem": .object(
            [
                "type": .string("uri", "`https://kennisbank.invalid/problems/<slug>`; the slug is stable."),
                "title": .string(), "status": .integer(), "detail": .string(nil, "In the request's language."),
                "instance": .string("uri-reference"),
            ]),
    ]
}
