/// The help texts of a front end's commands, from the catalog.
///
/// The keys follow one scheme, so that every new command fits it without Swift strings:
/// - `help.<path>.abstract`: what a command does, in one line; `<path>` is the command's English
///   names below the root joined by `.` (`help.trash.restore.abstract`); the root is `kb`
///   (`help.kb.abstract`).
/// - `help.<path>.discussion`: more about the command (optional).
/// - `help.<path>.<name>`: what an argument means; `<name>` is the long option or flag name
///   without dashes (`help.history.revision`), or a positional argument's property name
///   (`help.restore.ref`). When a command has no text of its own for an argument, its parent
///   commands' are tried (`help.add.title` serves `add example` and `add tip`), then
///   `help.common.<name>` (options that many commands share, such as `db`).
/// - `help.value.<name>`: the word shown for a value, as in `--db <bestand>` (optional; the
///   name itself otherwise).
public struct HelpTexts: Sendable {
    /// The catalog the texts come from.
    public let catalog: Catalog

    /// The help texts of `catalog`.
    public init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    /// The key prefix of the command at `path` (English names below the root).
    public static func prefix(_ path: [String]) -> String {
        "help." + (path.isEmpty ? "kb" : path.joined(separator: "."))
    }

    /// The one-line description of the command at `path`, or nil when the catalog has none.
    public func abstract(_ path: [String]) -> String? {
        text(Self.prefix(path) + ".abstract")
    }

    /// The longer description of the command at `path`, or nil.
    public func discussion(_ path: [String]) -> String? {
        text(Self.prefix(path) + ".discussion")
    }

    /// The description of the argument `name` of the command at `path`: its own, else the
    /// nearest parent's, else the common one; nil when there is none.
    public func argument(_ name: String, of path: [String]) -> String? {
        for length in stride(from: path.count, through: 0, by: -1) {
            let prefix = length == 0 ? "help.kb" : Self.prefix(Array(path.prefix(length)))
            if let found = text(prefix + "." + name) { return found }
        }
        return text("help.common." + name)
    }

    /// The word for the value `name` (`db` → `bestand`), or `name` itself.
    public func value(_ name: String) -> String {
        text("help.value." + name) ?? name
    }

    private func text(_ key: String) -> String? {
        catalog.has(key) ? catalog.text(key) : nil
    }
}
