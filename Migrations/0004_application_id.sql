-- Mark the file as a Kennisbank: SQLite's application_id (bytes 68-71 of the header) becomes
-- ASCII "KNBK" (0x4B4E424B = 1263419979), where tools such as file(1) look, and by which kb
-- tells its own files from other programs' SQLite databases. The pragma writes the header
-- inside the migration's transaction, so it is set together with the migration's record.
PRAGMA application_id = 1263419979;
