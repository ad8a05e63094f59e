import Foundation
import KennisbankText

/// How entries and municipalities map to CSV columns.
///
/// The header names the fields of the JSON output (`uuid`, `kind`, `title`, `body`,
/// `municipality`, `municipality_code`, `province`, `topics`, `source`, `date`, `status`,
/// `addresses`, `created_at`, `updated_at`, `contacts`, `id`), in any order; only `kind` and `title` are
/// required. `topics`, `addresses` and `contacts` (each `Name (Municipality)`) hold several values separated by `;` — or one a line
/// inside the cell when a value itself holds a `;`. An empty cell is an absent value.
///
/// A municipality that travels with the entries is a row with `kind` = `municipality`, its
/// name in `municipality`, its code in `municipality_code`, its province in `province` and
/// its attribution in `source`.
///
/// The cells are written by ``CSVWriter`` (a cell a spreadsheet would run as a formula gets a
/// leading `'`) and read by `CSVRecordReader` (which removes it again).
public enum CSVEntryFormat {
    /// The columns `kb export --format csv` writes, in order.
    public static let columns = [
        "id", "uuid", "kind", "title", "body", "municipality", "municipality_code", "province",
        "topics", "source", "date", "status", "addresses", "created_at", "updated_at", "contacts",
    ]

    /// The cells of `entry`'s row, in ``columns`` order.
    public static func row(_ entry: Entry) -> [String] {
        [
            entry.id.description, entry.uuid.uuidString.lowercased(), entry.kind.rawValue, entry.title, entry.body,
            entry.municipality ?? "", entry.municipalityCode ?? "", entry.province?.rawValue ?? "",
            joinList(entry.topics), entry.source ?? "", entry.date?.description ?? "", entry.status?.rawValue ?? "",
            joinList(entry.addresses.map { $0.uuidString.lowercased() }),
            Timestamp.string(entry.createdAt), Timestamp.string(entry.updatedAt),
            joinList(entry.contacts.map(\.qualifiedName)),
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

    /// Several values in one cell: `a; b`, or one a line when a value holds a `;`, or when a
    /// single value holds a `,` (a single such value gets a line break after it, so that it is
    /// not split on import). Decided on scalars, like ``splitList(_:)``: a `;` followed by a
    /// combining mark is still a `;`.
    static func joinList(_ values: [String]) -> String {
        let needsLines =
            values.contains(where: { $0.unicodeScalars.contains(";") })
            || (values.count == 1 && values[0].unicodeScalars.contains(","))
        guard needsLines else { return values.joined(separator: "; ") }
        return values.joined(separator: "\n") + (values.count == 1 ? "\n" : "")
    }

    /// The values of a list cell: split on line breaks when it has any, else on `;` when it has
    /// one, else on `,` (`Vertrouwen, Participatie` as people type it in a spreadsheet); each
    /// without the white space around it (Unicode White_Space only: a zero-width space or a BOM
    /// is text).
    static func splitList(_ cell: String) -> [String] {
        let scalars = cell.unicodeScalars
        let separator: (Unicode.Scalar) -> Bool =
            if scalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                { $0 == "\n" || $0 == "\r" }
            } else if scalars.contains(";") {
                { $0 == ";" }
            } else {
                { $0 == "," }
            }
        let parts = scalars.split(whereSeparator: separator)
        return parts.compactMap { part in
            guard let first = part.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = part.lastIndex(where: { !$0.properties.isWhitespace })
            else { return nil }
            return String(String.UnicodeScalarView(part[first...last]))
        }
    }
}

/// Reads entries and municipalities from a CSV file with a header row (see
/// ``SpreadsheetHeader``), record by record. Errors name the spreadsheet row (the header is row 1).
final class CSVEntryReader: ImportRecordReader {
    private let records: CSVRecordReader
    private let name: String
    private var header: SpreadsheetHeader?
    private(set) var canContinue = false

    /// Reads `input`; `name` names it in errors.
    init(input: ByteInput, name: String) {
        self.records = CSVRecordReader(input: input, name: name)
        self.name = name
    }

    var notes: [ImportNote] {
        records.decoder.encoding == .windows1252 ? [.convertedFromWindows1252(source: name)] : []
    }

    func next() throws -> ImportRecord? {
        canContinue = false
        let header = try readHeader()
        while let (cells, _, row) = try records.next() {
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            // The record is read whole: a mistake in it leaves the next one readable.
            canContinue = true
            return try header.record(cells, at: RecordLocation(source: name, row: row))
        }
        return nil
    }

    private func readHeader() throws -> SpreadsheetHeader {
        if let header { return header }
        guard let (cells, _, row) = try records.next() else {
            throw RecordLocation(source: name, row: 1).failure(.emptyCSV)
        }
        let header = try SpreadsheetHeader(cells, at: RecordLocation(source: name, row: row))
        self.header = header
        return header
    }
}
