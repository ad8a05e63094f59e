#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS) for the whole process, which
/// must not have used SQLite yet. With them on, every allocation SQLite makes takes one global
/// mutex to count itself. Returns SQLite's result code: SQLITE_MISUSE when SQLite was already in use.
/// (`sqlite3_config` is variadic, which Swift cannot call.)
int kennisbank_sqlite_disable_memory_statistics(void);

#endif
