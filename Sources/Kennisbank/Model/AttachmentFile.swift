import Foundation

/// A file to attach: its name and its bytes, read from disk or from an import.
public struct AttachmentFile: Sendable, Hashable {
    /// The name as given; only its base name is kept (see ``AttachmentName/clean(_:)``).
    public var name: String
    /// The bytes.
    public var contents: Data

    /// A file named `name` holding `contents`.
    public init(name: String, contents: Data) {
        self.name = name
        self.contents = contents
    }

    /// The SHA-256 of `contents`, in lower-case hex.
    public static func sha256(_ contents: Data) -> String {
        AttachmentHash.hex(contents)
    }
}
