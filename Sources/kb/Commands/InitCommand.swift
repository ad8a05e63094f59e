import ArgumentParser
import Kennisbank

/// `kb init`: creates the knowledge base file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the knowledge base file (with the 342 CBS municipalities) if it does not exist.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let knowledgeBase = try database.openForWriting()
        let municipalities = try knowledgeBase.municipalities().count
        let entries = try knowledgeBase.count()
        print("Knowledge base \(knowledgeBase.path ?? "in memory"): \(municipalities) municipalities (Bron: CBS), \(entries) entries.")
    }
}
