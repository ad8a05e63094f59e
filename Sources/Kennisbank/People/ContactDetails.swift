/// What a reader who is not signed in may see of people: their name, municipality and role, never
/// their e-mail address or phone number (AVG/GDPR). Each value's ``withoutContactDetails`` is the
/// same value with both left out (`null` in JSON), so that its shape stays the same.
extension Person {
    /// The person without e-mail address and phone number.
    public var withoutContactDetails: Person {
        var person = self
        person.email = nil
        person.phone = nil
        return person
    }
}

extension PersonDetail {
    /// The detail with no e-mail address or phone number of anyone in it.
    public var withoutContactDetails: PersonDetail {
        var detail = self
        detail.person = person.withoutContactDetails
        detail.visits = visits.map(\.withoutContactDetails)
        return detail
    }
}

extension Visit {
    /// The visit with no e-mail address or phone number of those who went.
    public var withoutContactDetails: Visit {
        var visit = self
        visit.people = people.map(\.withoutContactDetails)
        return visit
    }
}

extension MeetingReport {
    /// The report with no e-mail address or phone number of those who came.
    public var withoutContactDetails: MeetingReport {
        var report = self
        report.attendees = attendees.map(\.withoutContactDetails)
        return report
    }
}

extension AttendanceReport {
    /// The report with no e-mail address or phone number of anyone in it.
    public var withoutContactDetails: AttendanceReport {
        var report = self
        report.attendees = attendees.map(\.withoutContactDetails)
        report.notSeen = notSeen.map(\.withoutContactDetails)
        return report
    }
}

extension AttendanceReport.Attendee {
    /// The attendee without e-mail address and phone number.
    public var withoutContactDetails: AttendanceReport.Attendee {
        var attendee = self
        attendee.person = person.withoutContactDetails
        return attendee
    }
}

extension VisitSuggestions {
    /// The suggestions with every person to call ``Person/withoutContactDetails``.
    public var withoutContactDetails: VisitSuggestions {
        var result = self
        for index in result.suggestions.indices {
            result.suggestions[index].contacts = result.suggestions[index].contacts.map {
                VisitContact(person: $0.person.withoutContactDetails, entries: $0.entries)
            }
        }
        return result
    }
}
