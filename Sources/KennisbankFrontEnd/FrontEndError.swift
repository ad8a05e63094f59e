/// What a front end refuses before the library is asked: settings and input that name nothing.
public enum FrontEndError: Error, Equatable, Sendable {
    /// The database path given (`--db`, a form) is empty.
    case emptyDatabasePath
    /// A command that only reads, on a machine whose default knowledge base does not exist yet.
    case noKnowledgeBaseYet(String)
}

extension FrontEndError {
    /// The one-line message for a person.
    public func message(_ catalog: Catalog) -> String {
        switch self {
        case .emptyDatabasePath: catalog.text("frontEnd.emptyDatabasePath")
        case .noKnowledgeBaseYet(let path): catalog.text("error.names.noKnowledgeBaseYet", ["path": path])
        }
    }
}
