import Foundation
import Kennisbank
import KennisbankFrontEnd

/// A day as a reader says it: `21 mei 2015` in Dutch, `21 May 2015` in English.
enum DayWords {
    static func text(_ day: Day, _ catalog: Catalog) -> String {
        catalog.text(
            "web.meetings.day",
            ["day": "\(day.day)", "month": catalog.text("web.meetings.month.m\(day.month)"), "year": "\(day.year)"])
    }
}

/// A person as a list shows them: a link to their page, their role and municipality; with
/// `contactDetails` (a signed-in reader) also their e-mail address and phone number.
struct PersonView {
    let values: [String: Any]

    init(_ person: Person, contactDetails: Bool = false) {
        var values: [String: Any] = [
            "name": person.name, "path": PagePaths.person(person.id), "municipality": person.municipality,
            "municipalityPath": PagePaths.municipality(name: person.municipality, code: nil),
        ]
        // A section shows for any string, even an empty one: what is absent is left out.
        if let role = person.role { values["role"] = role }
        if contactDetails {
            if let email = person.email { values["email"] = ["text": email, "href": "mailto:" + email] }
            if let phone = person.phone {
                let dialled = phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
                values["phone"] = ["text": phone, "href": "tel:" + dialled]
            }
        }
        self.values = values
    }

    /// `people` by municipality (in name order), each group headed by the municipality with a
    /// link to its page; the people of a group keep their order.
    static func groups(_ people: [Person]) -> [[String: Any]] {
        var order: [String] = []
        var members: [String: [Person]] = [:]
        for person in people {
            if members[person.municipality] == nil { order.append(person.municipality) }
            members[person.municipality, default: []].append(person)
        }
        let sorted = order.sorted {
            $0.compare($1, options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl"))
                == .orderedAscending
        }
        return sorted.map { municipality -> [String: Any] in
            [
                "municipality": municipality,
                "municipalityPath": PagePaths.municipality(name: municipality, code: nil),
                "people": (members[municipality] ?? []).map { PersonView($0).values },
            ]
        }
    }
}

/// A meeting as a list shows it: its day in words, title, host and theme, and how many came
/// and how many entries came out of it.
struct MeetingView {
    let values: [String: Any]

    init(_ meeting: Meeting, _ catalog: Catalog) {
        var values: [String: Any] = [
            "path": PagePaths.meeting(meeting.id), "title": meeting.title, "date": DayWords.text(meeting.date, catalog),
            "isoDate": meeting.date.description,
            "attendees": catalog.text("web.meetings.attendees", count: meeting.attendees),
            "entries": catalog.text("web.meetings.entries", count: meeting.entries),
        ]
        if let host = meeting.host {
            values["host"] = ["name": host, "path": PagePaths.municipality(name: host, code: nil)]
        }
        if let theme = meeting.theme { values["theme"] = theme }
        self.values = values
    }
}

/// Entries in short, by kind, as the `entrygroups` partial shows them (kinds without entries
/// are left out).
enum EntrySummaryGroups {
    static func groups(_ entries: [EntrySummary], _ catalog: Catalog) -> [[String: Any]] {
        EntryKind.allCases.compactMap { kind -> [String: Any]? in
            let ofKind = entries.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return [
                "heading": catalog.text("web.kind.\(kind.rawValue).other").capitalizedFirst,
                "count": catalog.text("web.municipality.count", count: ofKind.count),
                "entries": ofKind.map { entry -> [String: Any] in
                    var values: [String: Any] = [
                        "path": PagePaths.entry(entry.uuid), "title": entry.title, "showMunicipality": true,
                        "municipality": entry.municipality ?? catalog.text("web.network"),
                    ]
                    if let date = entry.date { values["date"] = HumanTime.text(date) }
                    return values
                },
            ]
        }
    }
}
