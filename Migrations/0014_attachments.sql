-- Attachments: files kept with an entry (a budget sheet, council minutes, a photo), stored inside
-- this SQLite file so that `kb backup` copies them with everything else.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- One file of an entry: its name as given (the base name only), its media type, its size and
-- SHA-256 (lowercase hex) and the bytes themselves, when and by whom it was attached.
-- `kb detach` does not delete the row: it sets `detached_at` (and `detached_by`), and
-- `kb attachments restore` brings it back; emptying the trash deletes detached attachments and
-- those of the entries it deletes for good. `entry_id` has no foreign key, like `entry_revision`:
-- the attachments of an entry in the trash stay, and come back with it.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255 AND name NOT IN ('.', '..')
                                    AND instr(name, '/') = 0 AND instr(name, char(92)) = 0),
    media_type  TEXT NOT NULL CHECK (length(media_type) > 0),
    size        INTEGER NOT NULL CHECK (size BETWEEN 0 AND 26214400),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    content     BLOB NOT NULL CHECK (length(content) = size),
    added_at    TEXT NOT NULL,
    added_by    TEXT,
    detached_at TEXT CHECK (detached_at IS NULL OR detached_at >= added_at),
    detached_by TEXT
);
-- An entry never holds two attached files of one name; detached ones may share it.
CREATE UNIQUE INDEX attachment_entry_name ON attachment(entry_id, name) WHERE detached_at IS NULL;
CREATE INDEX attachment_entry ON attachment(entry_id, detached_at);
