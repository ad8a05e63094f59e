import Foundation
import Kennisbank

/// Shows the ``WorkProgress`` the library reports on standard error: a bar with count, rate and
/// time left that redraws in place on a terminal (at most ``interval`` apart, so drawing costs
/// nothing measurable), one line per phase when standard error is a file or a pipe (written when
/// the phase is done, so that a failing command still writes its one error line only), nothing
/// when quiet. It writes through the closure it is given; it prints nothing itself. A front end
/// reports its own steps (kb-bench's) with ``report(step:done:total:)``, named by catalog keys.
public final class ProgressDisplay {
    /// How progress is shown.
    public enum Mode: Equatable, Sendable {
        /// A bar redrawn in place, `width` columns wide.
        case bar(width: Int)
        /// One line when a phase is done.
        case lines
        /// Nothing.
        case silent
    }

    /// The least time between two drawings of the bar, in seconds (10 a second).
    public static let interval = 0.1

    /// How progress is shown.
    public let mode: Mode
    private let catalog: Catalog
    private let clock: () -> Double
    private let write: (String) -> Void
    /// The catalog key of the step shown, and how far it has come.
    private struct Shown {
        var step: String
        var done: Int
        var total: Int?
    }
    private var phase: String?
    private var phaseStart = 0.0
    private var lastDrawn = -Double.infinity
    private var latest: Shown?
    /// The library's phase last reported and its catalog key, so that a report builds no string.
    private var libraryPhase: WorkProgress.Phase?
    private var libraryStep = ""

    /// A display in `mode`, worded from `catalog`, timed by `clock` (seconds, only differences
    /// matter), writing through `write`.
    public init(
        mode: Mode, catalog: Catalog, clock: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime },
        write: @escaping (String) -> Void
    ) {
        self.mode = mode
        self.catalog = catalog
        self.clock = clock
        self.write = write
    }

    /// The mode for standard error: silent when `quiet`, a bar of `width` columns on a terminal,
    /// else lines.
    public static func mode(quiet: Bool, isTerminal: Bool, width: Int) -> Mode {
        quiet ? .silent : isTerminal ? .bar(width: width) : .lines
    }

    /// Takes one report of progress; cheap when nothing is drawn.
    public func report(_ progress: WorkProgress) {
        if mode == .silent { return }
        if progress.phase != libraryPhase {
            libraryPhase = progress.phase
            libraryStep = Self.key(progress.phase)
        }
        report(step: libraryStep, done: progress.done, total: progress.total)
    }

    /// Takes one report of progress in a step named by the catalog key `step` (a front end's own
    /// step, such as `progress.bench.searching`): `done` of `total` items (nil when unknown). A new
    /// key starts a new phase. Cheap when nothing is drawn.
    public func report(step: String, done: Int, total: Int?) {
        let progress = Shown(step: step, done: done, total: total)
        switch mode {
        case .silent:
            return
        case .lines:
            if progress.step != phase {
                let now = clock()
                if phase != nil, let latest { write(phaseLine(latest, elapsed: now - phaseStart) + "\n") }
                phase = progress.step
                phaseStart = now
            }
            latest = progress
        case .bar(let width):
            let now = clock()
            if progress.step != phase {
                if phase != nil, let latest {
                    write("\r" + bar(latest, elapsed: now - phaseStart, width: width) + "\n")
                }
                phase = progress.step
                phaseStart = now
                lastDrawn = -Double.infinity
            }
            latest = progress
            guard now - lastDrawn >= Self.interval else { return }
            lastDrawn = now
            write("\r" + bar(progress, elapsed: now - phaseStart, width: width))
        }
    }

    /// Ends the display after the work succeeded: the bar is drawn a last time and its line ended,
    /// or the last phase's line is written.
    public func finish() {
        guard let latest else { return }
        switch mode {
        case .bar(let width): write("\r" + bar(latest, elapsed: clock() - phaseStart, width: width) + "\n")
        case .lines: write(phaseLine(latest, elapsed: clock() - phaseStart) + "\n")
        case .silent: break
        }
        self.latest = nil
        phase = nil
    }

    /// The line that says a phase is done: `Importeren: 100000 in 0:42`, or `Opslaan: klaar in
    /// 0:01` for a phase of one step.
    public func phaseLine(_ progress: WorkProgress, elapsed: Double) -> String {
        phaseLine(Shown(step: Self.key(progress.phase), done: progress.done, total: progress.total), elapsed: elapsed)
    }

    private func phaseLine(_ progress: Shown, elapsed: Double) -> String {
        let name = catalog.text(progress.step)
        let time = Self.duration(elapsed)
        guard progress.total.map({ $0 > 1 }) ?? true else {
            return catalog.text("progress.lineDone", ["phase": name, "time": time])
        }
        return catalog.text("progress.lineCount", ["phase": name, "count": String(progress.done), "time": time])
    }

    /// The bar for `progress` after `elapsed` seconds of its phase, in at most `width` columns:
    /// `Importeren [#####-----] 500/1000  250/s  nog 0:02`, padded to clear what was there.
    public func bar(_ progress: WorkProgress, elapsed: Double, width: Int) -> String {
        bar(
            Shown(step: Self.key(progress.phase), done: progress.done, total: progress.total), elapsed: elapsed,
            width: width)
    }

    private func bar(_ progress: Shown, elapsed: Double, width: Int) -> String {
        let name = catalog.text(progress.step)
        let rate = elapsed > 0 ? Double(progress.done) / elapsed : 0
        var count = String(progress.done)
        var tail: [String] = []
        if let total = progress.total { count += "/\(total)" }
        let counted = progress.total.map { $0 > 1 } ?? true
        if !counted { count = "" }
        // A rate under one a second (kb-bench's imports, one tool at a time) would read "0/s": left out.
        if rate.rounded() >= 1, counted {
            tail.append(catalog.text("progress.rate", ["rate": String(Int(rate.rounded()))]))
        }
        if let total = progress.total, rate > 0, progress.done < total {
            let left = Double(total - progress.done) / rate
            tail.append(catalog.text("progress.left", ["time": Self.duration(left)]))
        } else if let total = progress.total, progress.done >= total {
            tail.append(catalog.text("progress.done", ["time": Self.duration(elapsed)]))
        }
        // What does not fit goes, from the end: time left, then the rate.
        while tail.count > 0, name.count + 1 + ([count] + tail).joined(separator: "  ").count > width - 1 {
            tail.removeLast()
        }
        let text = ([count] + tail).filter { !$0.isEmpty }.joined(separator: "  ")
        var line = name + " "
        if let total = progress.total, total > 0 {
            let room = width - line.count - text.count - 4
            if room >= 10 {
                let size = min(room, 40)
                let filled = min(size, Int(Double(size) * Double(progress.done) / Double(total)))
                line +=
                    "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: size - filled) + "] "
            }
        }
        line += text
        if line.count > width - 1 { line = String(line.prefix(max(0, width - 1))) }
        return line + String(repeating: " ", count: max(0, width - 1 - line.count))
    }

    /// The catalog key of the name of the library's `phase`.
    private static func key(_ phase: WorkProgress.Phase) -> String { "progress.phase.\(phase.rawValue)" }

    /// `seconds` as `m:ss` (or `h:mm:ss`).
    public static func duration(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded()))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(pad(minutes)):\(pad(rest))" : "\(minutes):\(pad(rest))"
    }
}
