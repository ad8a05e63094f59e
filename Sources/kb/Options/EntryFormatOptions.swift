import ArgumentParser

/// How `kb list` and `kb show` print entries.
enum EntryFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns (a list) or fields (one entry), for people.
    case table
    /// JSON: an array for lists, an object for one record.
    case json
    /// RFC 4180 CSV with a header row, the columns of `kb export --format csv`.
    case csv
    /// Markdown: a table for lists, a heading with fields and the body for one entry.
    case markdown

    /// The format a person typed: its English name, or `tabel`.
    init?(argument: String) {
        self.init(rawValue: argument == "tabel" ? "table" : argument)
    }
}

/// The `--format` option of `kb list` and `kb show` (help: `help.list.format`, `help.show.format`).
struct EntryFormatOptions: ParsableArguments {
    @Option(name: .long)
    var format: EntryFormat = .table
}
