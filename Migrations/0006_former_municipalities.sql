-- Former municipalities: every one that ended in a reorganisation (herindeling), with the
-- municipality that took it over. A merger has one row; a split has one row per successor.
-- The successor is named by CBS code, since it may itself have ended later (a chain A → B → C,
-- followed to the end when a name is looked up). Filled from the bundled list of 1990-2023
-- (Bron: RvIG Landelijke Tabel 33) and kept current by `kb municipalities import`.
CREATE TABLE former_municipality (
    code            TEXT NOT NULL CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
    successor_code  TEXT NOT NULL CHECK (successor_code GLOB 'GM[0-9][0-9][0-9][0-9]' AND successor_code <> code),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- name folded for lookup, like municipality.lookup_key
    lookup_key      TEXT NOT NULL CHECK (length(lookup_key) > 0),
    -- the day the former municipality ended
    ended           TEXT NOT NULL CHECK (date(ended) IS ended),
    -- the day it became part of the successor (later than `ended` after a chain of mergers)
    part_since      TEXT NOT NULL CHECK (date(part_since) IS part_since AND part_since >= ended),
    attribution     TEXT,
    PRIMARY KEY (code, successor_code)
) WITHOUT ROWID;
CREATE INDEX former_municipality_lookup_key ON former_municipality(lookup_key);
