import Foundation

/// Reads Markdown notes: one file, or every `.md` file in a folder and its subfolders (hidden
/// ones skipped), in path order. A folder is read twice — municipalities first, then entries —
/// so that an entry may name a municipality declared by any file of the folder.
final class MarkdownFolderReader: ImportRecordReader {
    private let files: [(path: String, name: String)]
    private var index = 0
    private var municipalitiesFirst: Bool
    private var singleFile = false

    /// Reads the file or folder at `path`; `name` is how the user named it.
    init(path: String, name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KennisbankError.cannotImport(source: name, problem: .noSuchFileOrFolder)
        }
        if !isDirectory.boolValue {
            files = [(path, name)]
            municipalitiesFirst = false
            singleFile = true
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
        var found: [(path: String, name: String)] = []
        for case let url as URL in enumerator where ["md", "markdown"].contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : url.lastPathComponent
            found.append((full, (name as NSString).appendingPathComponent(relative)))
        }
        guard !found.isEmpty else {
            throw KennisbankError.cannotImport(source: name, problem: .noMarkdownFiles)
        }
        files = found.sorted { $0.name < $1.name }
        municipalitiesFirst = true
    }

    func next() throws -> ImportRecord? {
        while true {
            if index == files.count {
                guard municipalitiesFirst else { return nil }
                municipalitiesFirst = false
                index = 0
                continue
            }
            let file = files[index]
            index += 1
            let record = try read(file)
            if singleFile { return record }
            switch record.content {
            case .municipality where municipalitiesFirst, .entry where !municipalitiesFirst: return record
            default: continue
            }
        }
    }

    private func read(_ file: (path: String, name: String)) throws -> ImportRecord {
        let location = RecordLocation(source: file.name, line: nil)
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        if let size = attributes?[.size] as? Int, size > ImportLimits.markdownFileBytes {
            throw location.failure(.fileTooLarge(limit: ImportLimits.markdownFileBytes))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw location.failure(.fileUnreadable)
        }
        return try MarkdownEntryFile.record([UInt8](data), at: location)
    }
}
