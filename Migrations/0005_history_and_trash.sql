-- History and trash: nothing a person wrote is lost.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- Every version of every entry, numbered per entry from 1. A row holds the entry as it was after
-- the change (`snapshot`, JSON: the entry's fields and topics, the obstacles it addresses, the
-- entries that address it), when, by whom, and what kind of change made it. An entry stored before
-- this migration gets a row of change 'existing' (its state then) at its first change. `entry_id`
-- has no foreign key: the history of an entry in the trash stays; emptying the trash removes both.
CREATE TABLE entry_revision (
    id            INTEGER PRIMARY KEY,
    entry_id      INTEGER NOT NULL,
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    change        TEXT NOT NULL
                  CHECK (change IN ('existing', 'add', 'edit', 'import', 'remove', 'restore', 'untrash')),
    -- the revision a 'restore' brought back
    restored_from INTEGER CHECK (restored_from IS NULL OR restored_from >= 1),
    changed_at    TEXT NOT NULL,
    -- who made the change: a login name, --author, or a web account; NULL when unknown
    author        TEXT,
    snapshot      TEXT NOT NULL CHECK (substr(snapshot, 1, 1) = '{'),
    UNIQUE (entry_id, revision)
);

-- Entries removed with `kb rm`: a soft delete. The row keeps the entry's id and UUID, so that no
-- new entry takes them, and its last version (`snapshot`, as in entry_revision) to restore from.
-- A trashed entry is not in `entry`, so search, lists, comparison and export do not see it.
CREATE TABLE entry_trash (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('example', 'obstacle', 'tip')),
    title      TEXT NOT NULL,
    trashed_at TEXT NOT NULL,
    trashed_by TEXT,
    snapshot   TEXT NOT NULL CHECK (substr(snapshot, 1, 1) = '{')
);
CREATE INDEX entry_trash_trashed_at ON entry_trash(trashed_at);
