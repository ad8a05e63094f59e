import ArgumentParser
import Foundation
import Kennisbank

/// The `--author` option of commands that write: who the history records as making the change.
struct AuthorOptions: ParsableArguments {
    @Option(name: .long)
    var author: String?

    /// `--author`, else `$KENNISBANK_AUTHOR`, else the login name (the password database's entry
    /// for this user, else `$LOGNAME`, else `$USER`); nil when none is known.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> Author? {
        if let author, let named = Author(author) { return named }
        if let named = environment["KENNISBANK_AUTHOR"].flatMap(Author.init) { return named }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name, let login = Author(String(cString: name)) {
            return login
        }
        return environment["LOGNAME"].flatMap(Author.init) ?? environment["USER"].flatMap(Author.init)
    }
}
