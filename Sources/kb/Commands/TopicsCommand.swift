import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb topics list|rename|merge`: keeps the topics clean.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        subcommands: [TopicsListCommand.self, TopicsRenameCommand.self, TopicsMergeCommand.self],
        defaultSubcommand: TopicsListCommand.self, aliases: ["themas", "onderwerpen"])
}

/// `kb topics list`: every topic in use, with the number of entries that carry it.
struct TopicsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let topics = try database.openForReading().topics()
        switch output.format {
        case .json: try Terminal.printJSON(topics)
        case .table:
            if topics.isEmpty {
                Terminal.note(Interface.catalog.text("topics.list.none"))
            } else {
                Terminal.say(
                    TextTable(
                        headers: [
                            Interface.catalog.text("topics.list.topic"), Interface.catalog.text("topics.list.entries"),
                        ],
                        rows: topics.map { [$0.label, String($0.entryCount)] }
                    ).render(width: OutputStyle.current.width))
            }
        }
    }
}

/// `kb topics rename OLD NEW`: another name for a topic, on every entry that carries it.
struct TopicsRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", aliases: ["hernoem"])

    @OptionGroup var database: DatabaseOptions

    @Argument var old: String

    @Argument var new: String

    @OptionGroup var author: AuthorOptions

    func run() throws {
        let topic = try database.write { try $0.renameTopic(old, to: new, by: author.resolve()) }
        Terminal.say(
            Interface.catalog.text("topics.renamed", count: topic.entryCount, ["old": old, "new": topic.label]))
    }
}

/// `kb topics merge A B`: A's entries get topic B, and A is gone.
struct TopicsMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", aliases: ["voeg-samen"])

    @OptionGroup var database: DatabaseOptions

    @Argument var source: String

    @Argument var target: String

    @OptionGroup var author: AuthorOptions

    func run() throws {
        let topic = try database.write { try $0.mergeTopic(source, into: target, by: author.resolve()) }
        Terminal.say(
            Interface.catalog.text("topics.merged", count: topic.entryCount, ["source": source, "target": topic.label]))
    }
}
