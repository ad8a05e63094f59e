import Foundation
import GRDB

/// The conditions for success and the assessments, in the tables of migration 0011.
enum ConditionStore {
    /// The longest description kept, in characters.
    static let descriptionLimit = 2000
    /// The longest note kept, in characters.
    static let noteLimit = 500

    /// Every condition, by number, with its earlier wordings.
    static func conditions(in db: Database) throws -> [SuccessCondition] {
        let wordings = try Row.fetchAll(
            db,
            literal:
                "SELECT condition_id, title, description, replaced_at, replaced_by FROM success_condition_wording ORDER BY id"
        )
        var earlier: [Int64: [SuccessCondition.Wording]] = [:]
        for row in wordings {
            earlier[row["condition_id"], default: []].append(try SuccessCondition.Wording(row: row))
        }
        return try Row.fetchAll(
            db,
            literal: "SELECT id, number, title, description, author, updated_at FROM success_condition ORDER BY number"
        ).map { row in
            var condition = try SuccessCondition(row: row)
            condition.earlierWordings = earlier[row["id"]] ?? []
            return condition
        }
    }

    /// The row id of condition `number`; throws when there is none.
    static func id(of number: Int, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, literal: "SELECT id FROM success_condition WHERE number = \(number)") {
            return id
        }
        let highest = try Int.fetchOne(db, literal: "SELECT max(number) FROM success_condition") ?? 0
        throw KennisbankError.conditions(.unknownCondition(number, highest: highest))
    }

    /// The condition numbered `number`.
    static func condition(_ number: Int, in db: Database) throws -> SuccessCondition {
        _ = try id(of: number, in: db)
        guard let condition = try conditions(in: db).first(where: { $0.number == number }) else {
            throw KennisbankError.damagedRow(table: "success_condition", id: nil)
        }
        return condition
    }

    /// The assessments `filter` selects, oldest first (by condition, date, then id).
    static func assessments(municipality: Municipality.ID? = nil, condition: Int? = nil, in db: Database) throws
        -> [ConditionAssessment]
    {
        var conditions: [SQL] = []
        if let municipality { conditions.append("a.municipality_id = \(municipality)") }
        if let condition { conditions.append("c.number = \(condition)") }
        let filter: SQL = conditions.isEmpty ? "" : "WHERE \(conditions.joined(operator: .and))"
        return try Row.fetchAll(
            db,
            literal: """
                SELECT a.id, m.name AS municipality, c.number AS condition, a.state, a.note, a.date,
                       a.recorded_at, a.recorded_by
                FROM condition_assessment a
                JOIN municipality m ON m.id = a.municipality_id
                JOIN success_condition c ON c.id = a.condition_id
                \(filter)
                ORDER BY m.name, c.number, a.date, a.id
                """
        ).map(ConditionAssessment.init(row:))
    }

    /// Each municipality's latest assessment of each condition, by municipality row id and
    /// condition number: the last by date, then by id.
    static func latest(in db: Database) throws -> [Int64: [Int: ConditionAssessment]] {
        let rows = try Row.fetchAll(
            db,
            literal: """
                SELECT a.id, a.municipality_id, m.name AS municipality, c.number AS condition, a.state, a.note,
                       a.date, a.recorded_at, a.recorded_by
                FROM condition_assessment a
                JOIN municipality m ON m.id = a.municipality_id
                JOIN success_condition c ON c.id = a.condition_id
                ORDER BY a.date, a.id
                """)
        var latest: [Int64: [Int: ConditionAssessment]] = [:]
        for row in rows {
            let assessment = try ConditionAssessment(row: row)
            let municipality: Int64 = row["municipality_id"]
            if let current = latest[municipality]?[assessment.condition], !assessment.isLater(than: current) {
                continue
            }
            latest[municipality, default: [:]][assessment.condition] = assessment
        }
        return latest
    }

    /// The description as kept: NFC, line breaks as `\n`, trimmed; may be empty.
    static func description(_ text: String) throws -> String {
        let clean = EntryValidation.trimmed(
            EntryValidation.normalized(text).replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: "\r", with: "\n"))
        guard clean.unicodeScalars.count <= descriptionLimit,
            !clean.unicodeScalars.contains(where: { EntryValidation.isControl($0) && $0 != "\n" })
        else { throw KennisbankError.conditions(.invalidDescription(limit: descriptionLimit)) }
        return clean
    }

    /// The note as kept: one line, trimmed; blank is no note.
    static func note(_ text: String?) throws -> String? {
        guard let text else { return nil }
        let clean = EntryValidation.trimmed(EntryValidation.normalized(text))
        if clean.isEmpty { return nil }
        guard clean.unicodeScalars.count <= noteLimit, !clean.unicodeScalars.contains(where: EntryValidation.isControl)
        else { throw KennisbankError.conditions(.invalidNote(limit: noteLimit)) }
        return clean
    }
}
