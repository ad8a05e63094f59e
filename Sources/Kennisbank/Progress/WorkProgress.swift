/// How far a long piece of work has come: its phase, how many items are done, and how many there
/// are (when known). The library reports it through a ``ProgressReporter``; a front end shows it.
public struct WorkProgress: Sendable, Hashable {
    /// The steps of the long commands.
    public enum Phase: String, Sendable, Hashable, CaseIterable {
        /// Reading and storing the records of an import.
        case importing
        /// Committing an import's transaction.
        case committing
        /// Writing the entries of an export.
        case exporting
        /// Rebuilding the full-text index.
        case reindexing
        /// Checking the full-text index.
        case checking
        /// Copying the database for a backup.
        case backingUp
        /// Applying schema migrations.
        case migrating
    }

    /// The step the work is in.
    public var phase: Phase
    /// The items of this phase done so far.
    public var done: Int
    /// The items of this phase in all, or nil when unknown (a stream, or a step without items).
    public var total: Int?

    /// Progress `done` of `total` in `phase`.
    public init(_ phase: Phase, done: Int, total: Int?) {
        self.phase = phase
        self.done = done
        self.total = total
    }
}

/// Receives ``WorkProgress`` while the library works, on the working thread: often (once a record
/// in an import), so it must be cheap — a front end throttles what it shows.
public typealias ProgressReporter = (WorkProgress) -> Void
