import ArgumentParser
import Kennisbank
import KennisbankFrontEnd

/// `--quiet`/`-q` of the commands that do long work (help: `help.common.quiet`), and the progress
/// display they get: a bar on a terminal, one line per phase otherwise, nothing when quiet.
struct ProgressOptions: ParsableArguments {
    @Flag(name: [.short, .long])
    var quiet = false

    /// The display for this run's standard error.
    func display() -> ProgressDisplay {
        ProgressDisplay(
            mode: ProgressDisplay.mode(
                quiet: quiet, isTerminal: Terminal.isInteractiveError, width: Terminal.errorWidth),
            catalog: Interface.catalog, write: Terminal.writeError)
    }
}
