import Foundation
import GRDB

extension KnowledgeBase {
    // MARK: Attachments

    /// The files attached to entry `id`, by name; with `detached`, the files detached from it
    /// instead (most recently detached first among those of one name), which
    /// ``reattach(_:to:by:)`` brings back.
    public func attachments(of id: Entry.ID, detached: Bool = false) throws -> [Attachment] {
        try read { db in
            _ = try EntryStore.fetch(id, in: db)
            return try AttachmentStore.list(id, detached: detached, in: db)
        }
    }

    /// Entry `id` with the files attached to it, read together (``EntryWithAttachments``).
    public func entryWithAttachments(_ id: Entry.ID) throws -> EntryWithAttachments {
        try read { db in
            EntryWithAttachments(
                entry: try EntryStore.fetch(id, in: db), attachments: try AttachmentStore.list(id, in: db))
        }
    }

    /// Attaches `files` to entry `id`, by `author`, all or none, and returns them as kept.
    ///
    /// Each name is kept as its base name made safe (``AttachmentName/clean(_:)``), with its media
    /// type from the extension, its size and SHA-256. Throws ``KennisbankError/attachment(_:)``,
    /// storing nothing, for a file larger than ``Attachment/maximumSize``, a name that leaves no
    /// file name, or a name the entry (or another of `files`) already has.
    @discardableResult
    public func attach(_ files: [AttachmentFile], to id: Entry.ID, by author: Author? = nil) throws -> [Attachment] {
        if let large = files.first(where: { $0.contents.count > Attachment.maximumSize }) {
            throw KennisbankError.attachment(
                .tooLarge(
                    name: AttachmentName.clean(large.name) ?? large.name, size: large.contents.count,
                    limit: Attachment.maximumSize))
        }
        return try write { db in
            _ = try EntryStore.fetch(id, in: db)
            let names = try AttachmentStore.check(files, for: id, in: db)
            let now = Date()
            return try zip(files, names).map { file, name in
                try AttachmentStore.insert(file, name: name, for: id, author: author, now: now, in: db)
            }
        }
    }

    /// Attaches the files at `paths` to entry `id` (see ``attach(_:to:by:)``), all or none.
    ///
    /// Each file's size is checked before it is read: a file larger than ``Attachment/maximumSize``
    /// is refused without reading it. Throws ``KennisbankError/AttachmentProblem/notAFile(path:)``
    /// for a path that is no regular file, and ``KennisbankError/AttachmentProblem/unreadable(path:)``.
    @discardableResult
    public func attach(paths: [String], to id: Entry.ID, by author: Author? = nil) throws -> [Attachment] {
        _ = try entry(id)
        var files: [AttachmentFile] = []
        for path in paths {
            files.append(try Self.readAttachment(at: path))
        }
        return try attach(files, to: id, by: author)
    }

    /// The file at `path` (a symbolic link: the file it points to, under the link's name), its
    /// size checked before it is read.
    static func readAttachment(at path: String) throws -> AttachmentFile {
        var isDirectory: ObjCBool = false
        let target = (path as NSString).resolvingSymlinksInPath
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue,
            let attributes = try? FileManager.default.attributesOfItem(atPath: target),
            attributes[.type] as? FileAttributeType == .typeRegular
        else {
            throw KennisbankError.attachment(.notAFile(path: path))
        }
        let name = (path as NSString).lastPathComponent
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= Attachment.maximumSize else {
            throw KennisbankError.attachment(
                .tooLarge(name: AttachmentName.clean(name) ?? name, size: size, limit: Attachment.maximumSize))
        }
        guard let contents = FileManager.default.contents(atPath: target) else {
            throw KennisbankError.attachment(.unreadable(path: path))
        }
        return AttachmentFile(name: name, contents: contents)
    }

    /// The attached file `name` of entry `id` and its bytes.
    ///
    /// Throws ``KennisbankError/AttachmentProblem/unknownAttachment(_:names:)``, naming those it holds.
    public func attachment(_ name: String, of id: Entry.ID) throws -> (attachment: Attachment, contents: Data) {
        try read { db in
            _ = try EntryStore.fetch(id, in: db)
            let found = try AttachmentStore.find(name, of: id, in: db)
            return (found, try AttachmentStore.contents(found.id, in: db))
        }
    }

    /// Detaches the files `names` from entry `id`, by `author`, all or none, and returns them.
    /// They are not deleted: ``attachments(of:detached:)`` lists them with `detached` and
    /// ``reattach(_:to:by:)`` brings one back, until the trash is emptied (``emptyTrash(olderThanDays:)``).
    @discardableResult
    public func detach(_ names: [String], from id: Entry.ID, by author: Author? = nil) throws -> [Attachment] {
        try write { db in
            _ = try EntryStore.fetch(id, in: db)
            let found = try names.map { try AttachmentStore.find($0, of: id, in: db) }
            let now = Date()
            var done: Set<Attachment.ID> = []
            return try found.filter { done.insert($0.id).inserted }.map {
                try AttachmentStore.detach($0, author: author, now: now, in: db)
            }
        }
    }

    /// Attaches again the file `name` most recently detached from entry `id`, and returns it.
    ///
    /// Throws ``KennisbankError/AttachmentProblem/notDetached(_:)`` when there is none, and
    /// ``KennisbankError/AttachmentProblem/nameTaken(_:)`` when a file of that name is attached now.
    @discardableResult
    public func reattach(_ name: String, to id: Entry.ID, by author: Author? = nil) throws -> Attachment {
        try write { db in
            _ = try EntryStore.fetch(id, in: db)
            return try AttachmentStore.reattach(name, of: id, in: db)
        }
    }

    /// Writes the attached files of entry `id` — those named in `names`, all when empty — into
    /// `folder`, and returns the paths written.
    ///
    /// A file is written under its name made safe (``AttachmentName/clean(_:)``), so that no
    /// stored name becomes a path outside `folder`, and never over a file that exists: when one
    /// of the names is taken by a file there, nothing is written
    /// (``KennisbankError/AttachmentProblem/fileExists(path:)``). When a write fails half-way,
    /// the files already written are removed.
    @discardableResult
    public func extractAttachments(of id: Entry.ID, names: [String] = [], to folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KennisbankError.attachment(.notAFolder(path: folder))
        }
        let chosen: [(Attachment, Data)] = try read { db in
            _ = try EntryStore.fetch(id, in: db)
            let list =
                names.isEmpty
                ? try AttachmentStore.list(id, in: db) : try names.map { try AttachmentStore.find($0, of: id, in: db) }
            return try list.map { ($0, try AttachmentStore.contents($0.id, in: db)) }
        }
        return try AttachmentWriter.write(chosen.map { (name: $0.0.name, contents: $0.1) }, into: folder)
    }
}
