-- The people of the network: who to call about an entry. People are personal data (AVG): `kb
-- people forget` erases a person everywhere, the one deliberate exception to "nothing is lost".
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A person of a municipality: a name as written, its folded form for lookup (as a municipality's
-- lookup_key is folded), and optionally a role, an e-mail address and a phone number. Public pages
-- never show the e-mail address or the phone number.
CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE
                    CHECK (length(uuid) = 36 AND uuid GLOB '[0-9a-f]*-*-*-*-*' AND lower(uuid) = uuid),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    lookup_key      TEXT NOT NULL CHECK (length(lookup_key) > 0),
    municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
    role            TEXT CHECK (role IS NULL OR length(trim(role)) > 0),
    email           TEXT CHECK (email IS NULL OR length(trim(email)) > 0),
    phone           TEXT CHECK (phone IS NULL OR length(trim(phone)) > 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL CHECK (updated_at >= created_at),
    -- two people of one municipality never share a name: a name and a municipality name a person
    UNIQUE (lookup_key, municipality_id)
);
CREATE INDEX person_municipality ON person(municipality_id);

-- An entry's contact persons, in the order they were named.
CREATE TABLE entry_contact (
    entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (entry_id, person_id)
) WITHOUT ROWID;
CREATE INDEX entry_contact_person ON entry_contact(person_id, entry_id);
