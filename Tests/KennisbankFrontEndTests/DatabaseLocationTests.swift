import Foundation
import XCTest

@testable import KennisbankFrontEnd

final class DatabaseLocationTests: XCTestCase {
    func testTheDefaultLocationCreatesItsFolders() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kb-location-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let location = try DatabaseLocation.resolve(explicit: nil, environment: ["HOME": home])
        XCTAssertEqual(location.path, home + "/.local/share/kennisbank/kennisbank.sqlite")
        XCTAssertTrue(location.isDefault)
        _ = try location.open(forWriting: true)
        XCTAssertTrue(FileManager.default.fileExists(atPath: location.path))
    }

    func testLocationPrefersTheOptionThenTheEnvironment() throws {
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: "/a.sqlite", environment: ["KENNISBANK_DB": "/b.sqlite"]).path,
            "/a.sqlite")
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: nil, environment: ["KENNISBANK_DB": "/b.sqlite"]).path, "/b.sqlite")
        XCTAssertEqual(
            try DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/x"])
                .path,
            "/data/kennisbank/kennisbank.sqlite")
        XCTAssertThrowsError(try DatabaseLocation.resolve(explicit: " ")) { error in
            XCTAssertEqual(error as? FrontEndError, .emptyDatabasePath)
        }
    }
}
