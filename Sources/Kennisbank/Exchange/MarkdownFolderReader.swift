import Foundation

/// Reads Markdown notes: one file, or every `.md` file in a folder and its subfolders (hidden
/// ones skipped), in path order. A folder is read twice — municipalities first, then entries —
/// so that an entry may name a municipality declared by any file of the folder.
///
/// Notes as people keep them (Obsidian) are read too: without front matter when ``NoteDefaults``
/// give their kind, with `tags` as topics, and with `[[wikilinks]]` resolved to the notes of the
/// folder they name (by file name, or by path inside the folder, without `.md`; see
/// ``ImportRecord/noteLinks``). A bad note is read whole, so the import goes on to the next.
final class MarkdownFolderReader: ImportRecordReader {
    /// One note of a folder or zip: `name` names it in reports (the folder's or zip's name, then
    /// its path inside), `relative` is that path inside, and `read` gives its bytes (or throws the
    /// note's own problem, such as ``KennisbankError/ImportReason/fileTooLarge(limit:)``).
    struct NoteFile {
        var name: String
        var relative: String
        var read: () throws -> [UInt8]
        /// The files of the folder beside the note named after it (`0007-dorpshuis.attachments/`):
        /// its entry's attachments.
        var attachments: [AttachedFile] = []
    }

    /// A file of a note's attachment folder: its name, and `read` gives its bytes.
    struct AttachedFile {
        var name: String
        var read: () throws -> Data
    }

