import CSQLiteSettings

/// Process-wide settings of the SQLite library, made once, before the process's first connection
/// (every way the library opens a database asks for them first).
enum SQLiteLibrary {
    /// Makes the settings, the first time only.
    static func prepare() {
        _ = settings
    }

    /// SQLite's memory statistics off: with them on, every allocation SQLite makes (FTS5 makes
    /// one per token it indexes) takes and leaves one global mutex, which the searches of a
    /// server contend for (8.8 % of `kb-server`'s samples under `/zoeken` load were in that mutex).
    /// Nothing of ours reads the statistics. When SQLite was already in use (a program that opened
    /// a database before it opened a knowledge base), SQLite refuses the change and keeps them on.
    private static let settings: Void = {
        _ = kennisbank_sqlite_disable_memory_statistics()
    }()
}
