import ArgumentParser
import Kennisbank

/// `kb search [QUERY]`: full-text search over all entries.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", aliases: ["zoek"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var search: SearchOptions

    @Option(name: .long)
    var kind: [EntryKind] = []

    func run() throws {
        try search.run(kinds: kind, database: database)
    }
}

/// `kb tips [QUERY]`: search restricted to tips — the "search tips by topic" job.
struct TipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tips")

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
