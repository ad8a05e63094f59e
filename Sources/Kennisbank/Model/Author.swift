/// Who made a change: a login name, a name given with `--author`, or a web account.
///
/// The library records it with every version of an entry (see ``Revision``); a front end decides
/// who the author is (the command line from `--author`, `KENNISBANK_AUTHOR` or the login name).
public struct Author: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The name as recorded: trimmed, on one line, at most ``maximumLength`` characters.
    public let name: String

    /// The longest name kept; a longer one is cut.
    public static let maximumLength = 200

    /// An author named `name`, or nil when the name is empty once trimmed and made one line.
    public init?(_ name: String) {
        let oneLine = name.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        let trimmed = oneLine.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        self.name = String(trimmed.prefix(Self.maximumLength))
    }

    /// The name.
    public var description: String { name }
}
