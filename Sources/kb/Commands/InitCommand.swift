import ArgumentParser
import Kennisbank

/// `kb init [--sample]`: creates the knowledge base file, optionally with the sample network.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the knowledge base file (with the 342 CBS municipalities) if it does not exist.",
        discussion: """
            With --sample it also loads the sample network: the obstacles, questions and conditions \
            for success of the network meeting of 21 May 2015, and practice examples, obstacles and tips \
            of five fictional municipalities (Voorbeeldstad, Proefdorp, Demohoven, Oefendam, \
            Testerveen). Loading it again changes nothing.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Also load the sample network (fictional municipalities, marked as samples).")
    var sample = false

    @OptionGroup var author: AuthorOptions

    func run() throws {
        let knowledgeBase = try database.openForWriting()
        if sample {
            let report = try knowledgeBase.loadSample(by: author.resolve())
            Terminal.say(
                "Sample network: \(report.added) entries added, \(report.updated) updated, \(report.skipped) already there."
            )
        }
        let municipalities = try knowledgeBase.municipalities()
        let registry = municipalities.filter { $0.attribution == "Bron: CBS" }.count
        let others = municipalities.count - registry
        let entries = try knowledgeBase.count()
        Terminal.say(
            "Knowledge base \(knowledgeBase.path ?? "in memory"): \(registry) municipalities (Bron: CBS)\(others > 0 ? " and \(others) others" : ""), \(entries) entries."
        )
    }
}
