-- The coordinator's changes to the search thesaurus (`kb synonyms add|remove`), beside the
-- built-in thesaurus of the binary. A change is a row that is never updated or deleted: the
-- thesaurus in force is the built-in one with these changes applied in order (an addition is a
-- group of its own; a removal takes its words out of every group before it). So nothing a person
-- wrote is lost, every change says who made it and when, and a removal is undone by adding the
-- words again. Shipped migrations are frozen: change the schema with a new numbered file.
CREATE TABLE synonym_change (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL CHECK (action IN ('add', 'remove')),
    -- the words and phrases as typed, one a line (a word is one line)
    words       TEXT NOT NULL CHECK (length(trim(words)) > 0),
    author      TEXT,
    changed_at  TEXT NOT NULL
);
