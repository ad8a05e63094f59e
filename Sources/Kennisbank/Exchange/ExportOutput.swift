import Foundation

/// Where an export goes.
public enum ExportOutput: Sendable {
    /// An open file handle, such as standard output.
    case handle(FileHandle)
    /// A file, replaced only when the export is complete (written beside it first, then moved).
    case file(String)
    /// A new or empty folder, for Markdown: one file per entry.
    case folder(String)
}

/// What an export wrote.
public struct ExportReport: Sendable, Equatable, Codable {
    /// The entries written.
    public var entries: Int
    /// The municipalities written with them (those outside the CBS registry).
    public var municipalities: Int
    /// The format.
    public var format: ExchangeFormat

    /// Creates a report.
    public init(entries: Int, municipalities: Int, format: ExchangeFormat) {
        self.entries = entries
        self.municipalities = municipalities
        self.format = format
    }
}

/// Text written in large chunks to a file handle or collected in memory.
final class ExportSink {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private(set) var collected: [UInt8] = []
    private let path: String?

    /// Writes to `handle`, the file at `path` (nil: standard output), which errors name.
    init(handle: FileHandle, path: String?) {
        self.handle = handle
        self.path = path
        buffer.reserveCapacity(1 << 16)
    }

    /// Collects the text in memory.
    init() {
        self.handle = nil
        self.path = nil
    }

    /// Appends `text`.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends `bytes` (a binary format's).
    func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        if let handle {
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                throw KennisbankError.cannotExport(.cannotWrite(path: path, reason: .init(error)))
            }
        } else {
            collected.append(contentsOf: buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
