import Foundation

/// Where an import reads from: a file or folder, standard input, or text in memory. Markdown is
/// one note, a folder of notes, or a zip of notes (a file named `.zip`, or bytes that start as a
/// zip does; see `ZipNoteArchive`).
public struct ImportSource: Sendable {
    enum Input: Sendable {
        case path(String)
        case standardInput
        case bytes([UInt8])
    }

    /// How the source is named in errors and reports: the path as given, or `-` for standard input.
    public let name: String
    /// The format its records are in.
    public let format: ExchangeFormat
    let input: Input
    /// What Markdown notes that do not say it themselves get (see ``NoteDefaults``).
    public var noteDefaults: NoteDefaults?

    /// The file or folder at `path`, in `format` or the one its extension says
    /// (a folder, or a `.zip` file, is read as Markdown notes).
    public static func file(_ path: String, format: ExchangeFormat? = nil, noteDefaults: NoteDefaults? = nil) throws
        -> ImportSource
    {
        var source = try detecting(path, format: format)
        source.noteDefaults = noteDefaults
        return source
    }

    private static func detecting(_ path: String, format: ExchangeFormat?) throws -> ImportSource {
        if let format {
            return ImportSource(name: path, format: format, input: .path(path))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return ImportSource(name: path, format: .markdown, input: .path(path))
        }
        guard let detected = ExchangeFormat(fileName: path) else {
            throw KennisbankError.cannotImport(source: path, problem: .unknownFormat)
        }
        return ImportSource(name: path, format: detected, input: .path(path))
    }

    /// Standard input, in `format` (Markdown is one note).
    public static func standardInput(format: ExchangeFormat) -> ImportSource {
        ImportSource(name: "-", format: format, input: .standardInput)
    }

    /// Bytes held in memory (a workbook, a zip of Markdown notes), named `name` in errors.
    public static func bytes(_ bytes: [UInt8], name: String, format: ExchangeFormat) -> ImportSource {
        ImportSource(name: name, format: format, input: .bytes(bytes))
    }

    /// Text held in memory, named `name` in errors.
    public static func text(_ text: String, name: String, format: ExchangeFormat) -> ImportSource {
        ImportSource(name: name, format: format, input: .bytes(Array(text.utf8)))
    }

    /// Whether the Markdown source at `path` is a zip of notes: a file (not a folder) named `.zip`
    /// or starting as a zip does.
    static func isZipFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return false
        }
        return (path as NSString).pathExtension.lowercased() == "zip" || ZipNoteArchive.isZip(path: path)
    }

    /// A reader of this source's records.
    func reader() throws -> any ImportRecordReader {
        if format == .markdown {
            switch input {
            case .path(let path) where Self.isZipFile(path):
                return MarkdownFolderReader(
                    notes: try ZipNoteArchive(path: path, name: name).notes, defaults: noteDefaults)
            case .path(let path):
                return try MarkdownFolderReader(path: path, name: name, defaults: noteDefaults)
            case .standardInput:
                let data = (try? FileHandle.standardInput.read(upToCount: ImportLimits.markdownFileBytes + 1)) ?? nil
                return SingleRecordReader {
                    try MarkdownEntryFile.record(
                        [UInt8](data ?? Data()), at: RecordLocation(source: self.name, line: nil))
                }
            case .bytes(let bytes) where ZipNoteArchive.isZip(bytes):
                return MarkdownFolderReader(
                    notes: try ZipNoteArchive(data: Data(bytes), name: name).notes, defaults: noteDefaults)
            case .bytes(let bytes):
                return SingleRecordReader {
                    try MarkdownEntryFile.record(bytes, at: RecordLocation(source: self.name, line: nil))
                }
            }
        }
        if format == .xlsx {
            let workbook: XlsxReader
            switch input {
            case .path(let path): workbook = try XlsxReader(path: path, name: name)
            case .bytes(let data): workbook = try XlsxReader(data: Data(data), name: name)
            case .standardInput:
                let data = (try? FileHandle.standardInput.read(upToCount: XlsxReader.fileLimit + 1)) ?? nil
                workbook = try XlsxReader(data: data ?? Data(), name: name)
            }
            return XlsxEntryReader(workbook: workbook, name: name)
        }
        let bytes: ByteInput
        switch input {
        case .path(let path): bytes = try ByteInput(path: path, name: name)
        case .standardInput: bytes = ByteInput(handle: FileHandle.standardInput, name: name)
        case .bytes(let data): bytes = ByteInput(bytes: data, name: name)
        }
        switch format {
        case .jsonl: return JSONLinesReader(input: bytes, name: name)
        case .json: return JSONArrayReader(input: bytes, name: name)
        case .csv: return CSVEntryReader(input: bytes, name: name)
        case .markdown, .xlsx: preconditionFailure("handled above")
        }
    }
}

/// A reader of exactly one record, made when first asked for.
final class SingleRecordReader: ImportRecordReader {
    private var make: (() throws -> ImportRecord)?

    init(_ make: @escaping () throws -> ImportRecord) {
        self.make = make
    }

    func next() throws -> ImportRecord? {
        guard let make else { return nil }
        self.make = nil
        return try make()
    }
}
