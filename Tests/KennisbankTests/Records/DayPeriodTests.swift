import XCTest

@testable import Kennisbank

final class DayPeriodTests: XCTestCase {
    private func day(_ text: String) -> String? { Day(parsing: text)?.description }

    func testNumericDaysStillRead() {
        XCTAssertEqual(day("2026-11-30"), "2026-11-30")
        XCTAssertEqual(day("30-11-2026"), "2026-11-30")
        XCTAssertEqual(day(" 30/11/2026 "), "2026-11-30")
        XCTAssertNil(day("31-11-2026"))
    }

    func testDutchMonthNamesWrittenOutAndAbbreviated() {
        XCTAssertEqual(day("30 november 2026"), "2026-11-30")
        XCTAssertEqual(day("30 nov 2026"), "2026-11-30")
        XCTAssertEqual(day("30 Nov. 2026"), "2026-11-30")
        XCTAssertEqual(day("1 mrt 2024"), "2024-03-01")
        XCTAssertEqual(day("1 maart 2024"), "2024-03-01")
        XCTAssertEqual(day("21 mei 2015"), "2015-05-21")
        XCTAssertEqual(day("3 okt 2020"), "2020-10-03")
        XCTAssertEqual(day("29 februari 2024"), "2024-02-29")
        XCTAssertNil(day("29 februari 2023"), "no such day")
        XCTAssertNil(day("30 novembre 2026"), "not a month name")
        XCTAssertNil(day("30 no 2026"), "too short to tell")
        XCTAssertNil(day("30 november 26"), "a two-digit year is not read")
    }

    func testAMonthIsItsFirstDayAsADateAndTheWholeMonthAsAPeriod() throws {
        XCTAssertEqual(day("nov 2026"), "2026-11-01")
        let month = try XCTUnwrap(Day.Period(parsing: "november 2026"))
        XCTAssertTrue(month.isMonth)
        XCTAssertEqual(month.first.description, "2026-11-01")
        XCTAssertEqual(month.last.description, "2026-11-30")
        XCTAssertEqual(Day.Period(parsing: "feb 2024")?.last.description, "2024-02-29")
        let one = try XCTUnwrap(Day.Period(parsing: "30 nov 2026"))
        XCTAssertFalse(one.isMonth)
        XCTAssertEqual(one.first, one.last)
    }

    func testOtherTextIsNoDay() {
        for text in ["", "gisteren", "nov", "2026", "30 november", "november 2026 12", "13-13-2026"] {
            XCTAssertNil(Day.Period(parsing: text), text)
        }
    }
}
