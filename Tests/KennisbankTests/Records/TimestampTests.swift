import Foundation
import XCTest

@testable import Kennisbank

final class TimestampTests: XCTestCase {
    func testRoundTripsToTheMillisecond() {
        for seconds in [0.0, 1_764_400_000.2639999, 1_764_400_000.9996, -1.5, 4_102_444_799.999] {
            let text = Timestamp.string(Date(timeIntervalSince1970: seconds))
            XCTAssertEqual(Timestamp.string(Timestamp.date(text)), text)
        }
        XCTAssertEqual(Timestamp.string(Date(timeIntervalSince1970: 1_764_400_000.2639999)), "2025-11-29T07:06:40.264Z")
    }

    func testParsesISOTimesAndRefusesOthers() {
        XCTAssertEqual(Timestamp.parse("2015-05-21T10:00:00Z")?.timeIntervalSince1970, 1_432_202_400)
        XCTAssertEqual(Timestamp.parse("2015-05-21T10:00:00.5Z")?.timeIntervalSince1970, 1_432_202_400.5)
        XCTAssertEqual(Timestamp.parse("2015-05-21T10:00:00.123456Z")?.timeIntervalSince1970, 1_432_202_400.123)
        XCTAssertEqual(Timestamp.parse("2015-05-21T10:00:00+00:00")?.timeIntervalSince1970, 1_432_202_400)
        for bad in [
            "", "2015-05-21", "2015-13-21T10:00:00Z", "2015-05-21T10:00:00", "2015-05-21T10:00:00.Z",
            "gisteren om tien uur",
            // Moments that do not exist (issue 10, item 15): they were moved to another one.
            "2020-02-30T00:00:00Z", "2021-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "0000-01-01T00:00:00Z",
            "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-12-31T23:59:60Z",
        ] {
            XCTAssertNil(Timestamp.parse(bad), bad)
        }
        for good in [
            "2024-02-29T12:00:00.000Z", "2000-02-29T00:00:00.000Z", "0001-01-01T00:00:00.000Z",
            "9999-12-31T23:59:59.999Z",
        ] {
            XCTAssertEqual(Timestamp.parse(good).map(Timestamp.string), good)
        }
    }
}
