import KennisbankText
import XCTest

final class EditDistanceTests: XCTestCase {
    func testEditDistance() {
        XCTAssertEqual(EditDistance.levenshtein("zwole", "zwolle", limit: 2), 1)
        XCTAssertNil(EditDistance.levenshtein("a", "zwolle", limit: 2))
        XCTAssertEqual(EditDistance.levenshtein("", "ab", limit: 2), 2)
    }
}
