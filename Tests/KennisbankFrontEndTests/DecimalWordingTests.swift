import KennisbankFrontEnd
import XCTest

/// Numbers with decimals as people read them in each language.
final class DecimalWordingTests: XCTestCase {
    func testDutchHasACommaAndEnglishAPoint() {
        let dutch = Catalog(.dutch)
        let english = Catalog(.english)
        XCTAssertEqual(dutch.decimal(0.7349), "0,73")
        XCTAssertEqual(english.decimal(0.7349), "0.73")
        XCTAssertEqual(dutch.decimal(1), "1,00")
        XCTAssertEqual(dutch.decimal(0.05), "0,05")
        XCTAssertEqual(dutch.decimal(0.995), "1,00", "rounded up into the whole")
        XCTAssertEqual(dutch.decimal(18.25, places: 1), "18,3")
        XCTAssertEqual(dutch.decimal(1234.5678, places: 3), "1234,568")
        XCTAssertEqual(dutch.decimal(-0.5), "-0,50")
        XCTAssertEqual(dutch.decimal(-0.001), "0,00", "no minus on a zero")
        XCTAssertEqual(dutch.decimal(2.6, places: 0), "3")
        XCTAssertEqual(Catalog.decimal(0.8660, separator: "."), "0.87", "for machines, whatever the language")
    }
}
