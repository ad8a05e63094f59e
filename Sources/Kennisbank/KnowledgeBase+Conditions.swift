import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Conditions for success

    /// The conditions for success, by number: the seven of the meeting of 21 May 2015 and any
    /// added since, each with its earlier wordings.
    public func successConditions() throws -> [SuccessCondition] {
        try read { try ConditionStore.conditions(in: $0) }
    }

    /// Adds a condition for success with the next number, and returns it.
    ///
    /// Throws ``KennisbankError/emptyField(_:)`` (and the other title errors) for a bad title,
    /// ``KennisbankError/conditions(_:)`` for a bad description; nothing is stored then.
    @discardableResult
    public func addSuccessCondition(title: String, description: String = "", author: Author?) throws
        -> SuccessCondition
    {
        let title = try EntryValidation.title(title)
        let description = try ConditionStore.description(description)
        return try write { db in
            let number = (try Int.fetchOne(db, literal: "SELECT max(number) FROM success_condition") ?? 0) + 1
            let now = Timestamp.string(Date())
            try db.execute(
                literal: """
                    INSERT INTO success_condition (number, title, description, created_at, updated_at, author)
                    VALUES (\(number), \(title), \(description), \(now), \(now), \(author?.name))
                    """)
            return try ConditionStore.condition(number, in: db)
        }
    }

    /// Rewords condition `number`: a new title, a new description, or both (nil keeps one). The
    /// wording it had is kept in its ``SuccessCondition/earlierWordings``, with `author` and the time.
    ///
    /// Throws ``KennisbankError/conditions(_:)`` for an unknown number, a bad description, or a
    /// change that changes nothing.
    @discardableResult
    public func rewordSuccessCondition(_ number: Int, title: String?, description: String?, author: Author?) throws
        -> SuccessCondition
    {
        let newTitle = try title.map(EntryValidation.title)
        let newDescription = try description.map(ConditionStore.description)
        return try write { db in
            let id = try ConditionStore.id(of: number, in: db)
            let current = try ConditionStore.condition(number, in: db)
            let title = newTitle ?? current.title
            let description = newDescription ?? current.description
            guard title != current.title || description != current.description else {
                throw KennisbankError.conditions(.unchanged(number))
            }
            let now = Timestamp.string(Date())
            try db.execute(
                literal: """
                    INSERT INTO success_condition_wording (condition_id, title, description, replaced_at, replaced_by)
                    VALUES (\(id), \(current.title), \(current.description), \(now), \(author?.name))
                    """)
            try db.execute(
                literal: """
                    UPDATE success_condition SET title = \(title), description = \(description),
                        updated_at = max(updated_at, \(now))
                    WHERE id = \(id)
                    """)
            return try ConditionStore.condition(number, in: db)
        }
    }

    /// Records that `municipality` assessed condition `number` as `state` on `date`, and returns
    /// the assessment. Earlier assessments stay: they are the history (``conditionHistory(municipality:condition:)``).
    ///
    /// Throws ``KennisbankError/conditions(_:)`` for an unknown condition or a bad note.
    @discardableResult
    public func assessCondition(
        _ number: Int, municipality: Municipality.ID, state: ConditionState, note: String? = nil, date: Day,
        author: Author?
    ) throws -> ConditionAssessment {
        let note = try ConditionStore.note(note)
        return try write { db in
            let condition = try ConditionStore.id(of: number, in: db)
            _ = try MunicipalityLookup.municipality(municipality, in: db)
            try db.execute(
                literal: """
                    INSERT INTO condition_assessment
                        (municipality_id, condition_id, state, note, date, recorded_at, recorded_by)
                    VALUES (\(municipality), \(condition), \(state.rawValue), \(note), \(date), \(Timestamp.string(Date())), \(author?.name))
                    """)
            let id = db.lastInsertedRowID
            guard
                let assessment = try ConditionStore.assessments(municipality: municipality, condition: number, in: db)
                    .first(where: { $0.id == id })
            else { throw KennisbankError.damagedRow(table: "condition_assessment", id: id) }
            return assessment
        }
    }

    /// Every assessment of `municipality` (of condition `condition` only, when given), by
    /// condition, then date, then the order recorded: the last of each condition is its state.
    ///
    /// Throws ``KennisbankError/conditions(_:)`` for an unknown condition.
    public func conditionHistory(municipality: Municipality.ID, condition: Int? = nil) throws
        -> [ConditionAssessment]
    {
        try read { db in
            if let condition { _ = try ConditionStore.id(of: condition, in: db) }
            return try ConditionStore.assessments(municipality: municipality, condition: condition, in: db)
        }
    }

    /// The matrix of municipalities × conditions with each municipality's latest state (by date,
    /// then by the order recorded; ``ConditionAssessment/isLater(than:)``).
    ///
    /// The rows are the `municipalities` given (also those without assessments), or else every
    /// municipality with at least one assessment; with `province`, only those of that province.
    /// They are ordered by name.
    public func conditionMatrix(municipalities: [Municipality.ID] = [], province: Province? = nil) throws
        -> ConditionMatrix
    {
        try read { db in
            let conditions = try ConditionStore.conditions(in: db)
            let latest = try ConditionStore.latest(in: db)
            var rows: [Municipality]
            if municipalities.isEmpty {
                rows = try MunicipalityLookup.fetch(
                    db, where: "id IN (SELECT municipality_id FROM condition_assessment)")
            } else {
                rows = try Set(municipalities).map { try MunicipalityLookup.municipality($0, in: db) }
            }
            if let province { rows = rows.filter { $0.province == province } }
            rows.sort { ($0.name, $0.id) < ($1.name, $1.id) }
            return ConditionMatrix(
                conditions: conditions.map { ConditionMatrix.Column(number: $0.number, title: $0.title) },
                municipalities: rows.map { municipality in
                    ConditionMatrix.Row(
                        name: municipality.name, province: municipality.province,
                        states: conditions.map { condition in
                            let assessment = latest[municipality.id.rawValue]?[condition.number]
                            return ConditionMatrix.Cell(
                                condition: condition.number, state: assessment?.state, date: assessment?.date,
                                note: assessment?.note)
                        })
                })
        }
    }
}
