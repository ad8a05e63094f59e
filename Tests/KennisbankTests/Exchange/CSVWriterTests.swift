import Foundation
import KennisbankTestSupport
import XCTest

@testable import Kennisbank

/// The one CSV writer: its quoting and formula rules, and a round-trip property test through the
/// project's CSV reader on generated hostile Unicode.
final class CSVWriterTests: XCTestCase {
    /// Reads `text` back with the import's CSV reader.
    private func read(_ text: String) throws -> [[String]] {
        let reader = CSVRecordReader(
            input: ByteInput(bytes: Array(text.utf8), name: "test.csv"), name: "test.csv", delimiter: UInt8(ascii: ","))
        var records: [[String]] = []
        while let (fields, _, _) = try reader.next() {
            records.append(fields)
        }
        return records
    }

    func testCellsAreQuotedWhereNeededAndQuotesDoubledScalarByScalar() {
        let writer = CSVWriter()
        XCTAssertEqual(
            writer.record(["a", "b,c", "d\"e", "f\ng", " h", ""]), "a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\",\r\n")
        XCTAssertEqual(CSVWriter(lineBreak: .lf).record(["x", "y"]), "x,y\n")
        // A quote or comma followed by a combining mark is one Character, but still a quote or a comma.
        XCTAssertTrue(
            CSVWriter.cell("Een \"\u{301} x").unicodeScalars.elementsEqual("\"Een \"\"\u{301} x\"".unicodeScalars))
        XCTAssertTrue(CSVWriter.cell("a,\u{301}b").unicodeScalars.elementsEqual("\"a,\u{301}b\"".unicodeScalars))
        XCTAssertTrue(CSVWriter.cell("a\r\u{301}").unicodeScalars.elementsEqual("\"a\r\u{301}\"".unicodeScalars))
        XCTAssertTrue(CSVWriter.cell("\u{FEFF}kind").unicodeScalars.elementsEqual("\"\u{FEFF}kind\"".unicodeScalars))
        XCTAssertTrue(CSVWriter.cell("x\u{2003}").unicodeScalars.elementsEqual("\"x\u{2003}\"".unicodeScalars))
        XCTAssertEqual(CSVWriter.cell("x\u{200B}"), "x\u{200B}", "a zero-width space is no white space")
    }

    func testFormulaStartsGetOneApostropheAndRealApostrophesStay() {
        let cases: [(String, String)] = [
            ("=1+1", "'=1+1"), ("+31", "'+31"), ("-2", "'-2"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
            ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("'t Zandt", "'t Zandt"), ("'", "'"), ("''", "''"),
            ("'=foo", "''=foo"), ("''+bar", "'''+bar"), ("a=b", "a=b"), (" =x", "\" =x\""), ("=\u{301}", "'=\u{301}"),
        ]
        for (text, cell) in cases {
            XCTAssertTrue(
                CSVWriter.cell(text).unicodeScalars.elementsEqual(cell.unicodeScalars),
                "\(text.debugDescription) → \(CSVWriter.cell(text).debugDescription)")
            XCTAssertEqual(CSVFormulaGuard.restored(CSVFormulaGuard.neutralised(text)), text)
        }
    }

    /// Every text over the characters that matter (apostrophe, formula starts, a letter), up to six
    /// long: neutralising never leaves a formula start first, and restoring gives the text back.
    func testTheFormulaGuardIsExactForEveryShortText() {
        let alphabet = ["'", "=", "+", "-", "@", "\t", "\r", "a", "\u{301}"]
        var texts = [""]
        var checked = 0
        for _ in 1...6 {
            texts = texts.flatMap { text in alphabet.map { text + $0 } }
            for text in texts {
                let cell = CSVFormulaGuard.neutralised(text)
                XCTAssertEqual(CSVFormulaGuard.restored(cell), text)
                XCTAssertFalse(
                    cell.utf8.first.map(CSVFormulaGuard.formulaStarts.contains) ?? false, text.debugDescription)
                checked += 1
            }
        }
        XCTAssertEqual(checked, (1...6).reduce(0) { $0 + Int(pow(Double(alphabet.count), Double($1))) })
    }

    /// Generated records of hostile Unicode — combining marks after quotes, commas, CR and LF,
    /// semicolons, BOM, ZWSP, RTL marks, tabs and other control characters (no NUL), formula
    /// starts — written by the writer and read by the import's reader: the same cells, exactly.
    func testGeneratedHostileRecordsRoundTripThroughTheReader() throws {
        let scalars: [String] = [
            "\"", ",", ";", "'", "=", "+", "-", "@", "\r", "\n", "\r\n", "\t", " ", "\u{1}", "\u{1B}", "\u{7F}",
            "\u{85}",
            "\u{301}", "\u{308}", "\u{20DD}", "\u{FEFF}", "\u{200B}", "\u{200F}", "\u{202E}", "\u{2028}", "\u{3000}",
            "é", "e\u{301}", "🏠", "👩‍👩‍👧", "a", "Z", "0",
        ]
        for seed: UInt64 in 1...40 {
            var text = HostileText(seed: seed)
            var rows: [[String]] = []
            let columns = 2 + text.below(5)
            for _ in 0..<(1 + text.below(12)) {
                rows.append(
                    (0..<columns).map { _ in
                        switch text.below(4) {
                        case 0: return ""
                        case 1: return text.lines()
                        default: return (0..<text.below(12)).map { _ in text.random.pick(scalars) }.joined()
                        }
                    })
            }
            let written = CSVWriter().records(rows)
            let read = try self.read(written)
            XCTAssertEqual(read.count, rows.count, "seed \(seed): \(written.debugDescription)")
            for (original, copy) in zip(rows, read) {
                XCTAssertTrue(
                    original.count == copy.count
                        && zip(original, copy).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) },
                    "seed \(seed): \(original) came back as \(copy)")
                for value in original {
                    // What a spreadsheet sees first: the cell's first byte, inside the quotes if it has them.
                    let cell = Array(CSVWriter.cell(value).utf8)
                    let first = cell.first == UInt8(ascii: "\"") ? cell.dropFirst().first : cell.first
                    XCTAssertFalse(
                        first.map(CSVFormulaGuard.formulaStarts.contains) ?? false,
                        "seed \(seed): \(value.debugDescription)")
                }
            }
        }
    }
}
