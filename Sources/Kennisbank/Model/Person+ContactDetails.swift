/// What public pages and the web API may show of a person: who to call, never how.
extension Person {
    /// The person without e-mail address and phone number (both nil): name, municipality and
    /// role only, as public pages and the web API show people.
    public var withoutContactDetails: Person {
        Person(id: id, name: name, municipality: municipality, role: role)
    }
}

extension Visit {
    /// The visit with its people ``Person/withoutContactDetails``.
    public var withoutContactDetails: Visit {
        var visit = self
        visit.people = people.map(\.withoutContactDetails)
        return visit
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
