import Foundation

/// How text for a person is laid out on standard output: shortened to the terminal's width and
/// with hits marked in bold colour on a terminal; complete and free of escape codes when the
/// output goes to a file or a pipe.
struct OutputStyle: Equatable {
    /// The width to shorten lines to, or nil when nothing is shortened (not a terminal).
    var width: Int?
    /// Whether hits are marked with ANSI bold and colour.
    var marksHits: Bool

    /// The style for an output that is a terminal (`isTerminal`) of `width` columns, in
    /// `environment`: no marks when `NO_COLOR` is set (to anything but the empty string) or
    /// `TERM` is `dumb`.
    init(isTerminal: Bool, width: Int, environment: [String: String]) {
        self.width = isTerminal ? width : nil
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        marksHits = isTerminal && !noColor && environment["TERM"] != "dumb"
    }

    /// The style of this run's standard output.
    static var current: OutputStyle {
        OutputStyle(
            isTerminal: Terminal.isInteractiveOutput, width: Terminal.width,
            environment: ProcessInfo.processInfo.environment)
    }

    /// The escape codes that start and end a marked hit (bold yellow), or empty strings.
    var hitMarks: (start: String, end: String) {
        marksHits ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("", "")
    }

    /// The escape codes that start and end a title (bold), or empty strings.
    var titleMarks: (start: String, end: String) {
        marksHits ? ("\u{1B}[1m", "\u{1B}[0m") : ("", "")
    }

    /// `text` shortened to ``width`` characters, or whole when nothing is shortened.
    func fitted(_ text: String, reserving used: Int = 0) -> String {
        guard let width else { return text }
        return Self.shortened(text, to: max(1, width - used))
    }

    /// `text` in at most `width` characters: cut after the last whole word that fits, followed by
    /// "…"; mid-word only when the first word alone is too long.
    static func shortened(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return "…" }
        let room = text.prefix(width - 1)
        let next = text[room.endIndex]
        if next == " " {
            let whole = room.trimmingSuffix(while: { $0 == " " })
            if !whole.isEmpty { return whole + "…" }
        }
        if let space = room.lastIndex(of: " ") {
            let whole = room[..<space].trimmingSuffix(while: { $0 == " " })
            if !whole.isEmpty { return whole + "…" }
        }
        return room + "…"
    }
}

extension Substring {
    /// The substring without the trailing characters that match `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
