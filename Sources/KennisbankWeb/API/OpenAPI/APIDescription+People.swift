import Kennisbank

/// The network's people and meetings in the OpenAPI document (issue 16): `/api/v1/people…` and
/// `/api/v1/meetings…`, and the shapes they answer with.
extension APIDescription {
    static let peoplePaths: [String: [String: OpenAPIDocument.Operation]] = [
        "/api/v1/people": ["get": people],
        "/api/v1/people/{uuid}": ["get": person],
        "/api/v1/meetings": ["get": meetings],
        "/api/v1/meetings/attendance": ["get": attendance],
        "/api/v1/meetings/{id}": ["get": meeting],
    ]

    /// What the reads of people say of personal data.
    static let personalData =
        " Without a signed-in account (session or bearer token) every `email` and `phone` is null."

    static let people = read(
        "listPeople", "Every person, by name (`kb people list --format json`)." + personalData,
        parameters: [query("municipality", "Only the people of this municipality (name or CBS code).", .string())],
        ok: "People", failures: ["400"])

    static let person = read(
        "getPerson",
        "A person with the entries naming them as a contact, the meetings they attended and the visits they "
            + "took part in (`kb people show UUID --format json`)." + personalData,
        parameters: [path("uuid", "The person's UUID.", schema: .string("uuid"))], ok: "PersonDetail",
        failures: ["400", "404"])

    static let meetings = read(
        "listMeetings", "Every meeting, oldest first (`kb meetings list --format json`).", ok: "Meetings",
        failures: [])

    static let meeting = read(
        "getMeeting",
        "A meeting: who came, from where, and the entries that came out of it (`kb meetings show ID --format json`)."
            + personalData,
        parameters: [path("id", "The meeting's number, or a day on which there was one meeting (`2015-05-21`).")],
        ok: "MeetingReport", failures: ["404", "422"])

    static let attendance = read(
        "getAttendance",
        "Who came most and whom the network has not seen at the recent meetings "
            + "(`kb meetings attendance --format json`)." + personalData,
        parameters: [
            query(
                "last", "Look at the last so many meetings (default 3).",
                .integer(minimum: 1, maximum: AttendanceParameters.maximumLast)),
            query("since", "Look at the meetings on or after this day instead (`2015-05-21`).", .string("date")),
        ],
        ok: "Attendance", failures: ["400"])

    static let personFields: [String: Schema] = [
        "id": .string("uuid", "The person's UUID."), "name": .string(), "municipality": .string(),
        "role": .string(nil, nullable: true),
        "email": .string(nil, nullable: true, "Null unless the request is signed in."),
        "phone": .string(nil, nullable: true, "Null unless the request is signed in."),
    ]

    static let attendee = Schema.object([
        "person": .ref("Person"), "attended": .integer(minimum: 0, "How many meetings they attended."),
        "last_date": .string("date", nullable: true, "The day of the last meeting they attended."),
    ])

    static let peopleSchemas: [String: Schema] = [
        "Person": .object(personFields),
        "People": .array(.ref("Person")),
        "PersonDetail": .object(
            personFields.merging([
                "contact_of": .array(
                    .object(["id": .integer(minimum: 1), "uuid": .string("uuid"), "title": .string()])),
                "meetings": .array(.ref("Meeting"), "The meetings attended, oldest first."),
                "visits": .array(
                    .object([
                        "id": .integer(minimum: 1), "uuid": .string("uuid"), "from": .string(), "to": .string(),
                        "date": .string("date"), "status": .oneOf(VisitStatus.allCases.map(\.rawValue)),
                        "notes": .string(nil, nullable: true), "people": .array(.ref("Person")),
                        "entries": .array(entrySummary), "created_at": .string("date-time"),
                        "updated_at": .string("date-time"), "author": .string(nil, nullable: true),
                    ]), "The visits taken part in, newest first."),
            ]) { first, _ in first }),
        "Meeting": .object([
            "id": .integer(minimum: 1, "The meeting's number."), "date": .string("date"), "title": .string(),
            "host": .string(nil, nullable: true, "The hosting municipality's name."),
            "theme": .string(nil, nullable: true), "attendees": .integer(minimum: 0), "entries": .integer(minimum: 0),
        ]),
        "Meetings": .array(.ref("Meeting")),
        "MeetingReport": .object([
            "meeting": .ref("Meeting"), "attendees": .array(.ref("Person"), "By municipality, then name."),
            "entries": .array(entrySummary, "The entries that came out of it, by id."),
        ]),
        "Attendance": .object([
            "meetings": .integer(minimum: 0, "How many meetings there are."),
            "recent": .array(.ref("Meeting"), "The recent meetings `not_seen` looks at, newest first."),
            "attendees": .array(attendee, "Everyone who came at least once, most meetings first."),
            "not_seen": .array(attendee, "Who came to none of the recent meetings, longest unseen first."),
        ]),
    ]
}
