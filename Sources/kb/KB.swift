import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb`: the command-line shell over the Kennisbank library.
@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract:
            "Kennisbank: the shared experience of Dutch municipalities — practice examples, obstacles and tips — in one SQLite file.",
        discussion: """
            The database is --db PATH, else $KENNISBANK_DB, else $XDG_DATA_HOME/kennisbank/kennisbank.sqlite \
            (~/.local/share/kennisbank/kennisbank.sqlite when XDG_DATA_HOME is unset).
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self, EditCommand.self,
            RemoveCommand.self, SearchCommand.self, TipsCommand.self, AnalyzeCommand.self, ReindexCommand.self,
            CompareCommand.self, ImportCommand.self, ExportCommand.self, MunicipalitiesCommand.self, DemoCommand.self,
            MigrateCommand.self, CheckCommand.self, BackupCommand.self, ReportCommand.self, CompletionsCommand.self,
            ManCommand.self,
        ]
    )

    /// Runs `kb`; a Kennisbank error becomes one line on standard error, worded from
    /// ``Interface/catalog``, and exit status 1.
    ///
    /// The argument parser's own messages (help, usage, bad options) are written through
    /// ``Terminal`` too, made printable: help on standard output, the rest on standard error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as KennisbankError {
            Terminal.fail(error.message(Interface.catalog))
        } catch let error as FrontEndError {
            Terminal.fail(error.message(Interface.catalog))
        } catch let error as CommandLineError {
            Terminal.fail(error.message(Interface.catalog))
        } catch {
            let message = PrintableText.escaped(fullMessage(for: error), keepingLineBreaks: true)
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success {
                    Terminal.write(message + "\n")
                } else {
                    Terminal.writeError(message + "\n")
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
