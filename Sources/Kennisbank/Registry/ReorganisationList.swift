import Foundation
import GRDB
import KennisbankText

/// A list of municipal reorganisations (herindelingen): which municipality ended when, and which
/// municipality took it over, like the bundled `gemeenten-herindelingen-1990-2023.csv`
/// (Bron: RvIG Landelijke Tabel 33).
///
/// Its columns are `old_code`, `old_name`, `new_code`, `new_name` and `effective_date`
/// (`source` and `note` are optional). A split has one row per successor. A `note` that names the
/// successor with a later date — `then Land van Cuijk (GM1982, 2022-01-01)` — gives the day the
/// former municipality became part of it, after a chain of mergers.
struct ReorganisationList: Sendable {
    /// One former municipality and one of its successors.
    struct Row: Sendable, Equatable {
        var code: String
        var name: String
        var successorCode: String
        var ended: Day
        var partSince: Day
    }

    /// The attribution stored with the bundled rows.
    static let attribution = "Bron: RvIG Landelijke Tabel 33"

    /// The columns that tell a reorganisation list from a CBS municipality list.
    static let requiredColumns = ["old_code", "old_name", "new_code", "new_name", "effective_date"]

    /// The rows.
    var rows: [Row]

    /// The list bundled in this binary: every reorganisation from 1990 to 2023.
    static let bundled: ReorganisationList = {
        guard let csv = EmbeddedFiles.contents["Data/gemeenten-herindelingen-1990-2023.csv"],
            let list = try? ReorganisationList(csv: csv, name: "gemeenten-herindelingen-1990-2023.csv")
        else {
            preconditionFailure("The embedded list of reorganisations cannot be read: the build is broken.")
        }
        return list
    }()

    /// True when `header` is a reorganisation list's.
    static func isReorganisationList(header: [String]) -> Bool {
        requiredColumns.allSatisfy(header.contains)
    }

    /// Reads a reorganisation list; `name` names it in errors.
    init(csv: String, name: String) throws {
        try self.init(table: try CSVTable(string: csv, name: name), name: name)
    }

    /// Reads the rows of a reorganisation list already parsed as CSV.
    init(table: CSVTable, name: String) throws {
        func failure(_ problem: KennisbankError.MunicipalityListProblem) -> KennisbankError {
            .municipalityListFailed(source: name, problem: problem)
        }
        for column in Self.requiredColumns where !table.header.contains(column) {
            throw failure(.missingColumn(column))
        }
        var rows: [Row] = []
        for (index, fields) in table.rows.enumerated() {
            let line = index + 2
            var codes: [String] = []
            for column in ["old_code", "new_code"] {
                let text = (fields[column] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
                guard MunicipalityLookup.isCode(text) else { throw failure(.notACode(row: line, code: text)) }
                codes.append(text)
            }
            let oldName: String
            do {
                oldName = try EntryValidation.text(fields["old_name"] ?? "", field: .municipalityName, limit: 200)
            } catch KennisbankError.emptyField {
                throw failure(.emptyName(row: line))
            } catch let error as KennisbankError {
                throw failure(.invalidRow(row: line, error))
            }
            let dateText = (fields["effective_date"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let ended = Day(parsing: dateText) else {
                throw failure(.invalidRow(row: line, .invalidDate(dateText)))
            }
            guard codes[0] != codes[1] else { throw failure(.duplicateCode(row: line, code: codes[0])) }
            rows.append(
                Row(
                    code: codes[0], name: oldName, successorCode: codes[1], ended: ended,
                    partSince: Self.partSince(note: fields["note"] ?? "", successor: codes[1]).map { max($0, ended) }
                        ?? ended))
        }
        guard !rows.isEmpty else { throw failure(.empty) }
        self.rows = rows
    }

    /// The day a note says the former municipality became part of `successor`: the date after its code.
    static func partSince(note: String, successor: String) -> Day? {
        guard let range = note.range(of: "(\(successor), ") else { return nil }
        return Day(parsing: String(note[range.upperBound...].prefix(10)))
    }

    /// What loading added.
    struct LoadResult: Sendable, Equatable {
        var added: Int
        var unchanged: Int
    }

    /// Stores the rows not yet known (by former and successor code) in `db`.
    @discardableResult
    func load(into db: Database, attribution: String? = ReorganisationList.attribution) throws -> LoadResult {
        var result = LoadResult(added: 0, unchanged: 0)
        for row in rows {
            try db.execute(
                literal: """
                    INSERT INTO former_municipality (code, successor_code, name, lookup_key, ended, part_since, attribution)
                    VALUES (\(row.code), \(row.successorCode), \(row.name), \(TextFolding.lookupKey(row.name)),
                            \(row.ended), \(row.partSince), \(attribution))
                    ON CONFLICT (code, successor_code) DO NOTHING
                    """)
            if db.changesCount > 0 { result.added += 1 } else { result.unchanged += 1 }
        }
        return result
    }
}
