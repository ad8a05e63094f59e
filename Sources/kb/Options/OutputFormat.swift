import ArgumentParser

/// How a command prints records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// JSON: an array for lists, an object for one record.
    case json

    /// The format a person typed: its English name, or `tabel`.
    init?(argument: String) {
        self.init(rawValue: argument == "tabel" ? "table" : argument)
    }
}

/// The `--format` option of commands that print records.
struct FormatOptions: ParsableArguments {
    @Option(name: .long)
    var format: OutputFormat = .table
}
