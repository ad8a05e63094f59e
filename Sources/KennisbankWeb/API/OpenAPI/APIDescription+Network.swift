import Kennisbank

/// The network's part of the OpenAPI document (issue 16): the conditions for success and the
/// visits (``NetworkAPI``), merged into ``APIDescription/document``.
extension APIDescription {
    static let networkPaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/v1/conditions": ["get": conditions],
        "/api/v1/conditions/matrix": ["get": conditionMatrix],
        "/api/v1/conditions/history": ["get": conditionHistory],
        "/api/v1/visits": ["get": visits],
        "/api/v1/visits/{id}": ["get": visit],
        "/api/v1/visits/suggestions": ["get": visitSuggestions],
    ]

    static let conditions = read(
        "listConditions",
        "The conditions for success by number, with their earlier wordings (`kb conditions list --format json`).",
        ok: "Conditions", failures: [])

    static let conditionMatrix = read(
        "getConditionMatrix",
        "Municipalities × conditions with each municipality's latest state, and the counts per condition "
            + "(`kb conditions --format json`). Without parameters: every municipality that assessed itself.",
        parameters: [
            query(
                "municipality", "A municipality (name or CBS code), also without assessments; may repeat.", .string()),
            query("province", "Only the municipalities of this province.", province),
        ],
        ok: "ConditionMatrix", failures: ["404", "422"])

    static let conditionHistory = read(
        "getConditionHistory",
        "Every assessment of one municipality, by condition, then date, then the order recorded: the last of each "
            + "condition is its state (`kb conditions history --format json`).",
        parameters: [
            requiredQuery("municipality", "The municipality (name or CBS code).", .string()),
            query("condition", "Only this condition (its number).", .integer(minimum: 1)),
        ],
        ok: "ConditionHistory", failures: ["400", "404", "422"])

    static let visits = read(
        "listVisits", "The visits, newest first (`kb visits list --format json`); people without e-mail or phone.",
        parameters: [query("municipality", "Only the visits from or to this municipality.", .string())],
        ok: "Visits", failures: ["404", "422"])

    static let visit = read(
        "getVisit", "One visit (`kb visits show ID --format json`); people without e-mail or phone.",
        parameters: [path("id", "The visit's number, or (a prefix of) its UUID.")],
        ok: "Visit", failures: ["404", "422"])

    static let visitSuggestions = read(
        "getVisitSuggestions",
        "The municipalities worth visiting for one municipality, best first, with the reasons and the people to call "
            + "(`kb visits suggest --format json`); people without e-mail or phone.",
        parameters: [
            requiredQuery("municipality", "The municipality that would visit (name or CBS code).", .string()),
            query("limit", "How many suggestions to give (default 5).", .integer(minimum: 1)),
        ],
        ok: "VisitSuggestions", failures: ["400", "404", "422"])

    /// A query parameter that must be given.
    static func requiredQuery(_ name: String, _ description: String, _ schema: Schema) -> OpenAPIDocument.Parameter {
        .init(name: name, location: .query, description: description, required: true, schema: schema)
    }

    static let state = Schema.oneOf(ConditionState.allCases.map(\.rawValue))

    /// A person of a visit: `email` and `phone` are always null on the web.
    static let publicPerson = Schema.object([
        "id": .string("uuid"), "name": .string(), "municipality": .string(), "role": .string(nil, nullable: true),
        "email": Schema(types: ["null"], description: "Always null: the web never gives an e-mail address."),
        "phone": Schema(types: ["null"], description: "Always null: the web never gives a phone number."),
    ])

    static let entrySummary = Schema.object(
        [
            "id": .integer(minimum: 1), "uuid": .string("uuid"), "kind": .oneOf(EntryKind.allCases.map(\.rawValue)),
            "title": .string(), "municipality": .string(nil, nullable: true), "status": .string(nil, nullable: true),
            "date": .string("date", nullable: true),
        ], required: ["id", "uuid", "kind", "title"])

    static let networkSchemas: [String: Schema] = [
        "Condition": .object([
            "number": .integer(minimum: 1), "title": .string(), "description": .string(),
            "author": .string(nil, nullable: true, "Null for the seven of the report."),
            "updated_at": .string("date-time"),
            "earlier_wordings": .array(
                .object([
                    "title": .string(), "description": .string(), "replaced_at": .string("date-time"),
                    "replaced_by": .string(nil, nullable: true),
                ])),
        ]),
        "Conditions": .array(.ref("Condition")),
        "ConditionMatrix": .object([
            "conditions": .array(.object(["number": .integer(minimum: 1), "title": .string()])),
            "municipalities": .array(
                .object([
                    "name": .string(), "province": .string(nil, nullable: true),
                    "states": .array(
                        .object([
                            "condition": .integer(minimum: 1),
                            "state": Schema(
                                types: ["string", "null"], description: "Null where it was never assessed.",
                                values: ConditionState.allCases.map(\.rawValue)),
                            "date": .string("date", nullable: true), "note": .string(nil, nullable: true),
                        ]), "One per condition, in the order of `conditions`."),
                ]), "By name."),
            "totals": .array(
                .object([
                    "condition": .integer(minimum: 1), "present": .integer(minimum: 0), "partly": .integer(minimum: 0),
                    "absent": .integer(minimum: 0), "unknown": .integer(minimum: 0),
                ])),
        ]),
        "ConditionAssessment": .object([
            "id": .integer(minimum: 1), "municipality": .string(), "condition": .integer(minimum: 1), "state": state,
            "note": .string(nil, nullable: true), "date": .string("date"), "recorded_at": .string("date-time"),
            "recorded_by": .string(nil, nullable: true),
        ]),
        "ConditionHistory": .array(.ref("ConditionAssessment")),
        "Visit": .object([
            "id": .integer(minimum: 1), "uuid": .string("uuid"), "from": .string(), "to": .string(),
            "date": .string("date"), "status": .oneOf(VisitStatus.allCases.map(\.rawValue)),
            "notes": .string(nil, nullable: true), "people": .array(publicPerson),
            "entries": .array(entrySummary, "The entries the visit led to."), "created_at": .string("date-time"),
            "updated_at": .string("date-time"), "author": .string(nil, nullable: true),
        ]),
        "Visits": .array(.ref("Visit")),
        "VisitSuggestions": .object([
            "municipality": .string(),
            "order": .array(
                .oneOf(VisitReason.allCases.map(\.rawValue)),
                "The reasons, strongest first: the ranking compares their counts in this order."),
            "lacking": .array(
                .object(["number": .integer(minimum: 1), "title": .string(), "state": state, "date": .string("date")])),
            "suggestions": .array(
                .object([
                    "rank": .integer(minimum: 1), "municipality": .string(),
                    "counts": .map(.integer(minimum: 1), "By reason (`linked`, `resolved_obstacle`, `condition`, …)."),
                    "obstacles": .array(
                        .object([
                            "obstacle": entrySummary, "counts": .map(.integer(minimum: 1)),
                            "entries": .array(
                                Schema(
                                    allOf: [
                                        entrySummary,
                                        .object([
                                            "reason": .oneOf(HelpReason.allCases.map(\.rawValue)), "weight": .integer(),
                                        ]),
                                    ]), "The strongest, strongest first."),
                        ])),
                    "conditions": .array(
                        .object([
                            "number": .integer(minimum: 1), "title": .string(), "state": state,
                            "date": .string("date"), "lacking": state,
                        ])),
                    "contacts": .array(
                        Schema(allOf: [publicPerson, .object(["entries": .array(.integer(minimum: 1))])])),
                ])),
        ]),
    ]
}
