import Foundation
import KennisbankText

/// How entries and municipalities map to CSV columns.
///
/// The header names the fields of the JSON output (`uuid`, `kind`, `title`, `body`,
/// `municipality`, `municipality_code`, `province`, `topics`, `source`, `date`, `status`,
/// `addresses`, `created_at`, `updated_at`, `id`), in any order; only `kind` and `title` are
/// required. `topics` and `addresses` hold several values separated by `;` — or one a line
/// inside the cell when a value itself holds a `;`. An empty cell is an absent value.
///
/// A municipality that travels with the entries is a row with `kind` = `municipality`, its
/// name in `municipality`, its code in `municipality_code`, its province in `province` and
/// its attribution in `source`.
///
/// The cells are written by ``CSVWriter`` (a cell a spreadsheet would run as a formula gets a
/// leading `'`) and read by ``CSVRecordReader`` (which removes it again).
public enum CSVEntryFormat {
    /// The columns `kb export --format csv` writes, in order.
    public static let columns = [
        "id", "uuid", "kind", "title", "body", "municipality", "municipality_code", "province",
        "topics", "source", "date", "status", "addresses", "created_at", "updated_at",
    ]

    /// The cells of `entry`'s row, in ``columns`` order.
    public static func row(_ entry: Entry) -> [String] {
        [
            entry.id.description, entry.uuid.uuidString.lowercased(), entry.kind.rawValue, entry.title, entry.body,
            entry.municipality ?? "", entry.municipalityCode ?? "", entry.province?.rawValue ?? "",
            joinList(entry.topics), entry.source ?? "", entry.date?.description ?? "", entry.status?.rawValue ?? "",
            joinList(entry.addresses.map { $0.uuidString.lowercased() }),
            Timestamp.string(entry.createdAt), Timestamp.string(entry.updatedAt),
        ]
    }

    /// The cells of a municipality's row, in ``columns`` order.
    static func row(_ municipality: Municipality) -> [String] {
        columns.map { column in
            switch column {
            case "kind": "municipality"
            case "municipality": municipality.name
            case "municipality_code": municipality.code ?? ""
            case "province": municipality.province?.rawValue ?? ""
            case "source": municipality.attribution ?? ""
            default: ""
            }
        }
    }

    /// Several values in one cell: `a; b`, or one a line when a value holds a `;` (a single
    /// such value gets a line break after it, so that it is not split on import). Decided on
    /// scalars, like ``splitList(_:)``: a `;` followed by a combining mark is still a `;`.
    static func joinList(_ values: [String]) -> String {
        guard values.contains(where: { $0.unicodeScalars.contains(";") }) else { return values.joined(separator: "; ") }
        return values.joined(separator: "\n") + (values.count == 1 ? "\n" : "")
    }

    /// The values of a list cell: split on line breaks when it has any, else on `;`; each without
    /// the white space around it (Unicode White_Space only: a zero-width space or a BOM is text).
    static func splitList(_ cell: String) -> [String] {
        let scalars = cell.unicodeScalars
        let lineBreaks = scalars.contains { $0 == "\n" || $0 == "\r" }
        let parts = scalars.split(whereSeparator: lineBreaks ? { $0 == "\n" || $0 == "\r" } : { $0 == ";" })
        return parts.compactMap { part in
            guard let first = part.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = part.lastIndex(where: { !$0.properties.isWhitespace })
            else { return nil }
            return String(String.UnicodeScalarView(part[first...last]))
        }
    }
}

/// Reads entries and municipalities from a CSV file with a header row, record by record.
final class CSVEntryReader: ImportRecordReader {
    private let records: CSVRecordReader
    private let name: String
    private var header: [String]?

    /// Reads `input`; `name` names it in errors.
    init(input: ByteInput, name: String) {
        self.records = CSVRecordReader(input: input, name: name)
        self.name = name
    }

    func next() throws -> ImportRecord? {
        let header = try readHeader()
        while let (cells, line) = try records.next() {
            let location = RecordLocation(source: name, line: line)
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard cells.count == header.count else {
                throw location.failure(.fieldCountMismatch(count: cells.count, header: header.count))
            }
            let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
            func value(_ column: String) -> FieldValue {
                guard let cell = row[column], !cell.isEmpty else { return .null }
                return .text(cell)
            }
            var fields: [String: FieldValue] = [:]
            let isMunicipality = ["municipality", "gemeente"].contains(TextFolding.lookupKey(row["kind"] ?? ""))
            if isMunicipality {
                fields = [
                    "kind": value("kind"), "name": value("municipality"), "code": value("municipality_code"),
                    "province": value("province"), "attribution": value("source"),
                ]
            } else {
                for column in header {
                    switch column {
                    case "topics", "addresses":
                        fields[column] = row[column].map { .list(CSVEntryFormat.splitList($0)) } ?? .null
                    default:
                        fields[column] = value(column)
                    }
                }
            }
            return try ImportRecord(fields: fields, location: location)
        }
        return nil
    }

    private func readHeader() throws -> [String] {
        if let header { return header }
        guard let (cells, line) = try records.next() else {
            throw RecordLocation(source: name, line: 1).failure(.emptyCSV)
        }
        let location = RecordLocation(source: name, line: line)
        let names = cells.map(FieldValue.key)
        var seen: Set<String> = []
        for column in names {
            guard let field = RecordField(rawValue: column), ImportRecord.entryFields.contains(field) else {
                throw location.failure(
                    .unknownColumn(column, allowed: CSVEntryFormat.columns.compactMap(RecordField.init(rawValue:))))
            }
            guard seen.insert(column).inserted else {
                throw location.failure(.duplicateColumn(field))
            }
        }
        for required in [RecordField.kind, .title] where !seen.contains(required.rawValue) {
            throw location.failure(.missingColumn(required))
        }
        header = names
        return names
    }
}
