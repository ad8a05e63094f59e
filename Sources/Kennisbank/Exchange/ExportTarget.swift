import Foundation

/// Where an export may not write: over the knowledge base's own database file or the files
/// SQLite keeps beside it (`-wal`, `-shm`, `-journal`), nor over any other SQLite database.
///
/// The database is recognised however the path is written: `./`, `..`, symbolic links (also of
/// its folders, also dangling ones) and hard links (the same device and inode); any other SQLite
/// database by its first 16 bytes, `SQLite format 3\0`, or a WAL file by its own header, and
/// the `-wal`, `-shm` and `-journal` file of a SQLite database by its name.
struct ExportTarget {
    /// The file SQLite's own header starts with.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// The names SQLite gives the files it keeps beside a database.
    static let companionSuffixes = ["-wal", "-shm", "-journal"]

    /// The database file and its companions, canonical.
    private let protectedPaths: Set<String>
    /// The same files, by device and inode, for those that exist.
    private let protectedFiles: Set<FileIdentity>
    /// The database path as the user gave it, for the error.
    private let database: String?

    /// The rules for a knowledge base whose file is `database` (nil in memory).
    init(database: String?) {
        self.database = database
        var paths: Set<String> = []
        var files: Set<FileIdentity> = []
        if let database {
            for base in Set([database, Self.canonical(database)]) {
                for suffix in [""] + Self.companionSuffixes {
                    paths.insert(Self.canonical(base + suffix))
                    if let identity = FileIdentity(path: base + suffix) { files.insert(identity) }
                }
            }
        }
        protectedPaths = paths
        protectedFiles = files
    }

    /// Throws unless an export may write `path` (a file, or a Markdown folder).
    func check(_ path: String) throws {
        let canonical = Self.canonical(path)
        if protectedPaths.contains(canonical) || FileIdentity(path: path).map(protectedFiles.contains) == true {
            throw KennisbankError.cannotExport(.ownDatabase(path: path, database: database))
        }
        if Self.isSQLite(canonical) {
            throw KennisbankError.cannotExport(.sqliteDatabase(path: path))
        }
        for suffix in Self.companionSuffixes
        where canonical.hasSuffix(suffix) && Self.isSQLite(String(canonical.dropLast(suffix.count))) {
            throw KennisbankError.cannotExport(
                .sqliteCompanion(path: path, database: String(path.dropLast(suffix.count)), suffix: suffix))
        }
    }

    /// Throws when `handle` (standard output) is the database file or one of its companions.
    func check(_ handle: FileHandle) throws {
        guard let identity = FileIdentity(descriptor: handle.fileDescriptor), protectedFiles.contains(identity) else {
            return
        }
        throw KennisbankError.cannotExport(.outputIsOwnDatabase(database: database))
    }

    /// True when the regular file at `path` starts with SQLite's database header or a WAL header.
    static func isSQLite(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        var header = [UInt8](repeating: 0, count: 16)
        let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        guard count >= 4 else { return false }
        if count == 16, header == sqliteHeader { return true }
        // A WAL file: the magic number 0x377f0682 or 0x377f0683, big-endian.
        return header[0] == 0x37 && header[1] == 0x7F && header[2] == 0x06 && (header[3] == 0x82 || header[3] == 0x83)
    }

    /// `path` made absolute, with `.`, `..` and every symbolic link resolved — also for a file that
    /// does not exist yet (its folder is resolved) and for a link whose target does not exist.
    static func canonical(_ path: String, depth: Int = 0) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        guard depth < 40 else { return (absolute as NSString).standardizingPath }
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: absolute) {
            let folder = (absolute as NSString).deletingLastPathComponent
            return canonical(target.hasPrefix("/") ? target : folder + "/" + target, depth: depth + 1)
        }
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard folder != absolute, !folder.isEmpty else { return absolute }
        let resolvedFolder = canonical(folder, depth: depth + 1)
        switch name {
        case ".", "": return resolvedFolder
        case "..": return (resolvedFolder as NSString).deletingLastPathComponent
        default: return resolvedFolder == "/" ? "/" + name : resolvedFolder + "/" + name
        }
    }
}

/// A file's device and inode: the same for every name (hard link) of one file.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path` (following symbolic links), or nil when there is none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of the open file `descriptor`, or nil.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
