import Foundation
import ZIPFoundation

/// A zip of Markdown notes, read as ``MarkdownFolderReader`` reads a folder: every `.md` file in
/// it and its folders (hidden ones skipped, other files such as attachments ignored), with the
/// same rules for front matter and links between notes. ZIPFoundation opens the archive.
///
/// Nothing is unpacked to disk: each note is read into memory when its turn comes, so no file is
/// ever written under a name the zip chose. Before any note is read the archive is checked as a
/// whole, and refused with one ``KennisbankError/cannotImport(source:problem:)`` when it is not a
/// zip that can be read, holds more than ``Limits/entries`` entries, when its notes would unpack to
/// more than ``Limits/unpackedBytes`` bytes (a zip bomb), or when an entry's name is absolute or
/// climbs out with `..` (a zip made to write elsewhere when unpacked). A note that unpacks to more
/// bytes than the archive says, or whose checksum fails, refuses the zip too: it is damaged.
struct ZipNoteArchive {
    /// The bounds of what a zip may hold.
    struct Limits {
        /// The most entries (files and folders) a zip may hold.
        var entries = 20_000
        /// The most bytes its notes may unpack to, together.
        var unpackedBytes = 256 << 20
        /// The largest note, as for a folder.
        var noteBytes = ImportLimits.markdownFileBytes
        /// The most bytes the notes' attachments may unpack to, together (each at most
        /// ``Attachment/maximumSize``).
        var attachmentBytes: UInt64 = 1 << 30
    }

