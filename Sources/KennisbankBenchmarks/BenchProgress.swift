import Foundation
import KennisbankFrontEnd

/// kb-bench's progress on standard error: its phase lines (`[kb-bench 5.44 s] …`) unless quiet,
/// and on a terminal a bar under each long phase, drawn by kb's ``ProgressDisplay`` (count, rate,
/// time left; at most ten drawings a second). The benchmark reports between its timed sections,
/// never inside one, so the figures do not change.
final class BenchProgress {
    /// The long steps that get a bar; their names are catalog keys (`Catalog/*/progress.yaml`).
    enum Step {
        case generating, importing, searching, comparing, startingUp

        /// The catalog key of the step's name: a literal, so that a report builds no string.
        var key: String {
            switch self {
            case .generating: "progress.bench.generating"
            case .importing: "progress.bench.importing"
            case .searching: "progress.bench.searching"
            case .comparing: "progress.bench.comparing"
            case .startingUp: "progress.bench.startingUp"
            }
        }
    }

    private let quiet: Bool
    private let started: Double
    /// The bar, on a terminal only: elsewhere the phase lines are the progress.
    private let display: ProgressDisplay?
    private let width: Int
    /// True while a step's bar may be on the last line.
    private var drawing = false

    /// Progress for a run that started at `started` (``monotonicSeconds()``); nothing when `quiet`.
    init(quiet: Bool, started: Double) {
        self.quiet = quiet
        self.started = started
        let terminal = isatty(STDERR_FILENO) != 0
        width = Self.errorWidth(terminal)
        let mode = ProgressDisplay.mode(quiet: quiet, isTerminal: terminal, width: width)
        if case .bar = mode {
            display = ProgressDisplay(mode: mode, catalog: Catalog(.english), write: Self.writeError)
        } else {
            display = nil
        }
    }

    /// Writes a phase line; a bar still drawn is wiped and comes back below it at its next drawing.
    func log(_ message: String) {
        guard !quiet else { return }
        if drawing { Self.writeError("\r" + String(repeating: " ", count: width - 1) + "\r") }
        Self.writeError("[kb-bench \(Formatting.seconds(monotonicSeconds() - started)) s] \(message)\n")
    }

    /// `done` of `total` items of `step`; cheap, and drawn at most ten times a second.
    func report(_ step: Step, done: Int, total: Int?) {
        guard let display else { return }
        drawing = true
        display.report(step: step.key, done: done, total: total)
    }

    /// Ends the bar of the step that is done.
    func finish() {
        display?.finish()
        drawing = false
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The terminal's width, `COLUMNS`, or 80.
    private static func errorWidth(_ terminal: Bool) -> Int {
        var size = winsize()
        if terminal, ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).map { max(20, $0) } ?? 80
    }
}
