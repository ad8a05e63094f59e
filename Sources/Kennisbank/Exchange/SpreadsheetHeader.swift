import KennisbankText

/// The header row of a spreadsheet (CSV or .xlsx): which field each column holds, and how a
/// row of cells becomes an import record.
///
/// Columns are named by the fields of the JSON output (`kind`, `title`, `body`, …) or by their
/// Dutch names (`soort`, `titel`, `omschrijving` or `tekst`, `gemeente`, `gemeentecode`,
/// `provincie`, `onderwerpen`, `bron`, `datum`, `status`), in any case and order; only the kind
/// and the title are required. A `contact` column (the person to ask) has no field of its own:
/// its text is added to the body as a last paragraph `contact: …`.
struct SpreadsheetHeader {
    /// What a column holds.
    enum Column: Equatable {
        /// A field of the record.
        case field(RecordField)
        /// The person to ask, added to the body.
        case contact
    }

    /// The columns, in order.
    let columns: [Column]

    /// The Dutch column names, with the field each stands for.
    static let dutchNames: [String: RecordField] = [
        "soort": .kind, "titel": .title, "omschrijving": .body, "tekst": .body, "gemeente": .municipality,
        "gemeentecode": .municipalityCode, "provincie": .province, "onderwerpen": .topics, "onderwerp": .topics,
        "bron": .source, "datum": .date, "status": .status, "aangemaakt": .createdAt, "gewijzigd": .updatedAt,
        "contactpersonen": .contacts,
    ]

    /// Reads the header `cells` found at `location`.
    init(_ cells: [String], at location: RecordLocation) throws {
        var columns: [Column] = []
        for cell in cells {
            let name = FieldValue.key(cell)
            let column: Column
            if name == "contact" {
                column = .contact
            } else if let field = RecordField(rawValue: name) ?? Self.dutchNames[name],
                ImportRecord.entryFields.contains(field)
            {
                column = .field(field)
            } else {
                throw location.failure(
                    .unknownColumn(cell, allowed: CSVEntryFormat.columns.compactMap(RecordField.init(rawValue:))))
            }
            if columns.contains(column) {
                guard case .field(let field) = column else { throw location.failure(.duplicateColumn(.body)) }
                throw location.failure(.duplicateColumn(field))
            }
            columns.append(column)
        }
        for required in [RecordField.kind, .title] where !columns.contains(.field(required)) {
            throw location.failure(.missingColumn(required))
        }
        self.columns = columns
    }

    /// The record in a row's `cells` (as many as ``columns``) read at `location`.
    func record(_ cells: [String], at location: RecordLocation) throws -> ImportRecord {
        guard cells.count == columns.count else {
            throw location.failure(.fieldCountMismatch(count: cells.count, header: columns.count))
        }
        var row: [RecordField: String] = [:]
        var contact: String?
        for (column, cell) in zip(columns, cells) {
            switch column {
            case .field(let field): row[field] = cell
            case .contact: contact = cell
            }
        }
        func value(_ field: RecordField) -> FieldValue {
            guard let cell = row[field], !cell.isEmpty else { return .null }
            return .text(cell)
        }
        var fields: [String: FieldValue] = [:]
        if ["municipality", "gemeente"].contains(TextFolding.lookupKey(row[.kind] ?? "")) {
            fields = [
                "kind": value(.kind), "name": value(.municipality), "code": value(.municipalityCode),
                "province": value(.province), "attribution": value(.source),
            ]
        } else {
            for (field, cell) in row {
                switch field {
                case .topics, .addresses, .contacts: fields[field.rawValue] = .list(CSVEntryFormat.splitList(cell))
                default: fields[field.rawValue] = value(field)
                }
            }
            if let contact, !contact.allSatisfy(\.isWhitespace) {
                let body = row[.body].map { $0.allSatisfy(\.isWhitespace) ? "" : $0 + "\n\n" } ?? ""
                fields["body"] = .text(body + "contact: " + contact.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        return try ImportRecord(fields: fields, location: location)
    }
}
