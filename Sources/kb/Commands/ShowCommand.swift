import ArgumentParser
import Kennisbank

/// `kb show REF`: one entry in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", aliases: ["toon"])

    @OptionGroup var database: DatabaseOptions

    @Argument
    var reference: String

    @OptionGroup var output: EntryFormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let shown = try knowledgeBase.entryWithAttachments(try knowledgeBase.entryID(reference))
        let entry = shown.entry
        let addresses = try entry.addresses.map { try knowledgeBase.entry(try knowledgeBase.entryID($0.uuidString)) }
        let addressedBy = entry.kind == .obstacle ? try knowledgeBase.entriesAddressing(entry.id) : []
        try EntryPrinter().printOne(
            entry, addressedBy: addressedBy, addresses: addresses, attachments: shown.attachments,
            format: output.format)
    }
}
