import ArgumentParser
import Kennisbank

/// `kb show REF`: one entry in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entry in full, with the obstacles it addresses or who addresses it.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entry: its id, UUID or a UUID prefix.")
    var reference: String

    @OptionGroup var output: EntryFormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let entry = try knowledgeBase.entry(try knowledgeBase.entryID(reference))
        let addresses = try entry.addresses.map { try knowledgeBase.entry(try knowledgeBase.entryID($0.uuidString)) }
        let addressedBy = entry.kind == .obstacle ? try knowledgeBase.entriesAddressing(entry.id) : []
        try EntryPrinter().printOne(entry, addressedBy: addressedBy, addresses: addresses, format: output.format)
    }
}
