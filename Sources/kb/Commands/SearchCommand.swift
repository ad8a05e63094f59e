import ArgumentParser
import Kennisbank

/// `kb search [QUERY]`: full-text search over all entries.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search examples, obstacles and tips; Dutch words in any form find each other.",
        discussion: """
            Words are ANDed. "a phrase" in quotes; -word or NIET word leaves out; OF/OR between two \
            words takes either; word* is a prefix. Anything else is read as plain text. \
            Without a query, lists what the filters select.
            """)

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var search: SearchOptions

    @Option(name: .long, help: "Only this kind: example, obstacle or tip; repeat for several.")
    var kind: [EntryKind] = []

    func run() throws {
        try search.run(kinds: kind, database: database)
    }
}

/// `kb tips [QUERY]`: search restricted to tips — the "search tips by topic" job.
struct TipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tips",
        abstract: "Search tips and conditions for success, by words and topic.")

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var search: SearchOptions

    func run() throws {
        try search.run(kinds: [.tip], database: database)
    }
}

extension EntryKind: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(userText: argument)
    }
}
