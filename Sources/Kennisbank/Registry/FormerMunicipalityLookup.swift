import GRDB

/// Finds the municipality that now covers a former one, following a chain of reorganisations
/// (A → B → C) to its end.
enum FormerMunicipalityLookup {
    /// One row of `former_municipality`.
    private struct Step {
        var code: String
        var name: String
        var successorCode: String
        var partSince: Day

        init(row: Row) throws {
            code = row["code"]
            name = row["name"]
            successorCode = row["successor_code"]
            guard let day = Day(parsing: row["part_since"] as String) else {
                throw KennisbankError.damagedRow(table: "former_municipality", id: nil)
            }
            partSince = day
        }
    }

    /// The current municipality the former one named `key` (a folded name) stands for, or nil
    /// when no former municipality has that name. `text` is what the person typed, for errors.
    static func match(key: String, text: String, in db: Database) throws -> MunicipalityMatch? {
        try match(steps(db, where: "lookup_key = \(key)"), text: text, in: db)
    }

    /// The current municipality the former one with CBS code `code` stands for, or nil.
    static func match(code: String, text: String, in db: Database) throws -> MunicipalityMatch? {
        try match(steps(db, where: "code = \(code)"), text: text, in: db)
    }

    /// `municipality` itself, or — when it has ended since (a later reorganisation list says so) —
    /// the municipality that now covers it.
    static func current(_ municipality: Municipality, in db: Database) throws -> MunicipalityMatch {
        guard let code = municipality.code,
            let later = try match(steps(db, where: "code = \(code)"), text: municipality.name, in: db)
        else {
            return MunicipalityMatch(municipality: municipality)
        }
        return later
    }

    private static func steps(_ db: Database, where condition: SQL) throws -> [Step] {
        try Row.fetchAll(
            db,
            literal: """
                SELECT code, name, successor_code, part_since FROM former_municipality WHERE \(condition)
                ORDER BY code, successor_code
                """
        ).map(Step.init(row:))
    }

    private static func match(_ steps: [Step], text: String, in db: Database) throws -> MunicipalityMatch? {
        guard let first = steps.first else { return nil }
        // Where each step ends up today: (code, since) after following later reorganisations.
        var ends: [String: Day] = [:]
        for step in steps {
            var visited: Set<String> = [step.code]
            try follow(step.successorCode, since: step.partSince, visited: &visited, into: &ends, in: db)
        }
        var successors: [Municipality] = []
        for code in ends.keys.sorted() {
            if let found = try MunicipalityLookup.fetch(db, where: "code = \(code)").first { successors.append(found) }
        }
        guard let successor = successors.first else {
            throw KennisbankError.unknownMunicipality(text, suggestions: [])
        }
        if successors.count > 1 {
            let names = successors.map(\.name).sorted()
            if Set(steps.map(\.code)).count == 1 {
                throw KennisbankError.splitMunicipality(first.name, successors: names)
            }
            throw KennisbankError.ambiguousMunicipality(text, candidates: names)
        }
        let since = ends[successor.code ?? ""] ?? first.partSince
        return MunicipalityMatch(
            municipality: successor,
            former: FormerMunicipality(name: first.name, code: first.code, successor: successor.name, since: since))
    }

    /// Follows `code` through later reorganisations, adding where it ends to `ends` (with the day
    /// the last step took effect).
    private static func follow(
        _ code: String, since: Day, visited: inout Set<String>, into ends: inout [String: Day], in db: Database
    ) throws {
        guard visited.insert(code).inserted else { return }
        let later = try steps(db, where: "code = \(code)")
        if later.isEmpty {
            ends[code] = max(ends[code] ?? since, since)
            return
        }
        for step in later {
            try follow(step.successorCode, since: max(step.partSince, since), visited: &visited, into: &ends, in: db)
        }
    }
}
