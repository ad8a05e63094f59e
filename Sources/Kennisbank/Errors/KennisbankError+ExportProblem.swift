extension KennisbankError {
    /// Why an export cannot be written; in every case nothing was written.
    public enum ExportProblem: Equatable, Sendable, Codable {
        /// `path` is the knowledge base's own database (at `database`) or a file SQLite keeps beside it.
        case ownDatabase(path: String, database: String?)
        /// Standard output is the knowledge base's own database (at `database`).
        case outputIsOwnDatabase(database: String?)
        /// `path` is another SQLite database, which an export never replaces.
        case sqliteDatabase(path: String)
        /// `path` is the `suffix` file (`-wal`, `-shm`, `-journal`) of the SQLite database `database`.
        case sqliteCompanion(path: String, database: String, suffix: String)
        /// Markdown was asked for without a folder to write its notes into.
        case markdownNeedsFolder
        /// A folder was given for a format other than Markdown.
        case folderOnlyForMarkdown(ExchangeFormat)
        /// The file to write, `path`, is a folder.
        case targetIsFolder(path: String, format: ExchangeFormat)
        /// The file `path` cannot be created (its folder is missing or read-only).
        case cannotCreateFile(path: String)
        /// The complete export could not be moved over `path`.
        case cannotReplace(path: String)
        /// The Markdown folder `folder` is a file.
        case markdownTargetIsFile(folder: String)
        /// The Markdown folder `folder` holds files already.
        case folderNotEmpty(folder: String)
        /// The folder `folder` (above the export's folder) cannot be created.
        case cannotCreateFolder(folder: String, reason: SystemReason)
        /// Nothing can be written into the Markdown folder `folder`.
        case cannotWriteFolder(folder: String, reason: SystemReason)
        /// Another program created `folder` while the export was written.
        case folderCreatedMeanwhile(folder: String)
        /// The finished notes could not be moved to `folder`.
        case cannotMoveFolder(folder: String, reason: SystemReason)
        /// Another program wrote a note named `note` into `folder` while the export was written.
        case noteWrittenMeanwhile(folder: String, note: String)
        /// The note `note` could not be moved into `folder`.
        case cannotMoveNote(folder: String, note: String, reason: SystemReason)
        /// The note `note` for `folder` could not be written.
        case cannotWriteNote(folder: String, note: String, reason: SystemReason)
        /// The export could not be written to `path` (nil: standard output).
        case cannotWrite(path: String?, reason: SystemReason)
        /// A zip would hold `count` notes, more than the `limit` an import reads from a zip.
        case tooManyNotesForZip(count: Int, limit: Int)
        /// A zip would hold `notes` notes and `attachments` attached files, more files together
        /// than the `limit` an import reads from a zip.
        case tooManyFilesForZip(notes: Int, attachments: Int, limit: Int)
        /// A zip's attached files would unpack to `bytes` bytes, more than the `limit` an import
        /// reads from a zip.
        case attachmentsTooLargeForZip(bytes: Int, limit: Int)
        /// An export made in memory (the web site's download) would be `bytes` bytes or more,
        /// more than its `limit`.
        case tooLargeToDownload(bytes: Int, limit: Int)

        /// The stable machine name of each case.
        public enum Code: String, CaseIterable, Codable, Sendable {
            /// The code of ``KennisbankError/ExportProblem/ownDatabase(path:database:)``.
            case ownDatabase = "own_database"
            /// The code of ``KennisbankError/ExportProblem/outputIsOwnDatabase(database:)``.
            case outputIsOwnDatabase = "output_is_own_database"
            /// The code of ``KennisbankError/ExportProblem/sqliteDatabase(path:)``.
            case sqliteDatabase = "sqlite_database"
            /// The code of ``KennisbankError/ExportProblem/sqliteCompanion(path:database:suffix:)``.
            case sqliteCompanion = "sqlite_companion"
            /// The code of ``KennisbankError/ExportProblem/markdownNeedsFolder``.
            case markdownNeedsFolder = "markdown_needs_folder"
            /// The code of ``KennisbankError/ExportProblem/folderOnlyForMarkdown(_:)``.
            case folderOnlyForMarkdown = "folder_only_for_markdown"
            /// The code of ``KennisbankError/ExportProblem/targetIsFolder(path:format:)``.
            case targetIsFolder = "target_is_folder"
            /// The code of ``KennisbankError/ExportProblem/cannotCreateFile(path:)``.
            case cannotCreateFile = "cannot_create_file"
            /// The code of ``KennisbankError/ExportProblem/cannotReplace(path:)``.
            case cannotReplace = "cannot_replace"
            /// The code of ``KennisbankError/ExportProblem/markdownTargetIsFile(folder:)``.
            case markdownTargetIsFile = "markdown_target_is_file"
            /// The code of ``KennisbankError/ExportProblem/folderNotEmpty(folder:)``.
            case folderNotEmpty = "folder_not_empty"
            /// The code of ``KennisbankError/ExportProblem/cannotCreateFolder(folder:reason:)``.
            case cannotCreateFolder = "cannot_create_folder"
            /// The code of ``KennisbankError/ExportProblem/cannotWriteFolder(folder:reason:)``.
            case cannotWriteFolder = "cannot_write_folder"
            /// The code of ``KennisbankError/ExportProblem/folderCreatedMeanwhile(folder:)``.
            case folderCreatedMeanwhile = "folder_created_meanwhile"
            /// The code of ``KennisbankError/ExportProblem/cannotMoveFolder(folder:reason:)``.
            case cannotMoveFolder = "cannot_move_folder"
            /// The code of ``KennisbankError/ExportProblem/noteWrittenMeanwhile(folder:note:)``.
            case noteWrittenMeanwhile = "note_written_meanwhile"
            /// The code of ``KennisbankError/ExportProblem/cannotMoveNote(folder:note:reason:)``.
            case cannotMoveNote = "cannot_move_note"
            /// The code of ``KennisbankError/ExportProblem/cannotWriteNote(folder:note:reason:)``.
            case cannotWriteNote = "cannot_write_note"
            /// The code of ``KennisbankError/ExportProblem/cannotWrite(path:reason:)``.
            case cannotWrite = "cannot_write"
            /// The code of ``KennisbankError/ExportProblem/tooManyNotesForZip(count:limit:)``.
            case tooManyNotesForZip = "too_many_notes_for_zip"
            /// The code of ``KennisbankError/ExportProblem/tooManyFilesForZip(notes:attachments:limit:)``.
            case tooManyFilesForZip = "too_many_files_for_zip"
            /// The code of ``KennisbankError/ExportProblem/attachmentsTooLargeForZip(bytes:limit:)``.
            case attachmentsTooLargeForZip = "attachments_too_large_for_zip"
            /// The code of ``KennisbankError/ExportProblem/tooLargeToDownload(bytes:limit:)``.
            case tooLargeToDownload = "too_large_to_download"
        }

        /// The stable machine name of this case.
        public var code: Code {
            switch self {
            case .ownDatabase: .ownDatabase
            case .outputIsOwnDatabase: .outputIsOwnDatabase
            case .sqliteDatabase: .sqliteDatabase
            case .sqliteCompanion: .sqliteCompanion
            case .markdownNeedsFolder: .markdownNeedsFolder
            case .folderOnlyForMarkdown: .folderOnlyForMarkdown
            case .targetIsFolder: .targetIsFolder
            case .cannotCreateFile: .cannotCreateFile
            case .cannotReplace: .cannotReplace
            case .markdownTargetIsFile: .markdownTargetIsFile
            case .folderNotEmpty: .folderNotEmpty
            case .cannotCreateFolder: .cannotCreateFolder
            case .cannotWriteFolder: .cannotWriteFolder
            case .folderCreatedMeanwhile: .folderCreatedMeanwhile
            case .cannotMoveFolder: .cannotMoveFolder
            case .noteWrittenMeanwhile: .noteWrittenMeanwhile
            case .cannotMoveNote: .cannotMoveNote
            case .cannotWriteNote: .cannotWriteNote
            case .cannotWrite: .cannotWrite
            case .tooManyNotesForZip: .tooManyNotesForZip
            case .tooManyFilesForZip: .tooManyFilesForZip
            case .attachmentsTooLargeForZip: .attachmentsTooLargeForZip
            case .tooLargeToDownload: .tooLargeToDownload
            }
        }
    }
}
