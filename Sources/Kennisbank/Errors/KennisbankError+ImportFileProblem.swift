extension KennisbankError {
    /// Why an import source cannot be read as a whole (before any of its records).
    public enum ImportFileProblem: Equatable, Sendable, Codable {
        /// There is no file at the path.
        case noSuchFile
        /// There is no file or folder at the path (Markdown, which also reads folders).
        case noSuchFileOrFolder
        /// The path is a folder, but the format is not Markdown.
        case isFolder
        /// The file cannot be read (permissions).
        case unreadable
        /// The folder cannot be read (permissions).
        case folderUnreadable
        /// The folder holds no Markdown (`.md`) files.
        case noMarkdownFiles
        /// Reading failed part way.
        case readFailed(SystemReason)
        /// The file's name does not say its format, and none was given.
        case unknownFormat
        /// The file is not an Excel workbook (.xlsx) that can be read.
        case notAWorkbook
        /// The file is not a zip that can be read, or it is damaged (a note unpacks to other bytes than it says).
        case notAZip
        /// The zip holds more than `limit` entries.
        case tooManyZipEntries(limit: Int)
        /// The zip's notes would unpack to more than `limit` bytes.
        case zipTooLarge(limit: Int)
        /// An entry of the zip is named with an absolute path or climbs out of it with `..`.
        case unsafeZipEntryName(String)
        /// The zip holds no Markdown (`.md`) files.
        case noMarkdownFilesInZip
        /// The import would need about `needed` bytes of free disk beside the knowledge base (its file
        /// grows, and the write-ahead log of the one transaction holds every page until the end), and
        /// `folder` has `available`.
        case notEnoughSpace(needed: Int64, available: Int64, folder: String)

        /// The stable machine name of each case.
        public enum Code: String, CaseIterable, Codable, Sendable {
            /// The code of ``KennisbankError/ImportFileProblem/noSuchFile``.
            case noSuchFile = "no_such_file"
            /// The code of ``KennisbankError/ImportFileProblem/noSuchFileOrFolder``.
            case noSuchFileOrFolder = "no_such_file_or_folder"
            /// The code of ``KennisbankError/ImportFileProblem/isFolder``.
            case isFolder = "is_folder"
            /// The code of ``KennisbankError/ImportFileProblem/unreadable``.
            case unreadable
            /// The code of ``KennisbankError/ImportFileProblem/folderUnreadable``.
            case folderUnreadable = "folder_unreadable"
            /// The code of ``KennisbankError/ImportFileProblem/noMarkdownFiles``.
            case noMarkdownFiles = "no_markdown_files"
            /// The code of ``KennisbankError/ImportFileProblem/readFailed(_:)``.
            case readFailed = "read_failed"
            /// The code of ``KennisbankError/ImportFileProblem/unknownFormat``.
            case unknownFormat = "unknown_format"
            /// The code of ``KennisbankError/ImportFileProblem/notAWorkbook``.
            case notAWorkbook = "not_a_workbook"
            /// The code of ``KennisbankError/ImportFileProblem/notAZip``.
            case notAZip = "not_a_zip"
            /// The code of ``KennisbankError/ImportFileProblem/tooManyZipEntries(limit:)``.
            case tooManyZipEntries = "too_many_zip_entries"
            /// The code of ``KennisbankError/ImportFileProblem/zipTooLarge(limit:)``.
            case zipTooLarge = "zip_too_large"
            /// The code of ``KennisbankError/ImportFileProblem/unsafeZipEntryName(_:)``.
            case unsafeZipEntryName = "unsafe_zip_entry_name"
            /// The code of ``KennisbankError/ImportFileProblem/noMarkdownFilesInZip``.
            case noMarkdownFilesInZip = "no_markdown_files_in_zip"
            /// The code of ``KennisbankError/ImportFileProblem/notEnoughSpace(needed:available:folder:)``.
            case notEnoughSpace = "not_enough_space"
        }

        /// The stable machine name of this case.
        public var code: Code {
            switch self {
            case .noSuchFile: .noSuchFile
            case .noSuchFileOrFolder: .noSuchFileOrFolder
            case .isFolder: .isFolder
            case .unreadable: .unreadable
            case .folderUnreadable: .folderUnreadable
            case .noMarkdownFiles: .noMarkdownFiles
            case .readFailed: .readFailed
            case .unknownFormat: .unknownFormat
            case .notAWorkbook: .notAWorkbook
            case .notAZip: .notAZip
            case .tooManyZipEntries: .tooManyZipEntries
            case .zipTooLarge: .zipTooLarge
            case .unsafeZipEntryName: .unsafeZipEntryName
            case .noMarkdownFilesInZip: .noMarkdownFilesInZip
            case .notEnoughSpace: .notEnoughSpace
            }
        }
    }

    /// Why a CBS municipality list cannot be loaded; `row` counts the header as row 1.
    public enum MunicipalityListProblem: Equatable, Sendable, Codable {
        /// The path is not a file.
        case notAFile
        /// The file is larger than `limit` bytes.
        case tooLarge(limit: Int)
        /// The file cannot be read (permissions).
        case unreadable
        /// The file is not UTF-8 text.
        case notUTF8
        /// The text is not CSV with a header row.
        case notCSV
        /// The CSV reader stopped; `detail` is its description.
        case invalidCSV(detail: String)
        /// The header lacks a column the list needs (`GemeentecodeGM`, `Gemeentenaam`, `Provincienaam`).
        case missingColumn(String)
        /// The list holds no municipalities.
        case empty
        /// The code in `row` is not a CBS code.
        case notACode(row: Int, code: String)
        /// The name in `row` is empty.
        case emptyName(row: Int)
        /// The code in `row` appeared in an earlier row.
        case duplicateCode(row: Int, code: String)
        /// A value in `row` breaks a rule of the knowledge base.
        indirect case invalidRow(row: Int, KennisbankError)

        /// The stable machine name of each case.
        public enum Code: String, CaseIterable, Codable, Sendable {
            /// The code of ``KennisbankError/MunicipalityListProblem/notAFile``.
            case notAFile = "not_a_file"
            /// The code of ``KennisbankError/MunicipalityListProblem/tooLarge(limit:)``.
            case tooLarge = "too_large"
            /// The code of ``KennisbankError/MunicipalityListProblem/unreadable``.
            case unreadable
            /// The code of ``KennisbankError/MunicipalityListProblem/notUTF8``.
            case notUTF8 = "not_utf8"
            /// The code of ``KennisbankError/MunicipalityListProblem/notCSV``.
            case notCSV = "not_csv"
            /// The code of ``KennisbankError/MunicipalityListProblem/invalidCSV(detail:)``.
            case invalidCSV = "invalid_csv"
            /// The code of ``KennisbankError/MunicipalityListProblem/missingColumn(_:)``.
            case missingColumn = "missing_column"
            /// The code of ``KennisbankError/MunicipalityListProblem/empty``.
            case empty
            /// The code of ``KennisbankError/MunicipalityListProblem/notACode(row:code:)``.
            case notACode = "not_a_code"
            /// The code of ``KennisbankError/MunicipalityListProblem/emptyName(row:)``.
            case emptyName = "empty_name"
            /// The code of ``KennisbankError/MunicipalityListProblem/duplicateCode(row:code:)``.
            case duplicateCode = "duplicate_code"
            /// The code of ``KennisbankError/MunicipalityListProblem/invalidRow(row:_:)``.
            case invalidRow = "invalid_row"
        }

        /// The stable machine name of this case.
        public var code: Code {
            switch self {
            case .notAFile: .notAFile
            case .tooLarge: .tooLarge
            case .unreadable: .unreadable
            case .notUTF8: .notUTF8
            case .notCSV: .notCSV
            case .invalidCSV: .invalidCSV
            case .missingColumn: .missingColumn
            case .empty: .empty
            case .notACode: .notACode
            case .emptyName: .emptyName
            case .duplicateCode: .duplicateCode
            case .invalidRow: .invalidRow
            }
        }
    }
}
