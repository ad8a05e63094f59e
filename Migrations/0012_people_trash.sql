-- What `kb people rm` and `kb people edit` keep, so that nothing written about a person is lost
-- without a way back (`kb people restore`); `kb people forget` erases a person here too.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A person removed with `kb people rm`: the person as they were (JSON: the person's fields and
-- the UUIDs of the entries they were a contact of, with their place among its contacts), when
-- and by whom. Restoring deletes the row.
CREATE TABLE person_trash (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    snapshot    TEXT NOT NULL,
    removed_at  TEXT NOT NULL,
    removed_by  TEXT
);

-- Every earlier version of a person, so that an edit loses nothing: the person's fields as they
-- were before the change (JSON), when it was replaced and by whom.
CREATE TABLE person_revision (
    id           INTEGER PRIMARY KEY,
    person_uuid  TEXT NOT NULL,
    snapshot     TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT
);
CREATE INDEX person_revision_person ON person_revision(person_uuid, id);
