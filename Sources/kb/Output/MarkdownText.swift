/// User text put into the Markdown that `kb` prints (`search --format markdown`), escaped so that
/// a Markdown renderer shows it as the text it is: no raw HTML, links, emphasis, code, tables or
/// headings made out of what a person wrote.
///
/// Works on Unicode scalars: a `*` or `<` followed by a combining mark is still markup to a
/// Markdown parser, though Swift sees one `Character`.
enum MarkdownText {
    /// The ASCII characters that are markup anywhere in a line (CommonMark and GitHub's tables,
    /// strikethrough and autolinks); a backslash before any ASCII punctuation is always allowed.
    static let markup: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&"]
    /// The characters that start a list, a heading underline or a block when they begin a line.
    static let lineStartMarkup: Set<Unicode.Scalar> = ["-", "+", "="]

    /// `text` on one line (line breaks become spaces), with every markup character escaped by a
    /// backslash. With `atLineStart`, the text begins a line: leading white space goes, and a
    /// `-`, `+` or `=` first, or the `.` or `)` after leading digits (`1.`), is escaped too.
    static func escaped(_ text: String, atLineStart: Bool = false) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        if atLineStart {
            scalars = scalars.drop { $0.properties.isWhitespace }
        }
        var out = String.UnicodeScalarView()
        var leadingDigits = atLineStart
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                out.append(" ")
                leadingDigits = false
                continue
            }
            let startsBlock = atLineStart && offset == 0 && lineStartMarkup.contains(scalar)
            let endsNumber = leadingDigits && offset > 0 && (scalar == "." || scalar == ")")
            if markup.contains(scalar) || startsBlock || endsNumber { out.append("\\") }
            if !("0"..."9").contains(scalar) { leadingDigits = false }
            out.append(scalar)
        }
        return String(out)
    }
}
