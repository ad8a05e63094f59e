import Foundation
import XCTest

@testable import Kennisbank

/// The fast paths of ``EntryValidation`` (added for import speed) agree with the Unicode
/// properties and Foundation calls they replace.
final class EntryValidationTests: XCTestCase {
    /// Every scalar: the value test is the general-category and noncharacter test it replaced.
    func testControlCharactersMatchTheUnicodeProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let byProperties =
                scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || scalar.properties.isNoncharacterCodePoint
            XCTAssertEqual(
                EntryValidation.isControl(scalar), byProperties, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    /// Scalars taken as NFC without normalizing are NFC alone, between letters, and all together.
    func testScalarsStableInNFCNeedNoNormalization() {
        let stable = (UInt32(0)...0x2100).compactMap(Unicode.Scalar.init).filter(EntryValidation.isStableInNFC)
        XCTAssertEqual(stable.count, 0x300 + 0x18 + 1)
        for scalar in stable {
            XCTAssertEqual(
                scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(scalar.value, radix: 16))")
            for text in [String(scalar), "a\(scalar)e", "\(scalar)\(scalar)", "é\(scalar)ë"] {
                XCTAssertEqual(
                    text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value),
                    text.unicodeScalars.map(\.value), "U+\(String(scalar.value, radix: 16))")
            }
        }
        var all = String.UnicodeScalarView()
        all.append(contentsOf: stable)
        let text = String(all)
        XCTAssertEqual(
            text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), text.unicodeScalars.map(\.value))
        XCTAssertEqual(String(text.reversed()).precomposedStringWithCanonicalMapping, String(text.reversed()))
    }

    /// Text with other scalars is still normalized: decomposed input becomes composed.
    func testNormalizesDecomposedText() {
        XCTAssertEqual(
            EntryValidation.normalized("financie\u{0308}le").unicodeScalars.map(\.value),
            "financi\u{00EB}le".unicodeScalars.map(\.value))
        XCTAssertEqual(EntryValidation.normalized("Su\u{0301}dwest-Frysla\u{0302}n"), "Súdwest-Fryslân")
        XCTAssertEqual(
            EntryValidation.normalized("co\u{2011}creatie \u{2018}risico\u{2019}s\u{2019} € 5"),
            "co\u{2011}creatie ‘risico’s’ € 5")
    }

    /// Trimming removes exactly what Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` removes.
    func testTrimmingMatchesFoundation() {
        let spaces = (UInt32(0)...0x3100).compactMap(Unicode.Scalar.init).filter {
            CharacterSet.whitespacesAndNewlines.contains($0)
        }
        XCTAssertTrue(spaces.contains("\u{A0}") && spaces.contains("\u{85}") && spaces.contains("\u{3000}"))
        var samples = [
            "", " ", "\n\t ", "a", " a ", "\r\nBuurthuis\r\n", " \u{301}x ", "x\u{301} ",
            "\u{A0}financiële risico's\u{A0}",
            "\u{FEFF}bom\u{FEFF}", "\u{200B}zero width\u{200B}", "a\u{0}", "\u{1F}a\u{7F}",
        ]
        for space in spaces {
            samples += [
                "\(space)woord\(space)", "\(space)\(space)", "twee \(space) woorden", "\(space)é\u{301}\(space)x",
            ]
        }
        for sample in samples {
            XCTAssertEqual(
                EntryValidation.trimmed(sample).unicodeScalars.map(\.value),
                sample.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.map(\.value),
                sample.unicodeScalars.map { "U+\(String($0.value, radix: 16))" }.joined(separator: " "))
        }
    }

    /// The body and title rules end to end: line breaks, trimming, NFC, refused controls.
    func testBodyAndTitleRules() throws {
        XCTAssertEqual(
            try EntryValidation.body(" \r\nRegel één\r\nRegel twee\rdrie\u{A0}\n"), "Regel één\nRegel twee\ndrie")
        XCTAssertEqual(try EntryValidation.body("tab\there"), "tab\there")
        XCTAssertEqual(try EntryValidation.body("e\u{301}"), "é")
        // A CR followed by a combining mark or joiner is one composed sequence for Foundation's
        // non-literal search: it was left as a CR and the body refused (found by the round-trip test).
        XCTAssertEqual(
            Array(try EntryValidation.body("a\r\u{200C}b\r\n\u{301}c\r\u{308}").unicodeScalars),
            Array("a\n\u{200C}b\n\u{301}c\n\u{308}".unicodeScalars))
        XCTAssertThrowsError(try EntryValidation.body("bel\u{7}"))
        XCTAssertThrowsError(try EntryValidation.body("niet\u{FFFE}"))
        XCTAssertThrowsError(try EntryValidation.body("schei\u{2028}ding"))
        XCTAssertEqual(try EntryValidation.title("\u{3000} Buurthuis \n"), "Buurthuis")
        XCTAssertThrowsError(try EntryValidation.title(" \u{A0} "))
        XCTAssertThrowsError(try EntryValidation.title("twee\nregels"))
        XCTAssertNil(try EntryValidation.optionalText(" \u{85} ", field: .source))
    }

    /// Zero-padded numbers (dates, timestamps) are what `String(format: "%0Nd")` gave.
    func testZeroPaddedDigitsMatchStringFormat() throws {
        for value in [-1234, -5, -1, 0, 1, 7, 42, 999, 1000, 2015, 12345] {
            for width in [2, 3, 4] {
                XCTAssertEqual(
                    Timestamp.digits(value, width), String(format: "%0\(width)d", value), "\(value) width \(width)")
            }
        }
        XCTAssertEqual(Day(parsing: "5-3-2015"), "2015-03-05")
        XCTAssertEqual(Day(parsing: "2015/3/5"), "2015-03-05")
        let time = Date(timeIntervalSince1970: 1_432_201_234.5)
        XCTAssertEqual(Timestamp.string(time), "2015-05-21T09:40:34.500Z")
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: 0.007)), "1970-01-01T00:00:00.007Z")
    }
}
