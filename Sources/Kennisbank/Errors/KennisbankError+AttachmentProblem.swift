extension KennisbankError {
    /// What is wrong with attaching, listing, extracting or detaching a file
    /// (``KennisbankError/attachment(_:)``); nothing was changed or written.
    public enum AttachmentProblem: Equatable, Sendable, Codable {
        /// The file is larger than `limit` bytes (``Attachment/maximumSize``).
        case tooLarge(name: String, size: Int, limit: Int)
        /// A name that leaves no usable file name (empty, `.`, `..`, too long).
        case invalidName(String)
        /// The entry already holds an attached file of this name (or the files given share one).
        case nameTaken(String)
        /// The entry holds no attached file of this name; `names` are those it holds.
        case unknownAttachment(String, names: [String])
        /// The entry holds no detached file of this name to bring back.
        case notDetached(String)
        /// The file to attach does not exist or is not a regular file.
        case notAFile(path: String)
        /// The file to attach cannot be read.
        case unreadable(path: String)
        /// Extracting would write over a file that exists: nothing was written.
        case fileExists(path: String)
        /// The folder to extract into does not exist or is not a folder.
        case notAFolder(path: String)
        /// A file cannot be written in the folder to extract into.
        case cannotWrite(path: String)
        /// An import record's `attachments` that is not a list of `{"name", "type", "size", "sha256"}`
        /// objects (with `"content"` in base64); `name` is the attachment's, when it has one.
        case malformed(name: String?)
        /// An embedded attachment whose bytes do not have the size or SHA-256 its record names.
        case checksumMismatch(name: String)
    }
}
