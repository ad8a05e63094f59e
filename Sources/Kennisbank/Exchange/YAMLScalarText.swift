import Yams

/// The text of a YAML scalar, with the byte order marks its source starts it with.
///
/// Yams turns each scalar's bytes into a `String` through Foundation, which on Linux drops a
/// U+FEFF at the start (`title: "\uFEFFx"` reads as `x`): a title, source or topic that begins
/// with one would not survive a Markdown export and import. The scalar's position in the source
/// (Yams counts columns in Unicode scalars) says how many it starts with; the missing one is put
/// back.
struct YAMLScalarText {
    private let lines: [[Unicode.Scalar]]

    /// Reads positions in `source`, the YAML text that was parsed.
    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

    /// The text of `scalar`.
    func text(of scalar: Node.Scalar) -> String {
        let text = scalar.string
        guard let mark = scalar.mark, lines.indices.contains(mark.line - 1) else { return text }
        let line = lines[mark.line - 1]
        var index = mark.column - 1
        guard line.indices.contains(index) else { return text }
        switch scalar.style {
        case .doubleQuoted, .singleQuoted:
            index += 1
        case .plain:
            break
        default:
            return text
        }
        var marks = 0
        while index < line.count {
            if line[index] == "\u{FEFF}" {
                index += 1
            } else if scalar.style == .doubleQuoted, let length = Self.escapedByteOrderMark(in: line, at: index) {
                index += length
            } else {
                break
            }
            marks += 1
        }
        let kept = text.unicodeScalars.prefix { $0 == "\u{FEFF}" }.count
        return kept < marks ? String(repeating: "\u{FEFF}", count: marks - kept) + text : text
    }

    /// The length of the escape `\uFEFF` or `\U0000FEFF` (any case) at `index`, if one is there.
    private static func escapedByteOrderMark(in line: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + 1 < line.count, line[index] == "\\" else { return nil }
        let digits: String
        switch line[index + 1] {
        case "u": digits = "feff"
        case "U": digits = "0000feff"
        default: return nil
        }
        let end = index + 2 + digits.count
        guard end <= line.count,
            String(String.UnicodeScalarView(line[(index + 2)..<end])).lowercased() == digits
        else { return nil }
        return end - index
    }
}
