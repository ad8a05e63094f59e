import CSV
import Foundation

/// A small CSV file read whole, with a header row: used for registry lists.
struct CSVTable {
    /// The column names.
    var header: [String]
    /// Each row as column name → field.
    var rows: [[String: String]]

    /// Parses `string` (RFC 4180); `name` names the file in errors.
    init(string: String, name: String) throws {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: string, hasHeaderRow: true)
        } catch {
            throw KennisbankError.municipalityListFailed(source: name, problem: .notCSV)
        }
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [[String: String]] = []
        while let fields = reader.next() {
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            var row: [String: String] = [:]
            for (column, field) in zip(header, fields) {
                row[column] = field
            }
            rows.append(row)
        }
        if let error = reader.error {
            throw KennisbankError.municipalityListFailed(
                source: name, problem: .invalidCSV(detail: String(describing: error)))
        }
        self.rows = rows
    }
}