    /// The first bytes of a zip: a local file header, or the end record of an empty zip.
    static let signatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]

    /// The notes, as the folder reader reads them.
    let notes: [MarkdownFolderReader.NoteFile]

    /// Whether `bytes` start as a zip does.
    static func isZip<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        signatures.contains { bytes.starts(with: $0) }
    }

    /// Whether the regular file at `path` starts as a zip does.
    static func isZip(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return isZip([UInt8]((try? handle.read(upToCount: 4)) ?? Data()))
    }

    /// Opens the zip file at `path`; `name` names it in reports and errors.
    init(path: String, name: String, limits: Limits = Limits()) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw KennisbankError.cannotImport(source: name, problem: .unreadable)
        }
        let archive: Archive
        let tail: Data
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let size = try handle.seekToEnd()
            try handle.seek(toOffset: size - min(size, UInt64(Self.tailBytes)))
            tail = try handle.readToEnd() ?? Data()
        } catch {
            throw KennisbankError.cannotImport(source: name, problem: .notAZip)
        }
        try self.init(archive: archive, tail: tail, name: name, limits: limits)
    }

    /// Opens a zip held in memory; `name` names it in reports and errors.
    init(data: Data, name: String, limits: Limits = Limits()) throws {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw KennisbankError.cannotImport(source: name, problem: .notAZip)
        }
        try self.init(archive: archive, tail: data.suffix(Self.tailBytes), name: name, limits: limits)
    }

    /// How far from its end a zip's end record starts at most: its 22 bytes and a comment of up to 65,535.
    private static let tailBytes = 22 + 0xFFFF

    /// The number of entries the zip's end record declares (`tail` is the zip's last bytes), or nil
    /// when it has none or leaves the number to its ZIP64 record.
    static func declaredEntries(tail: Data) -> Int? {
        let bytes = [UInt8](tail)
        var start = bytes.count - 22
        while start >= 0 {
            if bytes[start..<start + 4].elementsEqual(signatures[1]) {
                let count = Int(bytes[start + 10]) | Int(bytes[start + 11]) << 8
                return count == 0xFFFF ? nil : count
            }
            start -= 1
        }
        return nil
    }

    private init(archive: Archive, tail: Data, name: String, limits: Limits) throws {
        // ZIPFoundation stops quietly at an entry it cannot read (damaged, or encrypted): the
        // entries counted must be those the zip declares.
        let declared = Self.declaredEntries(tail: tail)
        if let declared, declared > limits.entries {
            throw KennisbankError.cannotImport(source: name, problem: .tooManyZipEntries(limit: limits.entries))
        }
        var found: [MarkdownFolderReader.NoteFile] = []
        var count = 0
        var unpacked: UInt64 = 0
        var attachmentBytes: UInt64 = 0
        var files: [String: ZIPFoundation.Entry] = [:]
        var order: [(String, ZIPFoundation.Entry)] = []
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw KennisbankError.cannotImport(source: name, problem: .tooManyZipEntries(limit: limits.entries))
            }
            let path = entry.path
            guard let relative = Self.relativePath(path) else {
                throw KennisbankError.cannotImport(source: name, problem: .unsafeZipEntryName(path))
            }
            guard entry.type == .file, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            if files[relative] == nil { files[relative] = entry }
            order.append((relative, entry))
        }
        let sorted = MarkdownFolderReader.sort(order.map(\.0))
        let notePaths = Set(sorted.notes)
        for (relative, entry) in order where notePaths.contains(relative) {
            unpacked += min(entry.uncompressedSize, UInt64(limits.noteBytes) + 1)
            guard unpacked <= UInt64(limits.unpackedBytes) else {
                throw KennisbankError.cannotImport(source: name, problem: .zipTooLarge(limit: limits.unpackedBytes))
            }
            let noteName = (name as NSString).appendingPathComponent(relative)
            let location = RecordLocation(source: noteName, line: nil)
            for attached in sorted.attachments[relative] ?? [] {
                attachmentBytes += min(files[attached]?.uncompressedSize ?? 0, UInt64(Attachment.maximumSize) + 1)
                guard attachmentBytes <= limits.attachmentBytes else {
                    throw KennisbankError.cannotImport(
                        source: name, problem: .zipTooLarge(limit: Int(limits.attachmentBytes)))
                }
            }
            // An attachment is unpacked only when its note is imported, and never past 25 MiB.
            let attachments = (sorted.attachments[relative] ?? []).compactMap { attached in
                files[attached].map { file in
                    MarkdownFolderReader.AttachedFile(
                        name: (attached as NSString).lastPathComponent,
                        read: {
                            guard file.uncompressedSize <= UInt64(Attachment.maximumSize) else {
                                let fileName = (attached as NSString).lastPathComponent
                                throw location.failure(
                                    .invalid(
                                        .attachment(
                                            .tooLarge(
                                                name: fileName, size: Int(clamping: file.uncompressedSize),
                                                limit: Attachment.maximumSize))))
                            }
                            return Data(
                                try Self.read(
                                    file, of: archive, note: noteName, zip: name,
                                    limits: Limits(
                                        entries: 0, unpackedBytes: 0, noteBytes: Attachment.maximumSize,
                                        attachmentBytes: 0)))
                        })
                }
            }
            found.append(
                MarkdownFolderReader.NoteFile(
                    name: noteName, relative: relative,
                    read: { try Self.read(entry, of: archive, note: noteName, zip: name, limits: limits) },
                    attachments: attachments))
        }
        if let declared, declared != count {
            throw KennisbankError.cannotImport(source: name, problem: .notAZip)
        }
        guard !found.isEmpty else {
            throw KennisbankError.cannotImport(source: name, problem: .noMarkdownFilesInZip)
        }
        notes = found
    }

    /// The entry's path inside the zip with `/` between folders and without a leading `./`, or nil
    /// when it is absolute (`/`, `\`, a drive letter), climbs out (a `..` part) or holds a NUL.
    static func relativePath(_ path: String) -> String? {
        let parts = path.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "\\" })
        guard let first = parts.first, !first.isEmpty, !path.contains("\0"),
            !(first.count == 2 && first.last == ":"), !parts.contains("..")
        else { return nil }
        return parts.filter { !$0.isEmpty && $0 != "." }.joined(separator: "/")
    }

    /// The bytes of one note; a note larger than the limit is that note's problem, a damaged one the zip's.
    private static func read(
        _ entry: ZIPFoundation.Entry, of archive: Archive, note: String, zip: String, limits: Limits
    ) throws
        -> [UInt8]
    {
        let location = RecordLocation(source: note, line: nil)
        guard entry.uncompressedSize <= UInt64(limits.noteBytes) else {
            throw location.failure(.fileTooLarge(limit: limits.noteBytes))
        }
        let declared = Int(entry.uncompressedSize)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(declared)
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                // More than the archive said: a damaged or crafted zip. Stop unpacking at once.
                guard bytes.count + chunk.count <= declared else { throw Archive.ArchiveError.invalidEntrySize }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            throw KennisbankError.cannotImport(source: zip, problem: .notAZip)
        }
        // ZIPFoundation computes the checksum of what it unpacked to memory; comparing is ours to do.
        guard bytes.count == declared, checksum == entry.checksum else {
            throw KennisbankError.cannotImport(source: zip, problem: .notAZip)
        }
        return bytes
    }
}
