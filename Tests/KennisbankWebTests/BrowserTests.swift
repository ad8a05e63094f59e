import Foundation
import XCTest

/// Runs the browser flows of `Tests/Browser` (Python and Selenium in headless Chromium) against
/// the built `kb-server` on a temporary sample knowledge base. Chromium, chromedriver and the
/// Python environment come from `Scripts/browser-setup.sh` (run by `.ci/run`); when they are
/// missing the test fails and says so: it never passes without having driven a browser.
final class BrowserTests: XCTestCase {
    /// The repository's root, from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folder with the built `kb` and `kb-server`: the test bundle's.
    static let products: URL = {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }()

    /// The flows stop on their own after this many seconds; the test ends the run a minute later.
    static let timeLimit = 240

    func testFlowsInHeadlessChromium() throws {
        let python = Self.root.appendingPathComponent("browser-work/venv/bin/python")
        let missing = [
            ("/usr/bin/chromium", "chromium"), ("/usr/bin/chromedriver", "chromium-driver"),
            (python.path, "Selenium in browser-work/venv"),
        ].filter { !FileManager.default.isExecutableFile(atPath: $0.0) }.map(\.1)
        guard missing.isEmpty else {
            return XCTFail(
                """
                The browser tests need \(missing.joined(separator: ", ")): run Scripts/browser-setup.sh \
                (apt-get install chromium chromium-driver; Selenium from PyPI into browser-work/venv).
                """)
        }
        for program in ["kb", "kb-server"] {
            let path = Self.products.appendingPathComponent(program).path
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: path), "\(path) is not built")
        }

        let (status, output) = try run(
            python.path,
            [
                Self.root.appendingPathComponent("Tests/Browser/run.py").path, "--bin", Self.products.path,
                "--timeout", String(Self.timeLimit),
            ],
            limit: TimeInterval(Self.timeLimit + 60))
        XCTAssertEqual(status, 0, "The browser flows failed:\n\(output)")
        XCTAssertTrue(output.contains("\nOK"), "The browser flows did not end with OK:\n\(output)")
    }

    /// Runs `program` with its output (standard output and error together) in a file, ending it
    /// after `limit` seconds; returns its exit status and output.
    func run(_ program: String, _ arguments: [String], limit: TimeInterval) throws -> (Int32, String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("kb-browser-\(UUID()).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        if ended.wait(timeout: .now() + limit) == .timedOut {
            process.terminate()
            ended.wait()
            XCTFail("The browser flows were stopped after \(Int(limit)) s.")
        }
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}
