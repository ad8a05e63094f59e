/// What an import gives the Markdown notes that do not say it themselves — notes as people keep
/// them (Obsidian), often without front matter: their kind, their municipality, topics for all.
///
/// A note without front matter is read when `kind` is given: its title is its first `# Heading`,
/// else its file name; the whole text is its body. A note with front matter takes the kind and
/// municipality from here when it names none, and these topics besides its own.
public struct NoteDefaults: Sendable, Equatable {
    /// The kind of a note that names none.
    public var kind: EntryKind?
    /// The municipality (as a person types it) of a note that names none.
    public var municipality: String?
    /// Topics every note gets besides its own.
    public var topics: [String]

    /// Defaults for the notes of an import.
    public init(kind: EntryKind? = nil, municipality: String? = nil, topics: [String] = []) {
        self.kind = kind
        self.municipality = municipality
        self.topics = topics
    }
}
