import Foundation
import KennisbankText
import Yams

/// An entry as a Markdown note: YAML front matter with its fields between two `---` lines,
/// and the body below it — the way people write notes, and what `kb export --format markdown`
/// writes one file per entry.
///
/// ```
/// ---
/// uuid: 2a5ef4c4-3c5a-4f4b-81c1-3154a3c405fe
/// kind: obstacle
/// title: Wantrouwen van inwoners richting de gemeente
/// municipality: Voorbeeldstad
/// topics: [Vertrouwen]
/// date: 2015-05-21
/// source: Bijeenkomst netwerk Gemeenten, voorzieningen en vastgoed, 21 mei 2015
/// status: open
/// ---
///
/// Inwoners reageren vaak argwanend …
/// ```
///
/// The front matter takes the fields of the JSON output; without `title`, a first line
/// `# Heading` of the body is the title. A file with `kind: municipality` declares a municipality
/// (`name`, `code`, `province`, `attribution`).
enum MarkdownEntryFile {
    // MARK: Reading

    /// The record in the Markdown file whose bytes are `bytes`.
    static func record(_ bytes: [UInt8], at location: RecordLocation) throws -> ImportRecord {
        try note(bytes, at: location, defaults: nil, fileTitle: nil).record
    }

    /// A note read: its record, whether it had `aliases` (left out), and the notes it links to.
    struct Note {
        /// The entry or municipality the note holds.
        var record: ImportRecord
        /// True when the front matter had aliases, which were left out.
        var hadAliases: Bool
        /// The targets of its `[[wikilinks]]`, as written.
        var wikilinks: [String]
    }

