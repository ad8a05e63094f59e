import XCTest

@testable import kb

final class OutputStyleTests: XCTestCase {
    func testShorteningCutsAtAWordWithAnEllipsis() {
        XCTAssertEqual(OutputStyle.shortened("Bewoners beheren de buurthuizen", to: 20), "Bewoners beheren de…")
        XCTAssertEqual(OutputStyle.shortened("Bewoners beheren de buurthuizen", to: 19), "Bewoners beheren…")
        XCTAssertEqual(OutputStyle.shortened("Bewoners beheren", to: 16), "Bewoners beheren", "what fits stays whole")
        XCTAssertEqual(
            OutputStyle.shortened("Onderhoudsvoorzieningenfonds is leeg", to: 10), "Onderhoud…",
            "mid-word only when the first word alone is too long")
        XCTAssertEqual(OutputStyle.shortened("abc", to: 1), "…")
    }

    func testHitsAreMarkedOnATerminalOnlyAndNeverWithNoColorOrADumbTerminal() {
        let terminal = OutputStyle(isTerminal: true, width: 100, environment: ["TERM": "xterm-256color"])
        XCTAssertTrue(terminal.marksHits)
        XCTAssertEqual(terminal.width, 100)
        XCTAssertTrue(terminal.hitMarks.start.contains("\u{1B}["))
        let noColor = OutputStyle(isTerminal: true, width: 100, environment: ["TERM": "xterm", "NO_COLOR": "1"])
        XCTAssertFalse(noColor.marksHits)
        XCTAssertEqual(noColor.hitMarks.start, "")
        XCTAssertEqual(noColor.width, 100, "NO_COLOR changes colour only, not the layout")
        XCTAssertTrue(
            OutputStyle(isTerminal: true, width: 80, environment: ["NO_COLOR": ""]).marksHits,
            "an empty NO_COLOR does not count (no-color.org)")
        XCTAssertFalse(OutputStyle(isTerminal: true, width: 80, environment: ["TERM": "dumb"]).marksHits)
        let piped = OutputStyle(isTerminal: false, width: 80, environment: [:])
        XCTAssertFalse(piped.marksHits)
        XCTAssertNil(piped.width, "nothing is shortened into a pipe")
        XCTAssertEqual(piped.fitted(String(repeating: "woord ", count: 60)).count, 360)
    }

    func testATableIsShortenedAtAWordOnATerminalAndWholeOtherwise() {
        let title = "Wantrouwen tussen bewoners en gemeente over het beheer van het buurthuis en de sportvelden"
        let table = TextTable(headers: ["ID", "TITLE"], rows: [["1", title]])
        let narrow = table.render(width: 40)
        XCTAssertTrue(narrow.hasSuffix("1   Wantrouwen tussen bewoners en…"), narrow)
        XCTAssertTrue(narrow.split(separator: "\n").allSatisfy { $0.count <= 40 }, narrow)
        XCTAssertTrue(table.render(width: nil).hasSuffix(title))
    }
}
