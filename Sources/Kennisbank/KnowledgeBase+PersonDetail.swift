import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: A person in the network

    /// The person with UUID `id`, with the entries that name them as a contact, the meetings they
    /// attended and the visits they took part in.
    ///
    /// Throws ``KennisbankError/PersonProblem/unknownPerson(_:suggestions:)`` when nobody has it.
    public func personDetail(_ id: UUID) throws -> PersonDetail {
        let uuid = id.uuidString.lowercased()
        let person = try read { db in
            guard let row = try Int64.fetchOne(db, literal: "SELECT id FROM person WHERE uuid = \(uuid)") else {
                throw KennisbankError.people(.unknownPerson(uuid, suggestions: []))
            }
            return try PersonStore.fetch(row, in: db)
        }
        return PersonDetail(
            person: person, contactOf: try entries(withContact: id), meetings: try meetings(attendedBy: id),
            visits: try visits(withPerson: id))
    }

    /// The meetings the person with UUID `person` attended, oldest first.
    public func meetings(attendedBy person: UUID) throws -> [Meeting] {
        try read { db in
            try MeetingStore.meetings(
                where: """
                    mt.id IN (SELECT a.meeting_id FROM meeting_attendance a JOIN person p ON p.id = a.person_id
                              WHERE p.uuid = \(person.uuidString.lowercased()))
                    """, in: db)
        }
    }

    /// The meetings municipality `municipality` hosted, oldest first.
    public func meetings(hostedBy municipality: Municipality.ID) throws -> [Meeting] {
        try read { db in try MeetingStore.meetings(where: "mt.host_municipality_id = \(municipality)", in: db) }
    }

    /// The visits the person with UUID `person` took part in, newest first.
    public func visits(withPerson person: UUID) throws -> [Visit] {
        try read { db in
            try VisitStore.fetchAll(
                where: """
                    v.id IN (SELECT vp.visit_id FROM visit_person vp JOIN person p ON p.id = vp.person_id
                             WHERE p.uuid = \(person.uuidString.lowercased()))
                    """, in: db)
        }
    }
}
