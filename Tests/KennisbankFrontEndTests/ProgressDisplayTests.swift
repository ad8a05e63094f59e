import Kennisbank
import XCTest

@testable import KennisbankFrontEnd

final class ProgressDisplayTests: XCTestCase {
    /// A display with a clock the test moves, and what it wrote.
    final class Harness {
        var now = 100.0
        var written: [String] = []
        lazy var display = ProgressDisplay(
            mode: mode, catalog: Catalog(.english), clock: { [unowned self] in now },
            write: { [unowned self] in written.append($0) })
        let mode: ProgressDisplay.Mode
        init(_ mode: ProgressDisplay.Mode) { self.mode = mode }
    }

    func testTheBarShowsCountRateAndTimeLeftInItsWidth() {
        let display = Harness(.bar(width: 80)).display
        let bar = display.bar(WorkProgress(.importing, done: 500, total: 1000), elapsed: 2, width: 80)
        XCTAssertEqual(bar.count, 79, "fills the line but its last column: \(bar)")
        XCTAssertTrue(
            bar.hasPrefix("Importing [####################--------------------] 500/1000  250/s  0:02 left"), bar)
        let narrow = display.bar(WorkProgress(.importing, done: 500, total: 1000), elapsed: 2, width: 30)
        XCTAssertEqual(
            narrow.trimmingCharacters(in: .whitespaces), "Importing 500/1000  250/s", "what does not fit goes")
        let unknown = display.bar(WorkProgress(.importing, done: 300, total: nil), elapsed: 3, width: 60)
        XCTAssertEqual(unknown.trimmingCharacters(in: .whitespaces), "Importing 300  100/s", "no bar without a total")
        let done = display.bar(WorkProgress(.exporting, done: 10, total: 10), elapsed: 65, width: 80)
        XCTAssertTrue(
            done.hasPrefix("Exporting [########################################] 10/10  done in 1:05"), done)
    }

    func testTheBarIsDrawnAtMostTenTimesASecond() {
        let harness = Harness(.bar(width: 80))
        for done in 1...1000 {
            harness.display.report(WorkProgress(.importing, done: done, total: 1000))
            harness.now += 0.001  // a thousand records in one second
        }
        harness.display.finish()
        XCTAssertEqual(harness.written.count, 10 + 1, "ten drawings in one second and the last one")
        XCTAssertTrue(harness.written.allSatisfy { $0.hasPrefix("\r") })
        XCTAssertTrue(harness.written.last?.hasSuffix("\n") == true)
        XCTAssertTrue(harness.written.last?.contains("1000/1000") == true, harness.written.last ?? "")
    }

    func testWithoutATerminalOneLinePerPhaseWhenItIsDone() {
        let harness = Harness(.lines)
        for done in 0...48 { harness.display.report(WorkProgress(.importing, done: done, total: 48)) }
        harness.now += 2
        harness.display.report(WorkProgress(.committing, done: 0, total: 1))
        harness.now += 1
        harness.display.report(WorkProgress(.committing, done: 1, total: 1))
        XCTAssertEqual(harness.written, ["Importing: 48 in 0:02\n"], "a phase's line once it is done")
        harness.display.finish()
        XCTAssertEqual(harness.written, ["Importing: 48 in 0:02\n", "Saving: done in 0:01\n"])
    }

    func testAFrontEndsOwnStepsAreNamedFromTheCatalogAndThrottled() {
        let harness = Harness(.bar(width: 80))
        for done in 1...300 {
            harness.display.report(step: "progress.bench.searching", done: done, total: 300)
            harness.now += 0.001  // 300 queries in 0.3 s
        }
        XCTAssertEqual(harness.written.count, 3, "at most ten drawings a second: \(harness.written)")
        harness.display.report(step: "progress.bench.comparing", done: 0, total: 5)
        XCTAssertEqual(harness.written.count, 5, "a new step ends the last one's line and draws its own")
        XCTAssertTrue(harness.written[3].hasPrefix("\rSearching [#"), harness.written[3])
        XCTAssertTrue(harness.written[3].contains("300/300"), harness.written[3])
        XCTAssertTrue(harness.written[3].hasSuffix("\n"), harness.written[3])
        XCTAssertTrue(harness.written[4].hasPrefix("\rComparing [---"), harness.written[4])
        harness.display.report(WorkProgress(.importing, done: 1, total: 2))
        XCTAssertTrue(harness.written.last?.hasPrefix("\rImporting [") == true, "the library's phases still work")
        let slow = harness.display.bar(WorkProgress(.importing, done: 1, total: 3), elapsed: 6, width: 80)
        XCTAssertTrue(slow.contains("1/3  0:12 left"), "a rate under one a second is left out, not 0/s: \(slow)")
        var now = 0.0
        var lines: [String] = []
        let dutch = ProgressDisplay(mode: .lines, catalog: Catalog(.dutch), clock: { now }, write: { lines.append($0) })
        dutch.report(step: "progress.bench.generating", done: 1000, total: 1000)
        now += 2
        dutch.finish()
        XCTAssertEqual(lines, ["Corpus genereren: 1000 in 0:02\n"])
    }

    func testQuietShowsNothingAndTheModeFollowsTheTerminal() {
        let harness = Harness(.silent)
        harness.display.report(WorkProgress(.importing, done: 1, total: 2))
        harness.display.finish()
        XCTAssertEqual(harness.written, [])
        XCTAssertEqual(ProgressDisplay.mode(quiet: true, isTerminal: true, width: 80), .silent)
        XCTAssertEqual(ProgressDisplay.mode(quiet: false, isTerminal: true, width: 100), .bar(width: 100))
        XCTAssertEqual(ProgressDisplay.mode(quiet: false, isTerminal: false, width: 100), .lines)
    }

    func testDutchWords() {
        let display = ProgressDisplay(mode: .lines, catalog: Catalog(.dutch), write: { _ in })
        XCTAssertEqual(
            display.phaseLine(WorkProgress(.backingUp, done: 1, total: 1), elapsed: 3), "Kopiëren: klaar in 0:03")
        let bar = display.bar(WorkProgress(.importing, done: 1, total: 4), elapsed: 1, width: 80)
        XCTAssertTrue(bar.contains("1/4  1/s  nog 0:03"), bar)
        XCTAssertEqual(ProgressDisplay.duration(3725), "1:02:05")
    }
}
