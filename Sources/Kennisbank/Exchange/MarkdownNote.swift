import Foundation

/// What Obsidian-style notes hold besides the fields of an entry: `tags` (topics), `aliases`
/// (left out: an entry has no field for other names) and `[[wikilinks]]` to other notes.
///
/// ``MarkdownEntryFile`` reads a note's fields; this turns what notes as people keep them add
/// into those fields, and finds the notes a body links to.
enum MarkdownNote {
    /// The fields of a note after its tags are made topics and its aliases taken out; and
    /// whether it had aliases.
    static func fields(_ fields: [String: FieldValue], defaults: NoteDefaults?) -> ([String: FieldValue], Bool) {
        var fields = fields
        let hadAliases = fields.removeValue(forKey: "aliases") != nil || fields.removeValue(forKey: "alias") != nil
        var topics: [String] = []
        switch fields["topics"] {
        case .text(let text): topics.append(text)
        case .list(let items): topics += items
        default: break
        }
        if let tags = fields.removeValue(forKey: "tags") ?? fields.removeValue(forKey: "tag") {
            switch tags {
            case .text(let text): topics += tagList(text)
            case .list(let items): topics += items.flatMap(tagList)
            default: fields["tags"] = tags  // refused with the field's name, as any other wrong shape
            }
        }
        let kindText: String? = if case .text(let text) = fields["kind"] { text } else { nil }
        let isMunicipality = kindText.map { ["municipality", "gemeente"].contains($0.lowercased()) } ?? false
        if let defaults, !isMunicipality {
            if fields["kind"] == nil || fields["kind"] == .null, let kind = defaults.kind {
                fields["kind"] = .text(kind.rawValue)
            }
            if fields["municipality"] == nil || fields["municipality"] == .null,
                fields["municipality_code"] == nil, let municipality = defaults.municipality
            {
                fields["municipality"] = .text(municipality)
            }
            topics += defaults.topics
        }
        if !topics.isEmpty || fields["topics"] != nil {
            if case .other = fields["topics"] {} else { fields["topics"] = .list(topics) }
        }
        return (fields, hadAliases)
    }

    /// Obsidian tags in one text: separated by commas or spaces, each without its `#`; a nested
    /// tag (`vastgoed/buurthuis`) stays one topic, as written.
    static func tagList(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.hasPrefix("#") ? String($0.dropFirst()) : String($0) }
            .filter { !$0.isEmpty }
    }

    /// The notes `body` links to with `[[note]]`, `[[note|label]]` or `[[note#heading]]`, as
    /// written (without label or heading), in order, each once; embeds (`![[…]]`) are not links.
    static func wikilinks(in body: String) -> [String] {
        var links: [String] = []
        var rest = body[...]
        while let open = rest.range(of: "[[") {
            let isEmbed = open.lowerBound > body.startIndex && body[body.index(before: open.lowerBound)] == "!"
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard !isEmbed, !inner.contains("\n") else { continue }
            let target = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if !target.isEmpty, !links.contains(target) { links.append(target) }
        }
        return links
    }
}
