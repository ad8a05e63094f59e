import GRDB

extension SuccessCondition {
    /// Reads a row of `success_condition`: `number`, `title`, `description`, `author`, `updated_at`
    /// (the earlier wordings are added by the caller).
    init(row: Row) throws {
        self.init(
            number: try row.decoded("number", table: "success_condition"),
            title: try row.decoded("title", table: "success_condition"),
            description: try row.decoded("description", table: "success_condition"),
            author: row["author"],
            updatedAt: Timestamp.date(try row.decoded("updated_at", table: "success_condition")))
    }
}

extension SuccessCondition.Wording {
    /// Reads a row of `success_condition_wording`.
    init(row: Row) throws {
        self.init(
            title: try row.decoded("title", table: "success_condition_wording"),
            description: try row.decoded("description", table: "success_condition_wording"),
            replacedAt: Timestamp.date(try row.decoded("replaced_at", table: "success_condition_wording")),
            replacedBy: row["replaced_by"])
    }
}

extension ConditionAssessment {
    /// Reads a row of `condition_assessment` joined with its municipality's `name` as
    /// `municipality` and its condition's `number` as `condition`.
    init(row: Row) throws {
        let table = "condition_assessment"
        guard let state = ConditionState(rawValue: try row.decoded("state", table: table)) else {
            throw KennisbankError.damagedRow(table: table, id: row["id"])
        }
        self.init(
            id: try row.decoded("id", table: table), municipality: try row.decoded("municipality", table: table),
            condition: try row.decoded("condition", table: table), state: state, note: row["note"],
            date: try row.decoded("date", table: table),
            recordedAt: Timestamp.date(try row.decoded("recorded_at", table: table)), recordedBy: row["recorded_by"])
    }
}
