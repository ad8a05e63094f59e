import Foundation

/// Checks and normalises what a person gives before it is stored: Unicode NFC, no control
/// characters, sane lengths, real dates.
enum EntryValidation {
    /// The longest title accepted, in characters.
    static let titleLimit = EntryLimits.titleCharacters
    /// The longest body accepted, in characters.
    static let bodyLimit = EntryLimits.bodyCharacters

    /// One-line text: NFC, trimmed, not empty, no control characters, at most `limit` characters.
    static func text(_ value: String, field: KennisbankError.Field, limit: Int) throws -> String {
        let text = trimmed(normalized(value))
        guard !text.isEmpty else { throw KennisbankError.emptyField(field) }
        guard !text.unicodeScalars.contains(where: isControl) else {
            throw KennisbankError.invalidCharacters(field: field)
        }
        guard text.utf8.count <= limit || text.unicodeScalars.count <= limit else {
            throw KennisbankError.tooLong(field: field, limit: limit)
        }
        return text
    }

    /// Optional one-line text: blank becomes nil.
    static func optionalText(_ value: String?, field: KennisbankError.Field, limit: Int = 500) throws -> String? {
        guard let value, !trimmed(value).isEmpty else { return nil }
        return try text(value, field: field, limit: limit)
    }

    /// A title.
    static func title(_ value: String) throws -> String {
        try text(value, field: .title, limit: titleLimit)
    }

    /// A Markdown body: NFC, line breaks as `\n`, tabs allowed, no other control characters.
    static func body(_ value: String) throws -> String {
        guard value.utf8.count <= EntryLimits.bodyBytes else {
            throw KennisbankError.tooLong(field: .body, limit: bodyLimit)
        }
        var text = normalized(value)
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n", options: .literal)
                .replacingOccurrences(of: "\r", with: "\n", options: .literal)
        }
        text = trimmed(text)
        guard !text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else {
            throw KennisbankError.invalidCharacters(field: .body)
        }
        guard text.utf8.count <= bodyLimit || text.unicodeScalars.count <= bodyLimit else {
            throw KennisbankError.tooLong(field: .body, limit: bodyLimit)
        }
        return text
    }

    /// A topic label (NFC, single spaces) and its folded identity.
    static func topic(_ value: String) throws -> TopicLabel {
        let label = normalized(value).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !label.unicodeScalars.contains(where: isControl) else {
            throw KennisbankError.invalidCharacters(field: .topic)
        }
        guard label.count <= 100 else { throw KennisbankError.tooLong(field: .topic, limit: 100) }
        guard let key = Topic.key(for: label) else { throw KennisbankError.emptyTopic(value) }
        return TopicLabel(label: label, key: key)
    }

    /// Checks that `labels` name at most ``EntryLimits/topicsPerEntry`` topics (labels that fold
    /// alike count once); stops at the first one too many.
    static func topicCount(_ labels: [String]) throws {
        var keys: Set<String> = []
        for label in labels {
            keys.insert(try topic(label).key)
            if keys.count > EntryLimits.topicsPerEntry {
                throw KennisbankError.tooManyTopics(limit: EntryLimits.topicsPerEntry)
            }
        }
    }

    /// `value` in Unicode NFC. Text whose every scalar is NFC as it stands and combines with
    /// nothing (``isStableInNFC(_:)``) is returned as it is, without Foundation's normalization.
    static func normalized(_ value: String) -> String {
        if value.unicodeScalars.allSatisfy(isStableInNFC) { return value }
        return value.precomposedStringWithCanonicalMapping
    }

    /// True for scalars that NFC leaves alone in any context: below U+0300 (ASCII, Latin-1,
    /// Latin Extended-A and -B, IPA; no combining marks), the punctuation U+2010–U+2027
    /// (dashes, quotation marks, bullet, ellipsis) and the euro sign. A text of only these is in NFC.
    static func isStableInNFC(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x300 || (0x2010...0x2027).contains(value) || value == 0x20AC
    }

    /// `text` without leading and trailing white space and line breaks (the scalars of
    /// `CharacterSet.whitespacesAndNewlines`, as `trimmingCharacters(in:)` removes them), without
    /// a round trip through `NSString`.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespaceOrNewline($0) }),
            let last = scalars.lastIndex(where: { !isWhitespaceOrNewline($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E: false
        case 0x09...0x0D, 0x20: true
        default: CharacterSet.whitespacesAndNewlines.contains(scalar)
        }
    }

    /// Control characters (general category Cc: U+0000–U+001F, U+007F–U+009F), the line and
    /// paragraph separators U+2028 and U+2029, and the 66 noncharacters (U+FDD0–U+FDEF and the
    /// last two code points of each plane). Surrogates are never scalars. Computed from the
    /// value, without Unicode property lookups: it runs for every scalar of every text stored.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0x2028 { return false }
        return value == 0x2028 || value == 0x2029 || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }
}

extension EntryValidation {
    /// Topic labels validated, without labels that fold alike (the first spelling wins).
    static func topics(_ labels: [String]) throws -> [TopicLabel] {
        var topics: [TopicLabel] = []
        for label in labels {
            let topic = try topic(label)
            if !topics.contains(where: { $0.key == topic.key }) { topics.append(topic) }
            if topics.count > EntryLimits.topicsPerEntry {
                throw KennisbankError.tooManyTopics(limit: EntryLimits.topicsPerEntry)
            }
        }
        return topics
    }
}
