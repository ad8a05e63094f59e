-- Compound parts and the ge- rule (issue 15): the `dutch` tokenizer now also stores the parts of
-- compound words (`gemeenteraad` → `~gemeente`, `~raad`, from the bundled word list), keeps the
-- `ge` of words that are not participles (`gezin`, `gesprek`) and joins `financiële` with
-- `financieel`. Every entry is indexed anew: the index is rebuilt in this migration's
-- transaction, and the analyzer that built it is recorded right after (see SchemaMigrations).
INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');
