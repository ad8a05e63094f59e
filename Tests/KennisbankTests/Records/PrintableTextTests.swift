import XCTest

@testable import Kennisbank

final class PrintableTextTests: XCTestCase {
    func testEscapesWhatATerminalWouldActOn() {
        XCTAssertEqual(PrintableText.escaped("a\u{1B}]0;x\u{07}b"), "a\\u{1B}]0;x\\u{7}b")
        XCTAssertEqual(PrintableText.escaped("\u{9B}31m\u{7F}"), "\\u{9B}31m\\u{7F}", "C1 CSI and DEL")
        XCTAssertEqual(
            PrintableText.escaped("exe\u{202E}fdp\u{202C} \u{2066}x\u{2069}"),
            "exe\\u{202E}fdp\\u{202C} \\u{2066}x\\u{2069}")
        let noncharacters = String(
            String.UnicodeScalarView([0xFFFF, 0xFDD0, 0x10FFFE].compactMap(Unicode.Scalar.init)))
        XCTAssertEqual(PrintableText.escaped(noncharacters), "\\u{FFFF}\\u{FDD0}\\u{10FFFE}", "noncharacters")
        XCTAssertEqual(PrintableText.escaped("a\u{2028}b\0c"), "a\\u{2028}b\\u{0}c")
    }

    func testLineBreaksAndTabsStayOnlyWhenAsked() {
        XCTAssertEqual(PrintableText.escaped("een\n\ttwee\r"), "een\\u{A}\\u{9}twee\\u{D}")
        XCTAssertEqual(PrintableText.escaped("een\n\ttwee\r", keepingLineBreaks: true), "een\n\ttwee\\u{D}")
    }

    func testLeavesOrdinaryTextAlone() {
        for text in [
            "’s-Hertogenbosch", "Súdwest-Fryslân", "financiële risico’s — 100 €", "e\u{301}", "👩‍👩‍👧 שלום \u{200F}",
            "\u{E000}mark\u{E001}", "",
        ] {
            XCTAssertEqual(PrintableText.escaped(text), text)
        }
    }

    func testErrorMessagesEchoUserTextEscaped() {
        let message = KennisbankError.unknownEntry("\u{1B}[2J").englishMessage
        XCTAssertTrue(message.contains("“\\u{1B}[2J”"), message)
        XCTAssertFalse(message.unicodeScalars.contains(where: PrintableText.isUnprintable), message)
    }
}
