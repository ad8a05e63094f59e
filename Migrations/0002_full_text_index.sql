-- Full-text index over all entries, with the Dutch analyzer (tokenizer `dutch`, registered by kb
-- on every connection). The index reads its text through a view, so that topics and the
-- municipality's name are searchable too; kb keeps it in step inside each write transaction.

CREATE VIEW entry_search_text AS
SELECT e.id AS id,
       e.title AS title,
       e.body AS body,
       coalesce((SELECT group_concat(t.label, ' · ')
                 FROM entry_topic et JOIN topic t ON t.id = et.topic_id
                 WHERE et.entry_id = e.id), '') AS topics,
       coalesce(m.name, '') AS municipality
FROM entry e LEFT JOIN municipality m ON m.id = e.municipality_id;

CREATE VIRTUAL TABLE entry_fts USING fts5(
    title, body, topics, municipality,
    content = 'entry_search_text',
    content_rowid = 'id',
    tokenize = 'dutch'
);

-- Which analyzer built the index: when kb's analyzer changes, it rebuilds the index.
CREATE TABLE search_index_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    analyzer TEXT NOT NULL
);

INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');
