import Foundation

/// Checks on a database path made before SQLite touches it, so that a wrong path or a
/// damaged file gets a clear message and is never changed.
enum DatabaseFile {
    /// What is at the path.
    enum State: Equatable {
        /// No file yet.
        case missing
        /// An empty file (a valid, empty SQLite database).
        case empty
        /// A file that starts like a SQLite database.
        case sqlite
    }

    /// Inspects `path`: a folder, a non-SQLite file, a truncated file or a missing parent folder is an error.
    static func inspect(_ path: String) throws -> State {
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let folder = (path as NSString).deletingLastPathComponent
            var folderIsDirectory: ObjCBool = false
            if !folder.isEmpty, !manager.fileExists(atPath: folder, isDirectory: &folderIsDirectory) || !folderIsDirectory.boolValue {
                throw KennisbankError.missingFolder(folder)
            }
            return .missing
        }
        if isDirectory.boolValue { throw KennisbankError.databaseIsDirectory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw KennisbankError.cannotOpen(path: path, reason: "it cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        if header.isEmpty { return .empty }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw KennisbankError.notADatabase(path)
        }
        // Bytes 16-17: page size (1 means 65536); 28-31: size in pages, valid when 92-95 equal 24-27.
        let bytes = [UInt8](header)
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw KennisbankError.notADatabase(path) }
        let pageCount = bigEndian(28, 4)
        // A WAL file beside it may hold pages the file does not have yet: a kb killed during a
        // checkpoint leaves the header ahead of the file, and SQLite recovers from the WAL.
        let walSize = (try? manager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if bigEndian(92, 4) == bigEndian(24, 4), pageCount > 0, walSize == 0 {
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size < pageCount * pageSize {
                throw KennisbankError.damagedDatabase(path: path, detail: "the file is shorter than its header says: it was cut off")
            }
        }
        return .sqlite
    }

    /// True when the file (or, for a missing file, its folder) can be written.
    static func isWritable(_ path: String, state: State) -> Bool {
        if state == .missing {
            let folder = (path as NSString).deletingLastPathComponent
            return FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        }
        let folder = (path as NSString).deletingLastPathComponent
        return FileManager.default.isWritableFile(atPath: path)
            && FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
    }
}
