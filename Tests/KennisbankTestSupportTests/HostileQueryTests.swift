import KennisbankTestSupport
import XCTest

/// The generated queries: NUL only where it is allowed (an argument of `exec` cannot hold it),
/// the length limit kept, invalid UTF-8 and long runs among them.
final class HostileQueryTests: XCTestCase {
    func testNULComesOnlyWhenAllowed() {
        var arguments = HostileQuery(random: SeededRandom(seed: 1), allowsNUL: false)
        var inProcess = HostileQuery(random: SeededRandom(seed: 1), allowsNUL: true)
        var argumentNULs = 0
        var inProcessNULs = 0
        for _ in 0..<3_000 {
            argumentNULs += arguments.bytes().filter { $0 == 0 }.count
            inProcessNULs += inProcess.bytes().filter { $0 == 0 }.count
        }
        XCTAssertEqual(argumentNULs, 0)
        XCTAssertGreaterThan(inProcessNULs, 0)
        for _ in 0..<1_000 { XCTAssertFalse(arguments.piece().unicodeScalars.contains("\u{0}")) }
    }

    func testQueriesKeepTheirLimitAndHoldWhatBreaksParsers() {
        var generator = HostileQuery(random: SeededRandom(seed: 2), allowsNUL: false)
        var invalid = 0
        var long = 0
        for _ in 0..<3_000 {
            let bytes = generator.bytes(maxLength: 4_096)
            XCTAssertLessThanOrEqual(bytes.count, 4_096)
            if String(validating: bytes, as: UTF8.self) == nil { invalid += 1 }
            if bytes.count > 1_000 { long += 1 }
        }
        XCTAssertGreaterThan(invalid, 300, "invalid UTF-8 in many queries")
        XCTAssertGreaterThan(long, 50, "some long runs")
    }
}
