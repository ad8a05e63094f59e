/// Keeps a spreadsheet from running a CSV cell as a formula, and undoes that on import, so that
/// every text survives a round trip exactly.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
/// Excel, LibreOffice and Google Sheets (CSV injection). Following OWASP, such a cell is written
/// with a leading apostrophe, which a spreadsheet shows as text: `=1+1` is written `'=1+1`.
///
/// A text that already starts with apostrophes followed by one of those characters (`'=x`,
/// `''+y`) gets one more, so that reading strips exactly one: a cell is restored by removing its
/// first `'` when it is one or more apostrophes followed by a formula character, and is left as it
/// is otherwise. A genuine leading apostrophe (`'s-Hertogenbosch`, `'t Zandt`) is therefore never
/// touched, and ``restored(_:)`` undoes ``neutralised(_:)`` for every text.
///
/// Both work on the UTF-8 bytes: all the characters involved are ASCII, so a combining mark after
/// them (`=\u{301}`) changes nothing.
enum CSVFormulaGuard {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
    ]

    /// `text` as a CSV cell must hold it: with one more leading `'` when it starts with apostrophes
    /// (none or more) followed by a formula character, else unchanged.
    static func neutralised(_ text: String) -> String {
        isEscapedForm(text, minimumApostrophes: 0) ? "'" + text : text
    }

    /// The text a cell written by ``neutralised(_:)`` holds: without its first `'` when it starts
    /// with one or more apostrophes followed by a formula character, else unchanged.
    static func restored(_ cell: String) -> String {
        isEscapedForm(cell, minimumApostrophes: 1) ? String(cell.utf8.dropFirst())! : cell
    }

    /// True when `text` is at least `minimumApostrophes` apostrophes followed by a formula character.
    private static func isEscapedForm(_ text: String, minimumApostrophes: Int) -> Bool {
        var apostrophes = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "'") {
                apostrophes += 1
                continue
            }
            return apostrophes >= minimumApostrophes && formulaStarts.contains(byte)
        }
        return false
    }
}
