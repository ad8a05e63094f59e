import Foundation

/// Writes exported records one at a time in one format.
protocol ExportWriter: AnyObject {
    /// Writes a municipality that travels with the entries (all come before the first entry).
    func write(_ municipality: Municipality) throws
    /// Writes an entry.
    func write(_ entry: Entry) throws
    /// Completes the output.
    func finish() throws
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
        try sink.write(String(decoding: try encoder.encode(MunicipalityExportRecord(municipality: municipality)), as: UTF8.self) + "\n")
    }

    func write(_ entry: Entry) throws {
        try sink.write(String(decoding: try encoder.encode(entry), as: UTF8.self) + "\n")
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
        try element(try encoder.encode(entry))
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

/// CSV (RFC 4180, CRLF line breaks) with a header row; see ``CSVEntryFormat``.
final class CSVExportWriter: ExportWriter {
    private let sink: ExportSink

    init(sink: ExportSink) throws {
        self.sink = sink
        try sink.write(CSVEntryFormat.line(CSVEntryFormat.columns) + "\r\n")
    }

    func write(_ municipality: Municipality) throws {
        try sink.write(CSVEntryFormat.line(CSVEntryFormat.row(municipality)) + "\r\n")
    }

    func write(_ entry: Entry) throws {
        try sink.write(CSVEntryFormat.line(CSVEntryFormat.row(entry)) + "\r\n")
    }

    func finish() throws {
        try sink.flush()
    }
}

/// Markdown: one note per entry (and per municipality outside the registry) in a folder.
final class MarkdownExportWriter: ExportWriter {
    private let folder: String
    private var used: Set<String> = []

    /// Writes into `folder`, which is created when missing and must otherwise be empty.
    init(folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw KennisbankError.invalidInput("\(folder) is a file: Markdown is exported into a folder, one file per entry; give a folder.")
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.allSatisfy({ $0.hasPrefix(".") }) else {
                throw KennisbankError.invalidInput(
                    "The folder \(folder) is not empty: give a new or empty folder, so that no old note is mixed in.")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw KennisbankError.invalidInput("Cannot create the folder \(folder): check the path and its permissions.")
            }
        }
        self.folder = folder
    }

    func write(_ municipality: Municipality) throws {
        var name = MarkdownEntryFile.fileName(for: municipality)
        if used.contains(name) { name = "municipality-\(municipality.id).md" }
        try save(try MarkdownEntryFile.render(municipality), as: name)
    }

    func write(_ entry: Entry) throws {
        try save(try MarkdownEntryFile.render(entry), as: MarkdownEntryFile.fileName(for: entry))
    }

    private func save(_ text: String, as name: String) throws {
        used.insert(name)
        let path = (folder as NSString).appendingPathComponent(name)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw KennisbankError.invalidInput("Cannot write \(path): check the folder's permissions and free space.")
        }
    }

    func finish() throws {}
}