    /// Sorts the files of a folder or zip (paths inside it, `/` between folders) into notes and
    /// attachments: a file directly inside a folder `X.attachments` beside a note `X.md` is an
    /// attachment of that note (whatever its extension), every other `.md` file a note.
    /// Returns the notes' paths and, by note path, its attachments' paths.
    static func sort(_ paths: [String]) -> (notes: [String], attachments: [String: [String]]) {
        let candidates = Set(paths.filter { isNote($0) })
        var notes: [String] = []
        var attachments: [String: [String]] = [:]
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            if folder.hasSuffix(MarkdownNoteNames.attachmentFolderSuffix) {
                let note = String(folder.dropLast(MarkdownNoteNames.attachmentFolderSuffix.count)) + ".md"
                if candidates.contains(note) {
                    attachments[note, default: []].append(path)
                    continue
                }
            }
            if isNote(path) { notes.append(path) }
        }
        return (notes, attachments)
    }

    private let files: [NoteFile]
    private var index = 0
    private var municipalitiesFirst: Bool
    private var singleFile = false
    private let defaults: NoteDefaults?
    /// The notes of the folder by what a wikilink calls them (lower case): file name and path without `.md`.
    private var linkTargets: [String: String] = [:]
    private var notesWithAliases = 0
    private(set) var canContinue = false

    var notes: [ImportNote] {
        notesWithAliases > 0 ? [.aliasesIgnored(count: notesWithAliases)] : []
    }

    /// Reads the file or folder at `path`; `name` is how the user named it; `defaults` complete
    /// the notes that do not say everything themselves.
    convenience init(path: String, name: String, defaults: NoteDefaults? = nil) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KennisbankError.cannotImport(source: name, problem: .noSuchFileOrFolder)
        }
        if !isDirectory.boolValue {
            self.init(
                single: NoteFile(
                    name: name, relative: (path as NSString).lastPathComponent,
                    read: { try Self.contents(of: path, location: RecordLocation(source: name, line: nil)) }),
                defaults: defaults)
            return
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else {
            throw KennisbankError.cannotImport(source: name, problem: .folderUnreadable)
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        var relatives: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            relatives.append(
                full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : url.lastPathComponent)
        }
        let sorted = Self.sort(relatives)
        var found: [NoteFile] = []
        for relative in sorted.notes {
            let full = (root as NSString).appendingPathComponent(relative)
            let noteName = (name as NSString).appendingPathComponent(relative)
            let location = RecordLocation(source: noteName, line: nil)
            found.append(
                NoteFile(
                    name: noteName, relative: relative,
                    read: { try Self.contents(of: full, location: location) },
                    attachments: (sorted.attachments[relative] ?? []).map { attached in
                        let file = (root as NSString).appendingPathComponent(attached)
                        return AttachedFile(
                            name: (attached as NSString).lastPathComponent,
                            read: { try Self.attachment(at: file, location: location) })
                    }))
        }
        guard !found.isEmpty else {
            throw KennisbankError.cannotImport(source: name, problem: .noMarkdownFiles)
        }
        self.init(notes: found, defaults: defaults)
    }

    /// Reads `notes` (at least one) as the notes of one folder.
    init(notes: [NoteFile], defaults: NoteDefaults?) {
        self.defaults = defaults
        files = notes.sorted { $0.name < $1.name }
        municipalitiesFirst = true
        for file in files {
            let withoutExtension = (file.relative as NSString).deletingPathExtension.lowercased()
            let baseName = (withoutExtension as NSString).lastPathComponent
            if linkTargets[baseName] == nil { linkTargets[baseName] = file.name }
            linkTargets[withoutExtension] = file.name
        }
    }

    /// Reads one file as one note.
    private init(single file: NoteFile, defaults: NoteDefaults?) {
        self.defaults = defaults
        files = [file]
        municipalitiesFirst = false
        singleFile = true
    }

    /// Whether a file of this name is read as a note (`.md`, `.markdown`).
    static func isNote(_ fileName: String) -> Bool {
        ["md", "markdown"].contains((fileName as NSString).pathExtension.lowercased())
    }

    func next() throws -> ImportRecord? {
        canContinue = false
        while true {
            if index == files.count {
                guard municipalitiesFirst else { return nil }
                municipalitiesFirst = false
                index = 0
                continue
            }
            let file = files[index]
            index += 1
            // Each note is read whole: a bad one leaves the next readable.
            canContinue = !singleFile
            let note: MarkdownEntryFile.Note
            do {
                note = try read(file)
            } catch KennisbankError.importFailed(let problem) {
                // Reported once, when entries are read (municipalities are read first, then entries).
                guard municipalitiesFirst else { throw KennisbankError.importFailed(problem) }
                continue
            }
            canContinue = false
            var record = note.record
            if !municipalitiesFirst || singleFile {
                if case .entry = record.content, !file.attachments.isEmpty {
                    record.attachments = try file.attachments.map {
                        ImportedAttachment(name: $0.name, contents: try $0.read())
                    }
                }
                if note.hadAliases { notesWithAliases += 1 }
                record.noteLinks = note.wikilinks.compactMap { linkTargets[$0.lowercased()] }
                    .filter { $0 != file.name }
            }
            if singleFile { return record }
            switch record.content {
            case .municipality where municipalitiesFirst, .entry where !municipalitiesFirst: return record
            default: continue
            }
        }
    }

    private func read(_ file: NoteFile) throws -> MarkdownEntryFile.Note {
        let location = RecordLocation(source: file.name, line: nil)
        let title = ((file.relative as NSString).lastPathComponent as NSString).deletingPathExtension
        return try MarkdownEntryFile.note(try file.read(), at: location, defaults: defaults, fileTitle: title)
    }

    /// The bytes of the attachment file at `path`, of the note read at `location`.
    private static func attachment(at path: String, location: RecordLocation) throws -> Data {
        do {
            return try KnowledgeBase.readAttachment(at: path).contents
        } catch let error as KennisbankError {
            throw location.failure(.invalid(error))
        }
    }

    /// The bytes of the note file at `path`, read at `location`.
    private static func contents(of path: String, location: RecordLocation) throws -> [UInt8] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > ImportLimits.markdownFileBytes {
            throw location.failure(.fileTooLarge(limit: ImportLimits.markdownFileBytes))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw location.failure(.fileUnreadable)
        }
        return [UInt8](data)
    }
}
