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

    /// Refuses an export of more notes than an import reads from a zip (``ZipNoteArchive/Limits/entries``):
    /// a zip kb could not read back. Checked before the first note is written.
    static func checkSize(_ filter: EntryFilter, in db: Database, limit: Int = ZipNoteArchive.Limits().entries)
        throws
    {
        let count = try ExportQuery.entryCount(filter, in: db) + ExportQuery.municipalities(filter, in: db).count
        guard count <= limit else {
            throw KennisbankError.cannotExport(.tooManyNotesForZip(count: count, limit: limit))
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
