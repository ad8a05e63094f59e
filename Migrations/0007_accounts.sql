-- Accounts of the web site (`kb serve`) and their API tokens.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A person who signs in: a name (unique, compared case-insensitively), a role, for an editor
-- optionally the municipality whose entries they keep, and a bcrypt hash of the password (never
-- the password itself).
CREATE TABLE account (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    role            TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'coordinator')),
    municipality_id INTEGER REFERENCES municipality(id) ON DELETE RESTRICT,
    password_hash   TEXT NOT NULL CHECK (substr(password_hash, 1, 1) = '$'),
    created_at      TEXT NOT NULL
);

-- API tokens (`Authorization: Bearer …`): only the SHA-256 of a token is kept, in hex; the token
-- itself is shown once, when it is made. Removing an account removes its tokens.
CREATE TABLE account_token (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at  TEXT NOT NULL,
    last_used   TEXT
);
CREATE INDEX account_token_account ON account_token(account_id);
