import Foundation
import Kennisbank

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and error, and what the terminal can do.
///
/// Every byte `kb` prints goes through here: ``write(_:)`` for data (JSON, CSV, HTML, Markdown),
/// ``say(_:)`` for text a person reads on standard output, ``note(_:newline:)`` and
/// ``fail(_:)`` on standard error. Text for a person is made printable with
/// ``PrintableText/escaped(_:keepingLineBreaks:)`` (stored data is untouched). A write that fails
/// on standard output (a full disk, a closed pipe) ends `kb` with a message on standard error and
/// exit status 1; when standard error cannot be written either, `kb` exits with status 1 silently.
enum Terminal {
    /// Writes `text` to standard output as it is: data in a format of its own (JSON, CSV, HTML,
    /// Markdown), which escapes what it must.
    static func write(_ text: String) {
        if let error = write(text, to: STDOUT_FILENO) {
            failedOutput(errno: error)
        }
    }

    /// Writes `data` to standard output as it is.
    static func write(_ data: Data) {
        let error = data.withUnsafeBytes { write($0, to: STDOUT_FILENO) }
        if let error { failedOutput(errno: error) }
    }

    /// Writes text for a person to standard output, made printable (line breaks and tabs kept),
    /// followed by a line break.
    static func say(_ text: String) {
        write(PrintableText.escaped(text, keepingLineBreaks: true) + "\n")
    }

    /// Prints an error to standard error and exits with status 1: one line, or, for a list of
    /// problems (every bad row of an import), a first line and the list below it.
    static func fail(_ message: String) -> Never {
        _ = write("kb: " + PrintableText.escaped(message, keepingLineBreaks: true) + "\n", to: STDERR_FILENO)
        exit(1)
    }

    /// Prints a note for a person to standard error (never mixed into data on standard output).
    /// A note that cannot be written is left out: it changes nothing about what the command did.
    static func note(_ message: String, newline: Bool = true) {
        let text = PrintableText.escaped(message, keepingLineBreaks: true)
        _ = write(newline ? text + "\n" : text, to: STDERR_FILENO)
    }

    /// Writes `text` to standard error as it is (argument parser messages, already made printable).
    static func writeError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Says where the backup went when opening migrated an existing database.
    static func reportBackup(of knowledgeBase: KnowledgeBase) {
        if let backup = knowledgeBase.migrationBackup {
            note(Interface.catalog.text("output.migratedBackup", ["path": backup]))
        }
    }

    /// Confirms a written entry on standard error with the text `key` (`Toegevoegd: #12 Titel`);
    /// standard output keeps the bare id that scripts capture.
    static func confirm(_ key: String, _ entry: Entry) {
        note(Interface.catalog.text(key, ["id": entry.id.description, "title": TextTable.oneLine(entry.title)]))
    }

    /// True when standard output is a terminal.
    static var isInteractiveOutput: Bool { isatty(STDOUT_FILENO) != 0 }

    /// True when standard error is a terminal.
    static var isInteractiveError: Bool { isatty(STDERR_FILENO) != 0 }

    /// The width of standard error's terminal, `COLUMNS`, or 80.
    static var errorWidth: Int {
        var size = winsize()
        if isInteractiveError, ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).map { max(20, $0) } ?? 80
    }

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
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        write(data)
    }

    // MARK: Writing

    /// Ends `kb` after a failed write to standard output.
    private static func failedOutput(errno code: Int32) -> Never {
        fail(CommandLineError.outputFailed(reason: String(cString: strerror(code))).message(Interface.catalog))
    }

    /// Writes all of `text` to `descriptor`; returns the `errno` of a failed write, or nil.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`, going on after partial writes and interruptions;
    /// returns the `errno` of a failed write, or nil.
    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var address = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, address, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            address += written
            remaining -= written
        }
        return nil
    }

    /// The C library's `write(2)`.
    private static func systemWrite(_ descriptor: Int32, _ address: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, address, count)
        #else
            Darwin.write(descriptor, address, count)
        #endif
    }
}
