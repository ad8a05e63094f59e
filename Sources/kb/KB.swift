import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb`: the command-line shell over the Kennisbank library.
///
/// Help texts are catalog keys (``HelpTexts``), not Swift strings: the commands name no
/// `abstract`, `discussion` or `help`.
@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self, EditCommand.self,
            RemoveCommand.self, SearchCommand.self, TipsCommand.self, AnalyzeCommand.self, ReindexCommand.self,
            CompareCommand.self, ImportCommand.self, ExportCommand.self, MunicipalitiesCommand.self, DemoCommand.self,
            MigrateCommand.self, CheckCommand.self, BackupCommand.self, TopicsCommand.self,
            HistoryCommand.self, RestoreCommand.self, TrashCommand.self, ReportCommand.self, CompletionsCommand.self,
            ManCommand.self, ServeCommand.self, UsersCommand.self, SynonymsCommand.self, PeopleCommand.self,
            VisitsCommand.self, ConditionsCommand.self, MeetingsCommand.self,
            AttachCommand.self, AttachmentsCommand.self, DetachCommand.self,
        ]
    )

    /// The Dutch name of the parser's built-in `help` subcommand.
    static let helpAlias = "hulp"

    /// Runs `kb`; a Kennisbank error becomes one line on standard error, worded from
    /// ``Interface/catalog``, and exit status 1.
    ///
    /// The language is chosen first (``LanguageChoice``), then the arguments are parsed; help,
    /// usage and parse errors are rendered by ``HelpScreen`` and ``ParseFailure`` in that
    /// language: help on standard output, the rest on standard error.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        do {
            Interface.language = try LanguageChoice.take(
                from: &arguments, environment: ProcessInfo.processInfo.environment)
        } catch {
            Terminal.fail((error as? LanguageChoice.UnknownLanguage)?.message ?? "\(error)")
        }
        if arguments.first == helpAlias { arguments[0] = "help" }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as KennisbankError {
            Terminal.fail(error.message(Interface.catalog))
        } catch let error as FrontEndError {
            Terminal.fail(error.message(Interface.catalog))
        } catch let error as CommandLineError {
            Terminal.fail(error.message(Interface.catalog))
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let failure = ParseFailure(error, root: self)
            if case .other = failure.problem, exitCode(for: error) == .success {
                // The parser's own requests that are not for people (the ToolInfo JSON of
                // --experimental-dump-help, completion scripts) are written as the parser words them.
                Terminal.write(fullMessage(for: error) + "\n")
                Foundation.exit(ExitCode.success.rawValue)
            }
            report(failure)
        }
    }

    /// Prints what the parser asked for or refused, and exits: help and the version with status
    /// 0 on standard output; a refusal with status 64 on standard error, followed by the usage.
    static func report(_ failure: ParseFailure) -> Never {
        let catalog = Interface.catalog
        // The help screen asks the parser for every command's arguments: made only where it is shown
        // (`kb --version` took 50 ms with it, most of its start-up).
        func help() -> HelpScreen? { HelpScreen(stack: failure.stack, catalog: catalog, width: Terminal.width) }
        switch failure.problem {
        case .helpRequested:
            Terminal.write(help()?.rendered() ?? "")
            Foundation.exit(ExitCode.success.rawValue)
        case .versionRequested:
            Terminal.write((configuration.version) + "\n")
            Foundation.exit(ExitCode.success.rawValue)
        case .validation(let error):
            Terminal.fail(ParseFailure.validationMessage(error, catalog))
        default:
            let help = help()
            var text = catalog.text("parse.prefix") + PrintableText.escaped(failure.message(catalog) ?? "") + "\n"
            if let help {
                text += catalog.text("help.screen.usage") + " " + help.usage() + "\n"
                text += "  " + catalog.text("parse.seeHelp", ["command": help.commandLine]) + "\n"
            }
            Terminal.writeError(text)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
    }
}
