-- Visits: people of one municipality going to see another ("met mensen uit de ene gemeente op
-- bezoek gaan bij de andere"), planned or done, who went, and what it led to.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A visit from one municipality to another on a date. Nothing is deleted: a planned visit
-- becomes done; notes are written once.
CREATE TABLE visit (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE
                         CHECK (length(uuid) = 36 AND uuid GLOB '[0-9a-f]*-*-*-*-*' AND lower(uuid) = uuid),
    from_municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
    to_municipality_id   INTEGER NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
    date                 TEXT NOT NULL
                         CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(date) IS date),
    status               TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done')),
    notes                TEXT CHECK (notes IS NULL OR length(trim(notes)) > 0),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL CHECK (updated_at >= created_at),
    -- who recorded it (the author of the change), when known
    author               TEXT,
    CHECK (from_municipality_id <> to_municipality_id)
);
CREATE INDEX visit_from ON visit(from_municipality_id, date);
CREATE INDEX visit_to ON visit(to_municipality_id, date);

-- Who went, in the order they were named. A forgotten person leaves the visit with them.
CREATE TABLE visit_person (
    visit_id  INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (visit_id, person_id)
) WITHOUT ROWID;
CREATE INDEX visit_person_person ON visit_person(person_id, visit_id);

-- The entries a visit led to, by the entry's UUID: a link survives the entry's trip to the
-- trash and back (it shows while the entry exists).
CREATE TABLE visit_entry (
    visit_id   INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
    entry_uuid TEXT NOT NULL
               CHECK (length(entry_uuid) = 36 AND lower(entry_uuid) = entry_uuid),
    linked_at  TEXT NOT NULL,
    PRIMARY KEY (visit_id, entry_uuid)
) WITHOUT ROWID;
CREATE INDEX visit_entry_entry ON visit_entry(entry_uuid, visit_id);
