-- Kennisbank schema, version 1.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- Dutch municipalities: the CBS registry plus any a user adds.
CREATE TABLE municipality (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- name folded for lookup: lower case, no diacritics, letters and digits only
    lookup_key  TEXT NOT NULL UNIQUE CHECK (length(lookup_key) > 0),
    -- lookup_key without a trailing "(NH.)"-style qualifier, for "Bergen" → ambiguous
    base_key    TEXT NOT NULL CHECK (length(base_key) > 0),
    code        TEXT UNIQUE CHECK (code IS NULL OR code GLOB 'GM[0-9][0-9][0-9][0-9]'),
    province    TEXT CHECK (province IS NULL OR length(trim(province)) > 0),
    -- where the row comes from: 'Bron: CBS' for the registry, NULL when added by hand
    attribution TEXT
);
CREATE INDEX municipality_base_key ON municipality(base_key);
CREATE INDEX municipality_province ON municipality(province);

-- Other names people use for a municipality ("Den Haag", names before a rename).
CREATE TABLE municipality_alias (
    lookup_key      TEXT PRIMARY KEY CHECK (length(lookup_key) > 0),
    alias           TEXT NOT NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Topics: a label as first written and its folded identity.
CREATE TABLE topic (
    id    INTEGER PRIMARY KEY,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    key   TEXT NOT NULL UNIQUE CHECK (length(key) > 0)
);

-- Where knowledge comes from: a meeting, a report, a conversation.
CREATE TABLE source (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0)
);

-- Practice examples, obstacles and tips share one table; `kind` tells them apart.
CREATE TABLE entry (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE
                    CHECK (length(uuid) = 36 AND uuid GLOB '[0-9a-f]*-*-*-*-*' AND lower(uuid) = uuid),
    kind            TEXT NOT NULL CHECK (kind IN ('example', 'obstacle', 'tip')),
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body            TEXT NOT NULL DEFAULT '',
    municipality_id INTEGER REFERENCES municipality(id) ON DELETE RESTRICT,
    status          TEXT CHECK (status IN ('open', 'addressed', 'resolved')),
    source_id       INTEGER REFERENCES source(id) ON DELETE RESTRICT,
    date            TEXT CHECK (date IS NULL OR (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(date) IS date)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL CHECK (updated_at >= created_at),
    -- only a tip may belong to the whole network
    CHECK (kind = 'tip' OR municipality_id IS NOT NULL),
    -- an obstacle has a status; the others have none
    CHECK ((kind = 'obstacle') = (status IS NOT NULL))
);
CREATE INDEX entry_kind ON entry(kind);
CREATE INDEX entry_municipality ON entry(municipality_id);
CREATE INDEX entry_date ON entry(date);

CREATE TABLE entry_topic (
    entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX entry_topic_topic ON entry_topic(topic_id, entry_id);

-- Which obstacles a tip or practice example addresses: the answer to "who solved this?".
CREATE TABLE entry_obstacle (
    entry_id    INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    obstacle_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, obstacle_id),
    CHECK (entry_id <> obstacle_id)
) WITHOUT ROWID;
CREATE INDEX entry_obstacle_obstacle ON entry_obstacle(obstacle_id, entry_id);

CREATE TRIGGER entry_obstacle_kinds
BEFORE INSERT ON entry_obstacle
WHEN (SELECT kind FROM entry WHERE id = NEW.entry_id) NOT IN ('example', 'tip')
  OR (SELECT kind FROM entry WHERE id = NEW.obstacle_id) IS NOT 'obstacle'
BEGIN
    SELECT RAISE(ABORT, 'only a tip or example can address an obstacle');
END;

CREATE TRIGGER entry_kind_fixed
BEFORE UPDATE OF kind ON entry
WHEN NEW.kind <> OLD.kind
BEGIN
    SELECT RAISE(ABORT, 'the kind of an entry cannot change');
END;
