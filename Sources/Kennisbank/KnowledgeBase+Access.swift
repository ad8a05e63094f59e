import GRDB

extension KnowledgeBase {
    /// Runs `work` in a read transaction; SQLite errors become ``KennisbankError``s.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(work)
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `work` in one immediate write transaction: all of it is stored, or nothing.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(work)
        } catch {
            throw mapped(error)
        }
    }

    /// A SQLite error as a message for a person; ours pass through.
    func mapped(_ error: any Error) -> any Error {
        if error is KennisbankError { return error }
        guard let databaseError = error as? DatabaseError else { return error }
        let where_ = path ?? "the knowledge base"
        switch databaseError.resultCode {
        case .SQLITE_CONSTRAINT:
            return KennisbankError.invalidInput("The change breaks a rule of the knowledge base and was not stored: check the values you gave.")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return KennisbankError.cannotOpen(path: where_, reason: "another kb kept it busy for too long; try again")
        default:
            return KnowledgeBase.openError(databaseError, path: where_)
        }
    }
}
