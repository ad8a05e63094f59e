import Foundation

/// The rules for an attachment's file name: a name is kept, and written out on extract, as one
/// plain file name that stays inside the folder it is written to, on Linux, macOS and Windows.
public enum AttachmentName {
    /// The longest name kept, in UTF-8 bytes (what file systems allow for one name).
    public static let maximumBytes = 255

    /// Windows' reserved device names, which name a device whatever the extension (`con.txt`).
    static let deviceNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"]
            + (0...9).map { "COM\($0)" } + (0...9).map { "LPT\($0)" })

    /// The safe form of `name`, or nil when nothing usable is left.
    ///
    /// Only the last part of a path is kept (after the last `/` or `\`); control characters (NUL
    /// included) and the characters Windows refuses in a name (`<>:"|?*`) become `_`; spaces
    /// around it and dots and spaces at its end go; a Windows device name (`CON`, `nul.txt`,
    /// `COM1`) gets a `_` before it, and so does a hidden name (`.env`), which the Markdown import
    /// would skip. Empty, `.` and `..` are nil, and so is a name longer than
    /// ``maximumBytes``. Cleaning a clean name changes nothing.
    public static func clean(_ name: String) -> String? {
        let base =
            name.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "\\" }).last
            .map(String.init) ?? ""
        var scalars = String.UnicodeScalarView()
        for scalar in base.precomposedStringWithCanonicalMapping.unicodeScalars {
            let control = scalar.properties.generalCategory == .control || scalar.value == 0x7F
            scalars.append(control || "<>:\"|?*".unicodeScalars.contains(scalar) ? "_" : scalar)
        }
        var text = String(scalars).trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        guard !text.isEmpty, text != ".", text != ".." else { return nil }
        // A hidden name (`.env`) would be skipped by the Markdown import, as every hidden file is.
        if text.hasPrefix(".") { text = "_" + text }
        let stem = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        if deviceNames.contains(stem.trimmingCharacters(in: .whitespaces).uppercased()) { text = "_" + text }
        guard text.utf8.count <= maximumBytes else { return nil }
        return text
    }

    /// The media type of a file named `name`, from its extension; `application/octet-stream`
    /// when it has none or one not in the table.
    public static func mediaType(of name: String) -> String {
        mediaTypes[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }

    /// Common extensions and their media types.
    static let mediaTypes: [String: String] = [
        "pdf": "application/pdf", "txt": "text/plain", "md": "text/markdown", "csv": "text/csv",
        "html": "text/html", "htm": "text/html", "json": "application/json", "xml": "application/xml",
        "rtf": "application/rtf", "zip": "application/zip", "eml": "message/rfc822",
        "doc": "application/msword", "xls": "application/vnd.ms-excel", "ppt": "application/vnd.ms-powerpoint",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "svg": "image/svg+xml", "tif": "image/tiff", "tiff": "image/tiff", "heic": "image/heic",
        "mp3": "audio/mpeg", "m4a": "audio/mp4", "wav": "audio/wav", "mp4": "video/mp4", "mov": "video/quicktime",
    ]
}
