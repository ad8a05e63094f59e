import Foundation
import XCTest

@testable import Kennisbank

/// ``KnowledgeBase/resolveEntry(referenceOrTitle:)``: an id or UUID first, else the whole title.
final class EntryTitleReferenceTests: XCTestCase {
    func testAReferenceOrATitleNamesOneEntry() throws {
        let knowledgeBase = try KnowledgeBase.inMemory()
        let tip = try knowledgeBase.add(NewEntry(kind: .tip, title: "Begin klein"))
        let other = try knowledgeBase.add(NewEntry(kind: .tip, title: "Werk met vaste contactpersonen"))
        XCTAssertEqual(try knowledgeBase.resolveEntry(referenceOrTitle: tip.uuid.uuidString), tip.id)
        XCTAssertEqual(try knowledgeBase.resolveEntry(referenceOrTitle: "#\(other.id.rawValue)"), other.id)
        XCTAssertEqual(try knowledgeBase.resolveEntry(referenceOrTitle: "  begin KLEIN "), tip.id)
        XCTAssertThrowsError(try knowledgeBase.resolveEntry(referenceOrTitle: "Begin")) { error in
            XCTAssertEqual(error as? KennisbankError, .unknownEntry("Begin"))
        }
        try knowledgeBase.add(
            NewEntry(kind: .example, title: "Begin klein", municipality: try knowledgeBase.municipality("Zwolle").id))
        XCTAssertThrowsError(try knowledgeBase.resolveEntry(referenceOrTitle: "Begin klein")) { error in
            guard case .ambiguousReference(_, let candidates)? = error as? KennisbankError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(candidates.count, 2)
        }
    }
}
