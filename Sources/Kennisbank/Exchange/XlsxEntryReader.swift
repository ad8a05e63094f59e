/// Reads entries and municipalities from the first sheet of an Excel workbook (.xlsx): a header
/// row and records below it, as in CSV (see ``SpreadsheetHeader``). Errors name the sheet's row.
final class XlsxEntryReader: ImportRecordReader {
    private let workbook: XlsxReader
    private let name: String
    private var rows: [XlsxReader.Row]?
    private var header: SpreadsheetHeader?
    private var index = 0
    private(set) var canContinue = false

    /// Reads `workbook`; `name` names it in errors.
    init(workbook: XlsxReader, name: String) {
        self.workbook = workbook
        self.name = name
    }

    func next() throws -> ImportRecord? {
        canContinue = false
        if rows == nil {
            let all = try workbook.rows()
            guard let first = all.first else {
                throw RecordLocation(source: name, row: 1).failure(.emptyCSV)
            }
            header = try SpreadsheetHeader(first.cells, at: RecordLocation(source: name, row: first.number))
            rows = Array(all.dropFirst())
        }
        guard let rows, let header, index < rows.count else { return nil }
        let row = rows[index]
        index += 1
        canContinue = true
        // A sheet leaves out the empty cells at the end of a row.
        var cells = row.cells
        if cells.count < header.columns.count {
            cells += Array(repeating: "", count: header.columns.count - cells.count)
        }
        return try header.record(cells, at: RecordLocation(source: name, row: row.number))
    }
}