    /// The note in the Markdown file whose bytes are `bytes`, with what ``NoteDefaults`` give it;
    /// `fileTitle` (the file's name without extension) is its title when it has no other.
    static func note(_ bytes: [UInt8], at location: RecordLocation, defaults: NoteDefaults?, fileTitle: String?)
        throws -> Note
    {
        guard bytes.count <= ImportLimits.markdownFileBytes else {
            throw location.failure(.fileTooLarge(limit: ImportLimits.markdownFileBytes))
        }
        guard var text = ByteInput.text(bytes) else {
            throw location.failure(.notUTF8(.markdown))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n", options: .literal)
                .replacingOccurrences(of: "\r", with: "\n", options: .literal)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fields: [String: FieldValue] = [:]
        var body: String
        if let first = lines.first, isDelimiter(first, closing: false) {
            guard let end = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], closing: true) }) else {
                throw location.failure(.frontMatterNotClosed)
            }
            let frontMatter = lines[1..<end].joined(separator: "\n")
            body = lines[(end + 1)...].joined(separator: "\n")
            fields = try self.fields(frontMatter, at: location)
        } else {
            // A note without front matter is all body: its kind (at least) comes from the defaults.
            guard defaults?.kind != nil else { throw location.failure(.noFrontMatter) }
            body = text
        }
        let (noteFields, hadAliases) = MarkdownNote.fields(fields, defaults: defaults)
        fields = noteFields
        if fields["title"] == nil || fields["title"] == .null {
            if let (title, rest) = heading(of: body) {
                fields["title"] = .text(title)
                body = rest
            } else if let fileTitle, !fileTitle.allSatisfy(\.isWhitespace), !Self.declaresMunicipality(fields) {
                fields["title"] = .text(fileTitle)
            }
        }
        if fields["body"] != nil {
            throw location.failure(.bodyInFrontMatter, field: .body)
        }
        if !body.allSatisfy(\.isWhitespace) {
            fields["body"] = .text(body)
        }
        return Note(
            record: try ImportRecord(fields: fields, location: location), hadAliases: hadAliases,
            wikilinks: MarkdownNote.wikilinks(in: body))
    }

    /// True when the fields are a municipality's (`kind: municipality`), which has a name, not a title.
    private static func declaresMunicipality(_ fields: [String: FieldValue]) -> Bool {
        guard case .text(let kind) = fields["kind"] else { return false }
        return ["municipality", "gemeente"].contains(TextFolding.lookupKey(kind))
    }

    /// The fields of the front matter, parsed by Yams.
    static func fields(_ frontMatter: String, at location: RecordLocation) throws -> [String: FieldValue] {
        guard frontMatter.utf8.count <= ImportLimits.frontMatterBytes else {
            throw location.failure(.frontMatterTooLarge(limit: ImportLimits.frontMatterBytes))
        }
        if let (line, problem) = FrontMatterGuard.problem(in: frontMatter) {
            throw RecordLocation(source: location.source, line: line + 1).failure(.frontMatter(problem))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: frontMatter)
        } catch let error as YamlError {
            let (line, problem) = describe(error)
            let place = RecordLocation(source: location.source, line: line.map { $0 + 1 })
            throw place.failure(.invalidYAML(problem))
        } catch {
            throw location.failure(.unreadableYAML)
        }
        guard let root else { return [:] }
        guard case .mapping(let mapping) = root else {
            throw location.failure(.frontMatterNotFields)
        }
        let source = YAMLScalarText(source: frontMatter)
        var fields: [String: FieldValue] = [:]
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key else {
                throw location.failure(.fieldNameNotWord)
            }
            fields[FieldValue.key(keyScalar.string)] = fieldValue(value, source)
        }
        return fields
    }

    private static func fieldValue(_ node: Node, _ source: YAMLScalarText) -> FieldValue {
        switch node {
        case .scalar(let scalar):
            return node.null != nil ? .null : .text(source.text(of: scalar))
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, item.null == nil else { return .other(.nestedList) }
                items.append(source.text(of: scalar))
            }
            return .list(items)
        case .mapping:
            return .other(.fieldGroup)
        case .alias:
            return .other(.alias)
        }
    }

    /// `---` opens front matter; `---` or `...` closes it (trailing spaces allowed).
    private static func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed == "---" || (closing && trimmed == "...")
    }

    /// The text of a first `# Heading` of `body` and the body without it.
    private static func heading(of body: String) -> (String, String)? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
            lines[index].hasPrefix("# ")
        else { return nil }
        let title = lines[index].dropFirst(2).trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return nil }
        lines.removeSubrange(...index)
        return (title, lines.joined(separator: "\n"))
    }

    /// The line (within the YAML) and the problem Yams reports.
    private static func describe(_ error: YamlError) -> (Int?, KennisbankError.YAMLProblem) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, .parser(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, .duplicateFields(duplicates))
        case .reader(let problem, _, _, _):
            return (nil, .parser(problem))
        default:
            return (nil, .unreadable)
        }
    }

    // MARK: Writing

    /// The Markdown note for `entry`: every field in the front matter, the body below it.
    static func render(_ entry: Entry) throws -> String {
        var pairs: [(Node, Node)] = [
            ("uuid", plain(entry.uuid.uuidString.lowercased())),
            ("kind", plain(entry.kind.rawValue)),
            ("title", text(entry.title)),
            ("municipality", entry.municipality.map(text) ?? null),
        ]
        if let code = entry.municipalityCode { pairs.append(("municipality_code", plain(code))) }
        pairs.append(("topics", list(entry.topics.map(text))))
        pairs.append(("date", entry.date.map { plain($0.description) } ?? null))
        pairs.append(("source", entry.source.map(text) ?? null))
        if let status = entry.status { pairs.append(("status", plain(status.rawValue))) }
        if entry.kind != .obstacle {
            pairs.append(("addresses", list(entry.addresses.map { plain($0.uuidString.lowercased()) })))
        }
        if !entry.contacts.isEmpty {
            pairs.append(("contacts", list(entry.contacts.map { text($0.qualifiedName) })))
        }
        pairs.append(("created_at", plain(Timestamp.string(entry.createdAt))))
        pairs.append(("updated_at", plain(Timestamp.string(entry.updatedAt))))
        let body = entry.body.isEmpty ? "" : "\n" + entry.body + "\n"
        return try "---\n" + yaml(Node(pairs)) + "---\n" + body
    }

    /// The Markdown file that declares `municipality`, so that it travels with the entries.
    static func render(_ municipality: Municipality) throws -> String {
        let pairs: [(Node, Node)] = [
            ("kind", plain("municipality")),
            ("name", text(municipality.name)),
            ("code", municipality.code.map(plain) ?? null),
            ("province", municipality.province.map { text($0.rawValue) } ?? null),
            ("attribution", municipality.attribution.map(text) ?? null),
        ]
        return try "---\n" + yaml(Node(pairs)) + "---\n"
    }

    /// `0012-obstacle-wantrouwen-van-inwoners.md`: id (zero-padded to `width` digits), kind and the
    /// title's first words, so that the files sort (and import back) in id order when `width` is
    /// that of the largest id.
    static func fileName(for entry: Entry, width: Int = 4) -> String {
        let number = entry.id.description
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        let slug = self.slug(entry.title)
        return "\(padded)-\(entry.kind.rawValue)\(slug.isEmpty ? "" : "-" + slug).md"
    }

    /// `municipality-voorbeeldstad.md`, or with the id, `municipality-voorbeeldstad--344.md`: a
    /// ``slug(_:)`` never holds `--`, so the names with an id never equal one without.
    static func fileName(for municipality: Municipality, slug: String, withID: Bool) -> String {
        withID ? "municipality-\(slug)--\(municipality.id).md" : "municipality-\(slug).md"
    }

    /// Lower-case ASCII letters and digits joined by `-`, at most about 60 characters.
    static func slug(_ text: String) -> String {
        var words: [String] = []
        var length = 0
        for word in TextFolding.fold(text).split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            guard length + word.count <= 60 else { break }
            words.append(String(word))
            length += word.count + 1
        }
        return words.joined(separator: "-")
    }

    private static var null: Node { Node("null", Tag(.null), .plain) }

    /// A value written plain (codes, dates, times, UUIDs): YAML readers may type them, which is what they are.
    private static func plain(_ value: String) -> Node {
        Node(value, .implicit, .plain)
    }

    /// Text, quoted when YAML would read it as something else (`null`, `2015`, `yes`).
    private static func text(_ value: String) -> Node {
        .scalar(value.represented())
    }

    private static func list(_ items: [Node]) -> Node {
        Node(items, .implicit, .flow)
    }

    private static func yaml(_ node: Node) throws -> String {
        try Yams.serialize(node: node, width: -1, allowUnicode: true)
    }
}
