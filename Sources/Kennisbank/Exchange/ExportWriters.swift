import Foundation

/// Writes exported records one at a time in one format.
protocol ExportWriter: AnyObject {
    /// Writes a municipality that travels with the entries (all come before the first entry).
    func write(_ municipality: Municipality) throws
    /// Writes an entry.
    func write(_ entry: Entry) throws
    /// Writes an entry with its attachments (their bytes too, when the export carries them).
    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws
    /// Completes the output.
    func finish() throws
}

extension ExportWriter {
    /// A format without attachments (CSV, a workbook) writes the entry alone.
    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws {
        try write(entry)
    }
}

/// A municipality as an import/export record: `{"kind": "municipality", "name": …, "code": …,
/// "province": …, "attribution": …}`.
struct MunicipalityExportRecord: Encodable {
    var municipality: Municipality

    enum CodingKeys: String, CodingKey {
        case kind, name, code, province, attribution
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("municipality", forKey: .kind)
        try container.encode(municipality.name, forKey: .name)
        try container.encode(municipality.code, forKey: .code)
        try container.encode(municipality.province, forKey: .province)
        try container.encode(municipality.attribution, forKey: .attribution)
    }
}

/// JSON Lines: one compact object a line.
final class JSONLinesExportWriter: ExportWriter {
    private let sink: ExportSink
    private let encoder = KennisbankJSON.encoder(pretty: false)

    init(sink: ExportSink) {
        self.sink = sink
    }

    func write(_ municipality: Municipality) throws {
        try sink.write(
            String(decoding: try encoder.encode(MunicipalityExportRecord(municipality: municipality)), as: UTF8.self)
                + "\n")
    }

    func write(_ entry: Entry) throws {
        try write(entry, attachments: [])
    }

    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws {
        let record = EntryExportRecord(entry: entry, attachments: attachments)
        try sink.write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
    }

    func finish() throws {
        try sink.flush()
    }
}

/// JSON: an array of readable objects, municipalities first.
final class JSONArrayExportWriter: ExportWriter {
    private let sink: ExportSink
    private let encoder = KennisbankJSON.encoder(pretty: true)
    private var count = 0

    init(sink: ExportSink) {
        self.sink = sink
    }

    func write(_ municipality: Municipality) throws {
        try element(try encoder.encode(MunicipalityExportRecord(municipality: municipality)))
    }

    func write(_ entry: Entry) throws {
        try write(entry, attachments: [])
    }

    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws {
        try element(try encoder.encode(EntryExportRecord(entry: entry, attachments: attachments)))
    }

    private func element(_ data: Data) throws {
        let indented = String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { "  " + $0 }
            .joined(separator: "\n")
        try sink.write((count == 0 ? "[\n" : ",\n") + indented)
        count += 1
    }

    func finish() throws {
        try sink.write(count == 0 ? "[]\n" : "\n]\n")
        try sink.flush()
    }
}

/// CSV (RFC 4180, CRLF line breaks, written by ``CSVWriter``) with a header row; see ``CSVEntryFormat``.
///
/// For Excel (`excel`): a UTF-8 byte order mark first and `;` between fields, which is what
/// Excel in a Dutch locale needs to open a CSV file by double-click with its accents intact and
/// its columns apart (it reads a file without a BOM as Windows-1252, and splits on the locale's
/// list separator, `;`). The header stays the English field names, the machine contract that
/// `kb import` reads back.
final class CSVExportWriter: ExportWriter {
    private let sink: ExportSink
    private let csv: CSVWriter

    init(sink: ExportSink, excel: Bool = false) throws {
        self.sink = sink
        csv = CSVWriter(lineBreak: .crlf, delimiter: excel ? ";" : ",")
        if excel { try sink.write("\u{FEFF}") }
        try sink.write(csv.record(CSVEntryFormat.columns))
    }

    func write(_ municipality: Municipality) throws {
        try sink.write(csv.record(CSVEntryFormat.row(municipality)))
    }

    func write(_ entry: Entry) throws {
        try sink.write(csv.record(CSVEntryFormat.row(entry)))
    }

    func finish() throws {
        try sink.flush()
    }
}
