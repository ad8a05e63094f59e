import Foundation

/// Checks and normalises what a person gives before it is stored: Unicode NFC, no control
/// characters, sane lengths, real dates.
enum EntryValidation {
    /// The longest title accepted, in characters.
    static let titleLimit = 500
    /// The longest body accepted, in characters.
    static let bodyLimit = 1_000_000

    /// One-line text: NFC, trimmed, not empty, no control characters, at most `limit` characters.
    static func text(_ value: String, field: String, limit: Int) throws -> String {
        let text = normalized(value).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw KennisbankError.emptyField(field) }
        guard !text.unicodeScalars.contains(where: isControl) else { throw KennisbankError.invalidCharacters(field: field) }
        guard text.utf8.count <= limit || text.unicodeScalars.count <= limit else { throw KennisbankError.tooLong(field: field, limit: limit) }
        return text
    }

    /// Optional one-line text: blank becomes nil.
    static func optionalText(_ value: String?, field: String, limit: Int = 500) throws -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try text(value, field: field, limit: limit)
    }

    /// A title.
    static func title(_ value: String) throws -> String {
        try text(value, field: "title", limit: titleLimit)
    }

    /// A Markdown body: NFC, line breaks as `\n`, tabs allowed, no other control characters.
    static func body(_ value: String) throws -> String {
        guard value.utf8.count <= bodyLimit * 4 else { throw KennisbankError.tooLong(field: "body", limit: bodyLimit) }
        var text = normalized(value)
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else {
            throw KennisbankError.invalidCharacters(field: "body")
        }
        guard text.utf8.count <= bodyLimit || text.unicodeScalars.count <= bodyLimit else {
            throw KennisbankError.tooLong(field: "body", limit: bodyLimit)
        }
        return text
    }

    /// A date as `YYYY-MM-DD`; also accepts the Dutch `DD-MM-YYYY` and `/` separators.
    static func date(_ value: String?) throws -> String? {
        guard let value else { return nil }
        let text = value.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        let parts = text.split(separator: text.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw KennisbankError.invalidDate(value)
        }
        let numbers = parts.map { Int($0)! }
        let (year, month, day) = parts[0].count == 4 ? (numbers[0], numbers[1], numbers[2])
            : parts[2].count == 4 ? (numbers[2], numbers[1], numbers[0]) : (-1, -1, -1)
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            throw KennisbankError.invalidDate(value)
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// A topic label (NFC, single spaces) and its folded identity.
    static func topic(_ value: String) throws -> (label: String, key: String) {
        let label = normalized(value).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !label.unicodeScalars.contains(where: isControl) else { throw KennisbankError.invalidCharacters(field: "topic") }
        guard label.count <= 100 else { throw KennisbankError.tooLong(field: "topic", limit: 100) }
        guard let key = Topic.key(for: label) else { throw KennisbankError.emptyTopic(value) }
        return (label, key)
    }

    static func normalized(_ value: String) -> String {
        value.precomposedStringWithCanonicalMapping
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .surrogate: true
        default: scalar == "\u{2028}" || scalar == "\u{2029}" || scalar.properties.isNoncharacterCodePoint
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
