import Kennisbank

/// A plain text table: columns padded to their content, the widest shrunk to fit the width.
struct TextTable {
    /// Column headings.
    var headers: [String]
    /// Rows of cells.
    var rows: [[String]]

    /// The table as lines that fit `width` columns (shortened at a word, with "…"), or with every
    /// cell whole when `width` is nil (output into a file or a pipe).
    func render(width: Int?) -> String {
        guard !headers.isEmpty else { return "" }
        let cells = ([headers] + rows).map { row in row.map(Self.oneLine) }
        var widths = headers.indices.map { column in cells.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        let gaps = 2 * (headers.count - 1)
        while let width, widths.reduce(0, +) + gaps > width,
            let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 8
        {
            widths[widest] -= 1
        }
        return cells.map { row in
            row.enumerated().map { column, cell in
                let fitted = Self.fit(cell, widths[column])
                return column == row.count - 1
                    ? fitted : fitted + String(repeating: " ", count: widths[column] - Self.displayWidth(fitted))
            }
            .joined(separator: "  ")
        }
        .joined(separator: "\n")
    }

    /// `text` on one line (line breaks and tabs as spaces) and printable.
    static func oneLine(_ text: String) -> String {
        PrintableText.escaped(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }

    static func displayWidth(_ text: String) -> Int {
        text.count
    }

    /// `text` in at most `width` characters, shortened at a word (``OutputStyle/shortened(_:to:)``).
    static func fit(_ text: String, _ width: Int) -> String {
        OutputStyle.shortened(text, to: width)
    }

    /// The table as a Markdown table, every cell escaped (``MarkdownText``).
    func markdown() -> String {
        var lines = [
            "| " + headers.map { MarkdownText.escaped($0) }.joined(separator: " | ") + " |",
            "|" + String(repeating: " --- |", count: headers.count),
        ]
        for row in rows { lines.append("| " + row.map { MarkdownText.escaped($0) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }
}
