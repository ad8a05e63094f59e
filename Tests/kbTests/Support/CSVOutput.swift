import CSV
import Foundation
import XCTest

/// CSV that `kb` printed, read back by CSV.swift (a reader independent of kb's own).
enum CSVOutput {
    /// The characters a spreadsheet runs as a formula when a cell starts with them.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The records of `text`, each as its raw cells (a leading `'` of a neutralised formula kept).
    static func records(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var records: [[String]] = []
        while let record = reader.next() {
            records.append(record)
        }
        XCTAssertNil(reader.error, "CSV.swift cannot read: \(text.debugDescription)", file: file, line: line)
        return records
    }

    /// A cell as its text: without the one `'` that keeps a spreadsheet from running it, when it
    /// is apostrophes followed by a formula character (`'=x` is `=x`, `''=x` is `'=x`; `'s-Hertogenbosch` stays).
    static func text(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let other = scalars.first(where: { $0 != "'" }), formulaStarts.contains(other)
        else { return cell }
        return String(scalars.dropFirst())
    }

    /// Fails unless no cell of `records` starts with a formula character.
    static func assertNoFormulas(_ records: [[String]], file: StaticString = #filePath, line: UInt = #line) {
        for record in records {
            for cell in record {
                if let first = cell.unicodeScalars.first, formulaStarts.contains(first) {
                    XCTFail(
                        "a spreadsheet runs this cell as a formula: \(cell.debugDescription)", file: file, line: line)
                }
            }
        }
    }

    /// True when both texts hold the same scalars (`==` on String compares canonically equivalent text as equal).
    static func same(_ one: String, _ other: String) -> Bool {
        one.unicodeScalars.elementsEqual(other.unicodeScalars)
    }
}
