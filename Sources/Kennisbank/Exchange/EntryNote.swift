import Foundation
import Yams

/// An entry as a person edits it in a text editor (`kb add … --editor`, `kb edit REF --editor`):
/// a Markdown note with YAML front matter (kind, title, municipality, topics, source, date,
/// status) and the body below it, read back with the same reader as a Markdown import
/// (`MarkdownEntryFile`). Names are text still to be resolved, as in an import.
public struct EntryNote: Sendable, Equatable {
    /// The kind.
    public var kind: EntryKind
    /// The title.
    public var title: String
    /// The body, in Markdown.
    public var body: String
    /// The municipality as written, or nil for the whole network.
    public var municipality: String?
    /// The topic labels.
    public var topics: [String]
    /// Where the knowledge comes from.
    public var source: String?
    /// The date as written.
    public var date: String?
    /// An obstacle's status.
    public var status: ObstacleStatus?

    /// A note with these fields.
    public init(
        kind: EntryKind, title: String = "", body: String = "", municipality: String? = nil, topics: [String] = [],
        source: String? = nil, date: String? = nil, status: ObstacleStatus? = nil
    ) {
        self.kind = kind
        self.title = title
        self.body = body
        self.municipality = municipality
        self.topics = topics
        self.source = source
        self.date = date
        self.status = status
    }

    /// The note for a stored entry, to change it.
    public init(_ entry: Entry) {
        self.init(
            kind: entry.kind, title: entry.title, body: entry.body, municipality: entry.municipality,
            topics: entry.topics, source: entry.source, date: entry.date?.description, status: entry.status)
    }

    /// Reads the note `text` (named `name` in errors) as a Markdown import reads a note; an error
    /// names the field, like an import's.
    public init(parsing text: String, name: String) throws {
        let record = try MarkdownEntryFile.record(Array(text.utf8), at: RecordLocation(source: name, line: nil))
        guard case .entry(let entry) = record.content else {
            throw KennisbankError.cannotImport(source: name, problem: .unknownFormat)
        }
        self.init(
            kind: entry.kind, title: entry.title, body: entry.body, municipality: entry.municipality,
            topics: entry.topics, source: entry.source, date: entry.date, status: entry.status)
    }

    /// The note as text: `comment` lines (each made a YAML comment) at the top of the front
    /// matter, the fields, and the body below.
    public func rendered(comment: [String] = []) throws -> String {
        func text(_ value: String?) -> Node {
            guard let value else { return Node("null", Tag(.null), .plain) }
            return .scalar(value.represented())
        }
        var pairs: [(Node, Node)] = [
            ("kind", Node(kind.rawValue, .implicit, .plain)),
            ("title", text(title)),
            ("municipality", text(municipality)),
            ("topics", Node(topics.map { text($0) }, .implicit, .flow)),
            ("source", text(source)),
            ("date", date.map { Node($0, .implicit, .plain) } ?? text(nil)),
        ]
        if kind == .obstacle { pairs.append(("status", Node((status ?? .open).rawValue, .implicit, .plain))) }
        let yaml = try Yams.serialize(node: Node(pairs), width: -1, allowUnicode: true)
        let comments = comment.map { "# " + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        return "---\n" + comments + yaml + "---\n\n" + body + (body.hasSuffix("\n") || body.isEmpty ? "" : "\n")
    }
}
