/// Text made safe to show on a terminal: what a terminal would act on instead of showing —
/// control characters, bidirectional overrides, noncharacters — becomes a visible `\u{…}` escape.
///
/// Apply it where text is shown, never where it is stored: the stored text stays as it was
/// written. Every message and table `kb` prints goes through it; JSON needs no such step (its
/// encoder escapes what it must), HTML uses ``isUnprintable(_:)`` in its own escaping.
public enum PrintableText {
    /// `text` with every unprintable scalar (see ``isUnprintable(_:)``) replaced by its escape,
    /// like `\u{1B}` for ESC. With `keepingLineBreaks`, line feeds and tabs stay as they are
    /// (for multi-line text such as a body); otherwise they are escaped too.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            isUnprintable(scalar) && !(keepingLineBreaks && (scalar == "\n" || scalar == "\t"))
        }
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True for a scalar a terminal acts on or cannot show: the C0 controls (ESC, BEL, line
    /// breaks…), DEL and the C1 controls (CSI, OSC…), the line and paragraph separators, the
    /// 66 noncharacters, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), which reorder what follows them on the line.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return EntryValidation.isControl(scalar) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
