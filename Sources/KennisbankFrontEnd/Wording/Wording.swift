import Foundation
import Kennisbank

/// The small pieces messages are built from, in one catalog's language: quoted and clipped
/// user text, lists of candidates with their conjunction, sizes, the system's reasons.
struct Wording {
    /// The catalog every piece comes from.
    let catalog: Catalog

    init(_ catalog: Catalog) {
        self.catalog = catalog
    }

    /// The text for `key` with `values` filled in.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, values)
    }

    /// Echoed user text kept short, on one line and printable (see ``PrintableText``).
    static func clip(_ text: String) -> String {
        let oneLine = PrintableText.escaped(text)
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "…" : oneLine
    }

    /// `text` in the language's quotation marks: `“Zwolle”`.
    func quoted(_ text: String) -> String {
        catalog.text("error.list.quoted", ["text": text])
    }

    /// Candidates, quoted, the last joined with “or”, at most eight: `“a”, “b” or “c” and 3 more`.
    func alternatives(_ items: [String]) -> String {
        let shown = items.prefix(8).map(quoted)
        guard let last = shown.last else { return text("error.list.nothing") }
        var list = last
        if shown.count > 1 {
            list = text(
                "error.list.or",
                ["list": shown.dropLast().joined(separator: text("error.list.separator")), "last": last])
        }
        if items.count > 8 {
            list = text("error.list.more", ["list": list, "count": String(items.count - 8)])
        }
        return list
    }

    /// Every item joined with “or”: `“a” or “b” or “c”`.
    func eitherOf(_ items: [String]) -> String {
        items.dropFirst().reduce(items.first ?? "") { text("error.list.or", ["list": $0, "last": $1]) }
    }

    /// Items joined with the list separator: `a, b, c`.
    func joined(_ items: [String]) -> String {
        items.joined(separator: text("error.list.separator"))
    }

    /// A size in bytes as people say it: `16 MB`, `64 KB`.
    func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0
            ? text("error.size.megabytes", ["count": String(bytes >> 20)])
            : text("error.size.kilobytes", ["count": String(bytes >> 10)])
    }

    /// A file or disk size in the reader's units and language (`13,3 GB`, `13.3 GB`).
    func fileSize(_ bytes: Int64) -> String {
        bytes.formatted(.byteCount(style: .file).locale(Locale(identifier: catalog.language.rawValue)))
    }

    /// The system's words for a failed file operation, like `No space left on device`.
    func reason(_ reason: KennisbankError.SystemReason) -> String {
        switch reason {
        case .errno(let code): String(cString: strerror(code))
        case .described(let text): text
        }
    }

    /// An import source as a person named it; `-` is standard input.
    func source(_ name: String) -> String {
        name == "-" ? text("error.words.standardInput") : name
    }

    /// An entry field's name in words.
    func field(_ field: KennisbankError.Field) -> String {
        let key: String =
            switch field {
            case .title: "title"
            case .body: "body"
            case .source: "source"
            case .topic: "topic"
            case .municipality: "municipality"
            case .municipalityName: "municipalityName"
            case .province: "province"
            case .attribution: "attribution"
            case .code: "code"
            }
        return text("error.field." + key)
    }

    /// The Dutch name of a kind (`praktijkvoorbeeld`), as the network says it.
    func kindName(_ kind: EntryKind) -> String {
        text("error.kind." + kind.rawValue)
    }

    /// A kind with its article: `an obstacle`.
    func kindWithArticle(_ kind: EntryKind) -> String {
        text("error.kindWithArticle." + kind.rawValue)
    }

    /// `message` with its first letter in lower case, to follow a colon.
    static func lowercasingFirst(_ message: String) -> String {
        message.prefix(1).lowercased() + message.dropFirst()
    }
}
