-- The network's meetings: when and where, who came, and which entries came out of them.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A meeting of the network on a day, with a title, optionally the municipality that hosted it
-- and a theme. People refer to one by its row id or, when no other meeting shares it, its date.
CREATE TABLE meeting (
    id                   INTEGER PRIMARY KEY,
    date                 TEXT NOT NULL
                         CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(date) IS date),
    title                TEXT NOT NULL CHECK (length(trim(title)) > 0),
    host_municipality_id INTEGER REFERENCES municipality(id) ON DELETE RESTRICT,
    theme                TEXT CHECK (theme IS NULL OR length(trim(theme)) > 0),
    created_at           TEXT NOT NULL,
    created_by           TEXT
);
CREATE INDEX meeting_date ON meeting(date, id);

-- Who attended a meeting. A person forgotten (`kb people forget`) leaves no attendance behind.
CREATE TABLE meeting_attendance (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT,
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;
CREATE INDEX meeting_attendance_person ON meeting_attendance(person_id, meeting_id);

-- The entries that came out of a meeting, by the entry's UUID: an entry moved to the trash
-- drops out of the meeting and comes back with it when restored.
CREATE TABLE meeting_entry (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
    entry_uuid  TEXT NOT NULL CHECK (length(entry_uuid) = 36 AND lower(entry_uuid) = entry_uuid),
    linked_at   TEXT NOT NULL,
    linked_by   TEXT,
    PRIMARY KEY (meeting_id, entry_uuid)
) WITHOUT ROWID;
CREATE INDEX meeting_entry_entry ON meeting_entry(entry_uuid);
