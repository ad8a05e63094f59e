import Foundation
import Kennisbank
import KennisbankFrontEnd
import XCTest

/// A fresh folder under the system temporary directory, removed by the test's teardown.
func makeTemporaryFolder(_ testCase: XCTestCase) throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("kennisbank-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
}

/// The bytes of a file, to prove it was not changed.
func fileContents(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Asserts that `work` throws exactly `expected`.
func XCTAssertThrowsKennisbankError<T>(
    _ expected: KennisbankErrorMatch, file: StaticString = #filePath, line: UInt = #line, _ work: () throws -> T
) {
    do {
        _ = try work()
        XCTFail("expected an error \(expected)", file: file, line: line)
    } catch let error as Kennisbank.KennisbankError {
        XCTAssertTrue(expected.matches(error), "got \(error): \(error.englishMessage)", file: file, line: line)
    } catch {
        XCTFail("expected a KennisbankError, got \(error)", file: file, line: line)
    }
}

extension KennisbankError {
    /// The message a person reads, in English (``KennisbankError/message(_:)``).
    var englishMessage: String { message(Catalog(.english)) }
}

/// A pattern for an expected error: a case, or text its English message must hold.
struct KennisbankErrorMatch: CustomStringConvertible {
    var check: (KennisbankError) -> Bool
    var description: String

    func matches(_ error: KennisbankError) -> Bool { check(error) }

    static func message(containing text: String) -> KennisbankErrorMatch {
        KennisbankErrorMatch(check: { $0.englishMessage.contains(text) }, description: "message containing \(text)")
    }

    static func exactly(_ expected: KennisbankError) -> KennisbankErrorMatch {
        KennisbankErrorMatch(check: { $0 == expected }, description: "\(expected)")
    }
}
