import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Visits

    /// The municipalities worth visiting for `municipality`, best first, at most `limit`.
    ///
    /// Combines who can help with its obstacles (``whoCanHelp(_:filter:limits:)``, every helper)
    /// with the conditions for success: another municipality whose latest assessment of a
    /// condition is `present` where this one's is `absent` or `partly`. Ranked by
    /// ``VisitReason``: the number of linked tips and examples, then of resolved obstacles of
    /// the same kind, then of such conditions, then of tips and examples on the same topic, then
    /// of those with a similar title, then by name. Each suggestion names its people to call.
    public func visitSuggestions(for municipality: Municipality.ID, limit: Int = 5) throws -> VisitSuggestions {
        try read { db in
            guard let found = try ComparisonRecords.municipalities([municipality], in: db)[municipality] else {
                throw KennisbankError.unknownMunicipality(municipality.description, suggestions: [])
            }
            return try VisitSuggester(db: db, municipality: found).suggestions(limit: limit)
        }
    }

    /// Records a visit from one municipality to another on `date`, with the people who go
    /// (references as `PersonLookup` reads them: a UUID, a name, or "Name (Municipality)") and notes; returns it.
    ///
    /// Throws ``KennisbankError/visits(_:)`` for a visit to the same municipality or empty or too
    /// long notes, and the people's errors for a person not found; nothing is written then.
    @discardableResult
    public func addVisit(
        from: Municipality.ID, to: Municipality.ID, date: Day, status: VisitStatus = .planned, notes: String? = nil,
        people: [String] = [], author: Author? = nil
    ) throws -> Visit {
        let notes = try VisitStore.validNotes(notes)
        return try write { db in
            let names = try ComparisonRecords.municipalities([from, to], in: db)
            guard let home = names[from], names[to] != nil else {
                throw KennisbankError.unknownMunicipality((names[from] == nil ? from : to).description, suggestions: [])
            }
            guard from != to else { throw KennisbankError.visits(.sameMunicipality(home.name)) }
            let persons = try people.map { try PersonLookup.id(of: $0, in: db) }
            let id = try VisitStore.insert(
                from: from, to: to, date: date, status: status, notes: notes, people: persons, author: author,
                now: Date(), in: db)
            return try VisitStore.fetch(id, in: db)
        }
    }

    /// The visit `reference` names: its number or (a prefix of) its UUID.
    public func visit(_ reference: String) throws -> Visit {
        try read { db in try VisitStore.fetch(try VisitStore.resolve(reference, in: db), in: db) }
    }

    /// The visits, newest first; with `municipality`, those from or to it.
    public func visits(municipality: Municipality.ID? = nil) throws -> [Visit] {
        try read { db in
            guard let municipality else { return try VisitStore.fetchAll(where: "1", in: db) }
            return try VisitStore.fetchAll(
                where: "(v.from_municipality_id = \(municipality) OR v.to_municipality_id = \(municipality))", in: db)
        }
    }

    /// Marks the visit `reference` names as done and returns it (a done visit stays as it is).
    @discardableResult
    public func markVisitDone(_ reference: String) throws -> Visit {
        try write { db in
            let id = try VisitStore.resolve(reference, in: db)
            try VisitStore.markDone(id, now: Date(), in: db)
            return try VisitStore.fetch(id, in: db)
        }
    }

    /// Links the entries `entries` name (references as `kb show` takes them) to the visit
    /// `reference` names, as what it led to, and returns the visit. A link survives the entry's
    /// trip to the trash and back. Throws for a reference that names nothing; nothing is linked then.
    @discardableResult
    public func linkVisit(_ reference: String, entries: [String]) throws -> Visit {
        try write { db in
            let id = try VisitStore.resolve(reference, in: db)
            let ids = try entries.map { try EntryStore.resolve($0, in: db) }
            try VisitStore.link(id, entries: ids, now: Date(), in: db)
            return try VisitStore.fetch(id, in: db)
        }
    }
}
