import ArgumentParser
import Foundation
import Kennisbank

/// `--body TEXT` or `--body-file PATH` (`-` reads standard input).
struct BodyOptions: ParsableArguments {
    @Option(name: .long)
    var body: String?

    @Option(name: .customLong("body-file"))
    var bodyFile: String?

    /// Bytes read from the body file at a time.
    static let chunkSize = 1 << 16

    func validate() throws {
        if body != nil, bodyFile != nil {
            throw CommandLineError.bodyGivenTwice
        }
    }

    /// The body given, or nil when neither option was used.
    ///
    /// A body file or standard input is read up to ``EntryLimits/bodyBytes`` plus one byte and
    /// no further: a longer one is refused without being read to its end (`/dev/zero`, `yes |`).
    func read() throws -> String? {
        if let body { return body }
        guard let bodyFile else { return nil }
        let path = bodyFile == "-" ? nil : bodyFile
        let handle: FileHandle
        if bodyFile == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: bodyFile, isDirectory: &isDirectory), !isDirectory.boolValue,
                let file = FileHandle(forReadingAtPath: bodyFile)
            else {
                throw CommandLineError.bodyFileMissing(path: bodyFile)
            }
            handle = file
        }
        defer { if bodyFile != "-" { try? handle.close() } }
        let data = try Self.read(handle, atMost: EntryLimits.bodyBytes + 1, path: path)
        guard data.count <= EntryLimits.bodyBytes else {
            throw KennisbankError.tooLong(field: .body, limit: EntryLimits.bodyCharacters)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandLineError.bodyNotUTF8(path: path)
        }
        return text
    }

    /// Reads `handle` (the file at `path`, or standard input when nil) until its end or until
    /// `limit` bytes, whichever comes first.
    static func read(_ handle: FileHandle, atMost limit: Int, path: String?) throws -> Data {
        var data = Data()
        while data.count < limit {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(chunkSize, limit - data.count))
            } catch {
                throw CommandLineError.bodyUnreadable(path: path)
            }
            guard let chunk, !chunk.isEmpty else { break }
            data.append(chunk)
        }
        return data
    }
}
