extension KennisbankError {
    /// Why a database file cannot be opened or used.
    public enum OpenProblem: Equatable, Sendable, Codable {
        /// It is not a regular file but a device, a pipe, a socket….
        case notARegularFile(FileType)
        /// Its symbolic links form a loop.
        case linkLoop
        /// It is a symbolic link to a file that does not exist.
        case danglingLink
        /// It cannot be read (permissions).
        case unreadable
        /// The folder that should hold it (the path given) cannot be created.
        case folderCannotBeCreated(String)
        /// Another kb kept it busy for longer than a writer waits.
        case busy
        /// Another program keeps it locked.
        case locked
        /// The disk is full.
        case diskFull
        /// SQLite cannot open the file (path or permissions).
        case sqliteCannotOpen
        /// Another SQLite result code.
        case sqliteError(Int32)
        /// Its WAL file holds changes that can only be read where its folder can be written.
        case walNeedsWritableFolder
        /// The backup before migrating could not be written to this path; nothing was migrated.
        case backupFailed(String)
        /// An error of another layer, in its own description.
        case unexpected(String)

        /// The stable machine name of each case.
        public enum Code: String, CaseIterable, Codable, Sendable {
            /// The code of ``KennisbankError/OpenProblem/notARegularFile(_:)``.
            case notARegularFile = "not_a_regular_file"
            /// The code of ``KennisbankError/OpenProblem/linkLoop``.
            case linkLoop = "link_loop"
            /// The code of ``KennisbankError/OpenProblem/danglingLink``.
            case danglingLink = "dangling_link"
            /// The code of ``KennisbankError/OpenProblem/unreadable``.
            case unreadable
            /// The code of ``KennisbankError/OpenProblem/folderCannotBeCreated(_:)``.
            case folderCannotBeCreated = "folder_cannot_be_created"
            /// The code of ``KennisbankError/OpenProblem/busy``.
            case busy
            /// The code of ``KennisbankError/OpenProblem/locked``.
            case locked
            /// The code of ``KennisbankError/OpenProblem/diskFull``.
            case diskFull = "disk_full"
            /// The code of ``KennisbankError/OpenProblem/sqliteCannotOpen``.
            case sqliteCannotOpen = "sqlite_cannot_open"
            /// The code of ``KennisbankError/OpenProblem/sqliteError(_:)``.
            case sqliteError = "sqlite_error"
            /// The code of ``KennisbankError/OpenProblem/walNeedsWritableFolder``.
            case walNeedsWritableFolder = "wal_needs_writable_folder"
            /// The code of ``KennisbankError/OpenProblem/backupFailed(_:)``.
            case backupFailed = "backup_failed"
            /// The code of ``KennisbankError/OpenProblem/unexpected(_:)``.
            case unexpected
        }

        /// The stable machine name of this case.
        public var code: Code {
            switch self {
            case .notARegularFile: .notARegularFile
            case .linkLoop: .linkLoop
            case .danglingLink: .danglingLink
            case .unreadable: .unreadable
            case .folderCannotBeCreated: .folderCannotBeCreated
            case .busy: .busy
            case .locked: .locked
            case .diskFull: .diskFull
            case .sqliteCannotOpen: .sqliteCannotOpen
            case .sqliteError: .sqliteError
            case .walNeedsWritableFolder: .walNeedsWritableFolder
            case .backupFailed: .backupFailed
            case .unexpected: .unexpected
            }
        }
    }

    /// What a path that is not a regular file is.
    public enum FileType: String, CaseIterable, Codable, Sendable {
        /// A character device (`/dev/null`).
        case characterDevice = "character_device"
        /// A block device.
        case blockDevice = "block_device"
        /// A named pipe (FIFO).
        case namedPipe = "named_pipe"
        /// A socket.
        case socket
        /// Any other special file.
        case special
    }

    /// What showed that a database file is damaged.
    public enum Damage: String, CaseIterable, Codable, Sendable {
        /// SQLite's quick check finds damaged pages.
        case quickCheckFailed = "quick_check_failed"
        /// SQLite reports the file as malformed.
        case malformed
        /// The file is shorter than its header says: it was cut off.
        case truncated
    }

    /// Why the system refused a file operation: its error number (`ENOSPC`, `EFBIG`), or, when
    /// it gave none, its own description.
    public enum SystemReason: Equatable, Sendable, Codable {
        /// A POSIX error number.
        case errno(Int32)
        /// The description of an error that carries no error number.
        case described(String)
    }
}
