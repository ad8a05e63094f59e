import Foundation
import Kennisbank

/// Where the knowledge base file is: `--db PATH`, else `KENNISBANK_DB`, else
/// `$XDG_DATA_HOME/kennisbank/kennisbank.sqlite` (`~/.local/share/…` when unset).
public struct DatabaseLocation: Sendable, Equatable {
    /// The file path.
    public var path: String
    /// True for the default location, whose folders are created on first use.
    public var isDefault: Bool

    /// The location of the file at `path`; `isDefault` for the default location.
    public init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }

    /// Chooses the location from an explicit path and the environment.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> DatabaseLocation
    {
        if let explicit {
            guard !explicit.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw FrontEndError.emptyDatabasePath
            }
            return DatabaseLocation(path: explicit, isDefault: false)
        }
        if let fromEnvironment = environment["KENNISBANK_DB"], !fromEnvironment.isEmpty {
            return DatabaseLocation(path: fromEnvironment, isDefault: false)
        }
        var dataHome = environment["XDG_DATA_HOME"] ?? ""
        if dataHome.isEmpty || !dataHome.hasPrefix("/") {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return DatabaseLocation(
            path: (dataHome as NSString).appendingPathComponent("kennisbank/kennisbank.sqlite"), isDefault: true)
    }

    /// Opens the knowledge base here: for changes, the file (and for the default location its
    /// folders) is created. For reading only, nothing is created and a missing file is an error
    /// rather than an empty knowledge base: ``KennisbankError/noKnowledgeBase(_:)`` for a path
    /// someone gave (`--db`, `KENNISBANK_DB`: most likely a typo), ``FrontEndError/noKnowledgeBaseYet(_:)``
    /// for the default location. With `allowingMissing` (a dry run of a change) a missing file
    /// reads as an empty knowledge base.
    public func open(forWriting: Bool, allowingMissing: Bool = false) throws -> KnowledgeBase {
        if forWriting {
            return try KnowledgeBase(path: path, creation: isDefault ? .createWithFolders : .create)
        }
        if allowingMissing {
            return try KnowledgeBase(path: path, creation: .inMemoryIfMissing)
        }
        // The default location's folder may not exist yet either; a link to nothing is left to the library.
        if isDefault, (try? FileManager.default.attributesOfItem(atPath: path)) == nil {
            throw FrontEndError.noKnowledgeBaseYet(path)
        }
        return try KnowledgeBase(path: path, creation: .mustExist)
    }
}
