import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `kb init [--sample]`: creates the knowledge base file, optionally with the sample network.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", aliases: ["begin"])

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long)
    var sample = false

    @OptionGroup var author: AuthorOptions

    func run() throws {
        let knowledgeBase = try database.openForWriting()
        if sample {
            let report = try knowledgeBase.loadSample(by: author.resolve())
            Terminal.say(
                Interface.catalog.text(
                    "command.init.sample",
                    [
                        "added": String(report.added), "updated": String(report.updated),
                        "skipped": String(report.skipped),
                    ]))
        }
        let municipalities = try knowledgeBase.municipalities()
        let registry = municipalities.filter { $0.attribution == "Bron: CBS" }.count
        let others = municipalities.count - registry
        let entries = try knowledgeBase.count()
        let catalog = Interface.catalog
        let values = [
            "path": knowledgeBase.path ?? "", "registry": String(registry), "others": String(others),
            "entries": String(entries),
        ]
        Terminal.say(catalog.text(others > 0 ? "command.init.doneWithOthers" : "command.init.done", values))
    }
}
