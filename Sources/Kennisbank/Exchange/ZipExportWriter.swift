import Foundation
import GRDB
import ZIPFoundation

/// Markdown as a zip: the same notes, under the same names (``MarkdownNoteNames``), as the folder
/// export writes, deflated by ZIPFoundation, at the top of the zip. Importing the zip gives what
/// importing the folder gives.
///
/// The zip is built in memory or in a file the caller named (a temporary one, moved into place
/// by the caller when the export is complete).
final class ZipExportWriter: ExportWriter {
    private let archive: Archive
    /// The file the export goes to, for errors (nil: in memory).
    private let path: String?
    private var names: MarkdownNoteNames
    private let date = Date()

    /// Refuses, before the first note is written, a zip that kb import would refuse (see
    /// ``ZipNoteArchive/Limits``): more notes than it reads from a zip, more files (notes and
    /// attached files together), or attached files of more bytes together. With `byteLimit` (a
    /// zip built in memory) it also refuses one whose notes and attached files come to more bytes
    /// than that, estimated from the stored text and sizes, before the zip is built.
    static func checkSize(
        _ filter: EntryFilter, in db: Database, limits: ZipNoteArchive.Limits = ZipNoteArchive.Limits(),
        byteLimit: Int? = nil
    ) throws {
        let notes = try ExportQuery.entryCount(filter, in: db) + ExportQuery.municipalities(filter, in: db).count
        guard notes <= limits.entries else {
            throw KennisbankError.cannotExport(.tooManyNotesForZip(count: notes, limit: limits.entries))
        }
        let selected: SQL = "SELECT e.id FROM \(Entry.joins) WHERE \(filter.condition)"
        let attached = try Row.fetchOne(
            db,
            literal: """
                SELECT count(*) AS files, coalesce(sum(size), 0) AS bytes FROM attachment
                WHERE detached_at IS NULL AND entry_id IN (\(selected))
                """)
        let files: Int = attached?["files"] ?? 0
        let bytes: Int = attached?["bytes"] ?? 0
        guard notes + files <= limits.entries else {
            throw KennisbankError.cannotExport(
                .tooManyFilesForZip(notes: notes, attachments: files, limit: limits.entries))
        }
        guard bytes <= limits.attachmentBytes else {
            throw KennisbankError.cannotExport(
                .attachmentsTooLargeForZip(bytes: bytes, limit: Int(limits.attachmentBytes)))
        }
        guard let byteLimit else { return }
        // A note is its text and a front matter of well under a kilobyte; deflate only makes it smaller.
        let text =
            try Int.fetchOne(
                db,
                literal: """
                    SELECT coalesce(sum(length(CAST(e.title AS BLOB)) + length(CAST(e.body AS BLOB)) + 1024), 0)
                    FROM \(Entry.joins) WHERE \(filter.condition)
                    """) ?? 0
        let total = text + bytes
        guard total <= byteLimit else {
            throw KennisbankError.cannotExport(.tooLargeToDownload(bytes: total, limit: byteLimit))
        }
    }

    /// A zip in memory; `largestID` is the largest entry id, which sets the width of the numbers
    /// that start the entries' file names.
    init(largestID: Int64) throws {
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw KennisbankError.cannotExport(.cannotWrite(path: nil, reason: .init(error)))
        }
        path = nil
        names = MarkdownNoteNames(largestID: largestID)
    }

    /// A zip written to the new file `file`; `path` is where the export goes, as errors name it.
    init(file: String, path: String, largestID: Int64) throws {
        do {
            archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .create)
        } catch {
            throw KennisbankError.cannotExport(.cannotCreateFile(path: path))
        }
        self.path = path
        names = MarkdownNoteNames(largestID: largestID)
    }

    /// The zip's bytes, when it is built in memory.
    var data: Data? { archive.data }

    func write(_ municipality: Municipality) throws {
        try add(try MarkdownEntryFile.render(municipality), as: names.name(for: municipality))
    }

    func write(_ entry: Entry) throws {
        try write(entry, attachments: [])
    }

    /// Adds the entry's note and its attachments in a folder beside it named after it
    /// (``MarkdownNoteNames/attachmentFolder(of:)``), as the folder export writes them.
    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws {
        let name = names.name(for: entry)
        try add(try MarkdownEntryFile.render(entry), as: name)
        let folder = MarkdownNoteNames.attachmentFolder(of: name)
        for attachment in attachments {
            try add(attachment.contents ?? Data(), as: folder + "/" + attachment.attachment.name)
        }
    }

    func finish() throws {}

    private func add(_ text: String, as name: String) throws {
        try add(Data(text.utf8), as: name)
    }

    private func add(_ data: Data, as name: String) throws {
        do {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        } catch {
            throw KennisbankError.cannotExport(.cannotWrite(path: path, reason: .init(error)))
        }
    }
}
