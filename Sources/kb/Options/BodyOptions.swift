import ArgumentParser
import Foundation
import Kennisbank

/// `--body TEXT` or `--body-file PATH` (`-` reads standard input).
struct BodyOptions: ParsableArguments {
    @Option(name: .long, help: "The body text, in Markdown.")
    var body: String?

    @Option(name: .customLong("body-file"), help: "Read the body from a file; - reads standard input.")
    var bodyFile: String?

    func validate() throws {
        if body != nil, bodyFile != nil {
            throw ValidationError("Give the body with --body or with --body-file, not both.")
        }
    }

    /// The body given, or nil when neither option was used.
    func read() throws -> String? {
        if let body { return body }
        guard let bodyFile else { return nil }
        let data: Data
        if bodyFile == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: bodyFile, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let contents = FileManager.default.contents(atPath: bodyFile) else {
                throw KennisbankError.invalidInput("Cannot read the body file \(bodyFile): check the path.")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KennisbankError.invalidInput("The body \(bodyFile == "-" ? "on standard input" : "file \(bodyFile)") is not UTF-8 text: save it as UTF-8.")
        }
        return text
    }
}
