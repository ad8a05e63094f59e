import Foundation
import Kennisbank

/// Standard output and error, and what the terminal can do.
enum Terminal {
    /// Prints one error line to standard error and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("kb: \(message)\n".utf8))
        exit(1)
    }

    /// Prints a note for a person to standard error (never mixed into data on standard output).
    static func note(_ message: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? message + "\n" : message).utf8))
    }

    /// Says where the backup went when opening migrated an existing database.
    static func reportBackup(of knowledgeBase: KnowledgeBase) {
        if let backup = knowledgeBase.migrationBackup {
            note("Migrated the database; a copy from before is at \(backup)")
        }
    }

    /// True when standard output is a terminal.
    static var isInteractiveOutput: Bool { isatty(STDOUT_FILENO) != 0 }

    /// True when standard input is a terminal.
    static var isInteractiveInput: Bool { isatty(STDIN_FILENO) != 0 }

    /// The width to lay tables out in: the terminal's, `COLUMNS`, or 80.
    static var width: Int {
        var size = winsize()
        if isInteractiveOutput, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        return 80
    }

    /// Prints `value` as JSON on standard output; `userInfo` goes to the encoder.
    static func printJSON<T: Encodable>(_ value: T, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws {
        let encoder = KennisbankJSON.encoder()
        encoder.userInfo = userInfo
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}
