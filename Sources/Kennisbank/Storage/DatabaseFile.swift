import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A database path checked before SQLite touches it, so that a wrong path or a damaged file
/// gets a clear error and is never changed.
///
/// A symbolic link is followed to its target, the way SQLite follows it: the target's size
/// is checked, its WAL and journal are beside it, and so is the lock file of its writers.
/// Anything that is not a regular file (a device, a FIFO, a socket) is refused before
/// anything opens it: SQLite would hang on a FIFO and leave a journal beside a device.
struct DatabaseFile {
    /// What is at the path.
    enum State: Equatable {
        /// No file yet.
        case missing
        /// An empty file (a valid, empty SQLite database).
        case empty
        /// A file that starts like a SQLite database.
        case sqlite
    }

    /// The path as given (for errors).
    let path: String
    /// The file itself: `path`, or when `path` is a symbolic link, the file it points to.
    let target: String
    /// What is there.
    let state: State

    /// Inspects `path`: a folder, a special file, a link to nothing, a non-SQLite file, a file
    /// certainly cut off, or a missing parent folder is an error.
    init(_ path: String) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            var link = stat()
            if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                throw KennisbankError.cannotOpen(path: path, problem: error == ELOOP ? .linkLoop : .danglingLink)
            }
            let folder = (path as NSString).deletingLastPathComponent
            var folderIsDirectory: ObjCBool = false
            if !folder.isEmpty,
                !FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsDirectory)
                    || !folderIsDirectory.boolValue
            {
                throw KennisbankError.missingFolder(folder)
            }
            target = path
            state = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw KennisbankError.databaseIsDirectory(path)
        case let type: throw KennisbankError.cannotOpen(path: path, problem: .notARegularFile(Self.fileType(type)))
        }
        var link = stat()
        let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
        target = isLink ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        state = try Self.state(of: target, named: path)
    }

    /// Inspects `path` and returns what is there (see ``init(_:)``).
    static func inspect(_ path: String) throws -> State {
        try DatabaseFile(path).state
    }

    /// The folder that holds the file (and its WAL, journal and lock file).
    var folder: String {
        let folder = (target as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// True when the folder can be written: SQLite can create the WAL's files beside the file.
    var folderIsWritable: Bool {
        FileManager.default.isWritableFile(atPath: folder)
    }

    /// True when the file (or, for a missing file, its folder) can be written.
    var isWritable: Bool {
        folderIsWritable && (state == .missing || FileManager.default.isWritableFile(atPath: target))
    }

    /// The lock file beside the database where kb's writers queue (see ``WriteEntrance``).
    var lockPath: String {
        target + "-lock"
    }

    /// Where SQLite should open the file to only read it.
    ///
    /// A WAL database needs its shared-memory file beside it, even to be read; in a folder that
    /// cannot be written SQLite cannot create it. The file is then opened `immutable` — as it
    /// is on disk — which is exact as long as no WAL beside it holds changes (a WAL that does is
    /// left to SQLite, which reads it when its shared-memory file is there).
    var readOnlyLocation: String {
        guard !folderIsWritable, Self.size(of: target + "-wal") == 0, Self.supportsURIs else { return target }
        let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        let absolute = target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: safe) ?? absolute) + "?immutable=1"
    }

    /// True when this SQLite understands `file:` URIs (Debian's and Apple's do).
    private static let supportsURIs: Bool = {
        SQLiteLibrary.prepare()
        guard let queue = try? DatabaseQueue() else { return false }
        return (try? queue.read { try Bool.fetchOne($0, sql: "SELECT sqlite_compileoption_used('USE_URI')") }) == true
    }()

    /// The state of the regular file at `target`, from its first 100 bytes.
    private static func state(of target: String, named path: String) throws -> State {
        let descriptor = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw KennisbankError.cannotOpen(path: path, problem: .unreadable)
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        var count = 0
        while count < 100 {
            let read = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + count, 100 - count, off_t(count))
            }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            count += read
        }
        if count == 0 { return .empty }
        guard count == 100, bytes.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw KennisbankError.notADatabase(path)
        }
        // Bytes 16-17: page size (1 means 65536); 28-31: size in pages, valid when 92-95 equal 24-27.
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw KennisbankError.notADatabase(path) }
        let pageCount = bigEndian(28, 4)
        // Only certain damage is called damage. A WAL or a rollback journal beside the file may
        // hold pages the file does not have yet (a kb killed during a checkpoint or a commit
        // leaves the header ahead of the file): SQLite recovers from them, and judges for itself.
        let companions = size(of: target + "-wal") + size(of: target + "-journal")
        if bigEndian(92, 4) == bigEndian(24, 4), pageCount > 0, companions == 0 {
            var info = stat()
            if fstat(descriptor, &info) == 0, Int(info.st_size) < pageCount * pageSize {
                throw KennisbankError.damagedDatabase(path: path, damage: .truncated)
            }
        }
        return .sqlite
    }

    /// The size of the file at `path` (following links), 0 when there is none.
    private static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// What a file of `type` (from `st_mode`) is.
    private static func fileType(_ type: mode_t) -> KennisbankError.FileType {
        switch type {
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFIFO: .namedPipe
        case S_IFSOCK: .socket
        default: .special
        }
    }
}
