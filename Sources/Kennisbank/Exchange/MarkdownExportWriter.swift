import Foundation

/// Markdown: one note per entry (and per municipality outside the registry) in a folder.
///
/// The folder is new, or exists holding nothing but hidden files (which stay as they are). The
/// notes are written into a hidden staging folder first — beside a new folder, inside an
/// existing one — and moved into place by ``finish()`` when all of them are written; after an
/// error, ``discard()`` removes the staging folder, so that a failed export leaves no
/// half-written folder behind. An error carries what the system said went wrong (`ENOSPC`,
/// `EFBIG`, `EACCES`), not a guess.
///
/// The notes' names are ``MarkdownNoteNames``, as in a zip (``ZipExportWriter``).
final class MarkdownExportWriter: ExportWriter {
    /// The folder as the user named it (for errors).
    private let folder: String
    /// The folder's path without a trailing `/`: where the notes end up.
    private let destination: String
    private let staging: String
    /// True when `folder` is new: the staging folder becomes it.
    private let createsFolder: Bool
    /// The first folder above `folder` that this export created, removed again by ``discard()``.
    private let createdAncestor: String?
    private var names: MarkdownNoteNames
    private var written: [String] = []

    /// Prepares to write into `folder`; `largestID` is the largest entry id, which sets the width
    /// of the numbers that start the entries' file names.
    init(folder: String, largestID: Int64) throws {
        self.folder = folder
        var destination = folder
        while destination.count > 1, destination.hasSuffix("/") { destination.removeLast() }
        self.destination = destination
        names = MarkdownNoteNames(largestID: largestID)
        let token = UUID().uuidString.prefix(8)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw KennisbankError.cannotExport(.markdownTargetIsFile(folder: folder))
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.allSatisfy({ $0.hasPrefix(".") }) else {
                throw KennisbankError.cannotExport(.folderNotEmpty(folder: folder))
            }
            createsFolder = false
            createdAncestor = nil
            staging = (destination as NSString).appendingPathComponent(".kb-export-\(token).partial")
        } else {
            let parent = (destination as NSString).deletingLastPathComponent
            let name = (destination as NSString).lastPathComponent
            createsFolder = true
            createdAncestor = Self.firstMissingFolder(parent.isEmpty ? "." : parent)
            staging = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).\(token).partial")
            if let createdAncestor {
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    try? FileManager.default.removeItem(atPath: createdAncestor)
                    throw KennisbankError.cannotExport(.cannotCreateFolder(folder: parent, reason: .init(error)))
                }
            }
        }
        guard mkdir(staging, 0o777) == 0 else {
            let code = errno
            if let createdAncestor { try? FileManager.default.removeItem(atPath: createdAncestor) }
            throw KennisbankError.cannotExport(.cannotWriteFolder(folder: folder, reason: .errno(code)))
        }
    }

    func write(_ municipality: Municipality) throws {
        try save(try MarkdownEntryFile.render(municipality), as: names.name(for: municipality))
    }

    func write(_ entry: Entry) throws {
        try write(entry, attachments: [])
    }

    /// Writes the entry's note and, when it has attachments, a folder beside it named after it
    /// (``MarkdownNoteNames/attachmentFolder(of:)``) holding each file under its own name.
    func write(_ entry: Entry, attachments: [ExportedAttachment]) throws {
        let name = names.name(for: entry)
        try save(try MarkdownEntryFile.render(entry), as: name)
        guard !attachments.isEmpty else { return }
        let folder = MarkdownNoteNames.attachmentFolder(of: name)
        guard mkdir((staging as NSString).appendingPathComponent(folder), 0o777) == 0 else {
            throw failure(writing: folder, errno)
        }
        written.append(folder)
        for attachment in attachments {
            let file = (folder as NSString).appendingPathComponent(attachment.attachment.name)
            try save(Array(attachment.contents ?? Data()), as: file, listed: false)
        }
    }

    private func save(_ text: String, as name: String) throws {
        try save(Array(text.utf8), as: name, listed: true)
    }

    /// Writes `bytes` to the new file `name` of the staging folder; `listed` files are moved
    /// into place one by one by ``finish()`` (a folder's files move with it).
    private func save(_ content: [UInt8], as name: String, listed: Bool) throws {
        let path = (staging as NSString).appendingPathComponent(name)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(writing: name, errno) }
        var bytes = content[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { writeBytes(descriptor, $0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                close(descriptor)
                throw failure(writing: name, code)
            }
            bytes = bytes.dropFirst(count)
        }
        guard close(descriptor) == 0 else { throw failure(writing: name, errno) }
        if listed { written.append(name) }
    }

    /// Moves the notes into place: the staging folder becomes the new folder, or its notes move
    /// into the existing one (and any moved already go back when one cannot).
    func finish() throws {
        if createsFolder {
            guard rename(staging, destination) == 0 else {
                let code = errno
                throw KennisbankError.cannotExport(
                    code == EEXIST || code == ENOTEMPTY
                        ? .folderCreatedMeanwhile(folder: folder)
                        : .cannotMoveFolder(folder: folder, reason: .errno(code)))
            }
            return
        }
        var moved: [String] = []
        for name in written {
            let source = (staging as NSString).appendingPathComponent(name)
            let target = (destination as NSString).appendingPathComponent(name)
            var status = stat()
            let code: Int32? = lstat(target, &status) == 0 ? EEXIST : (rename(source, target) == 0 ? nil : errno)
            if let code {
                for done in moved.reversed() {
                    rename(
                        (destination as NSString).appendingPathComponent(done),
                        (staging as NSString).appendingPathComponent(done))
                }
                throw KennisbankError.cannotExport(
                    code == EEXIST
                        ? .noteWrittenMeanwhile(folder: folder, note: name)
                        : .cannotMoveNote(folder: folder, note: name, reason: .errno(code)))
            }
            moved.append(name)
        }
        rmdir(staging)
    }

    /// Removes what this export wrote: the staging folder, and any folder it created above.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        if let createdAncestor { try? FileManager.default.removeItem(atPath: createdAncestor) }
    }

    private func failure(writing name: String, _ code: Int32) -> KennisbankError {
        .cannotExport(.cannotWriteNote(folder: folder, note: name, reason: .errno(code)))
    }

    /// The topmost folder of `path` that does not exist, or nil when `path` exists.
    private static func firstMissingFolder(_ path: String) -> String? {
        var missing: String?
        var current = path
        while !current.isEmpty, current != "/", current != ".", !FileManager.default.fileExists(atPath: current) {
            missing = current
            current = (current as NSString).deletingLastPathComponent
        }
        return missing
    }
}

/// `write(2)`, named apart from ``MarkdownExportWriter/write(_:)``.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    write(descriptor, bytes.baseAddress, bytes.count)
}
