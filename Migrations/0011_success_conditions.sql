-- The conditions for success and each municipality's assessment of them.
-- Shipped migrations are frozen: change the schema with a new numbered file.

-- A checklist the network holds itself to, numbered from 1. It starts with the seven conditions
-- of the meeting of 21 May 2015 (below); a coordinator may add one or reword one.
CREATE TABLE success_condition (
    id          INTEGER PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL CHECK (updated_at >= created_at),
    -- who added it: NULL for the built-in seven
    author      TEXT
);

-- Every earlier wording of a condition, so that rewording one loses nothing: the row holds the
-- wording as it was before the change, when it was replaced and by whom.
CREATE TABLE success_condition_wording (
    id           INTEGER PRIMARY KEY,
    condition_id INTEGER NOT NULL REFERENCES success_condition(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    replaced_by  TEXT
);
CREATE INDEX success_condition_wording_condition ON success_condition_wording(condition_id, id);

-- A municipality's assessment of one condition on a date. Rows are never updated or deleted: the
-- history is the rows, and a municipality's state of a condition is its latest row (by date, then
-- by id).
CREATE TABLE condition_assessment (
    id              INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipality(id) ON DELETE RESTRICT,
    condition_id    INTEGER NOT NULL REFERENCES success_condition(id) ON DELETE RESTRICT,
    state           TEXT NOT NULL CHECK (state IN ('present', 'partly', 'absent')),
    note            TEXT CHECK (note IS NULL OR length(trim(note)) > 0),
    date            TEXT NOT NULL
                    CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(date) IS date),
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT
);
CREATE INDEX condition_assessment_latest ON condition_assessment(municipality_id, condition_id, date, id);
CREATE INDEX condition_assessment_condition ON condition_assessment(condition_id);

-- The seven conditions for success of the meeting report of 21 May 2015.
INSERT INTO success_condition (number, title, description, created_at, updated_at) VALUES
    (1, 'Helderheid over belangen en doelen',
     'Helderheid over de belangen en doelen en die steeds voor ogen houden.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (2, 'Commitment aan de bottom-up benadering',
     'Commitment over de bottom-up benadering en de aanpak bij alle betrokkenen. Dat is iets anders dan alles en iedereen betrekken. Te veel mensen betrekken maakt het ook complex.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (3, 'Onderling vertrouwen en gelijkwaardigheid',
     'Onderling vertrouwen en gelijkwaardigheid. Dit moet groeien, ook intern, en een punt waar actief aan gewerkt kan worden, onder andere door de transparantie te verhogen. Het proces open en eerlijk op tafel leggen en open stellen voor alle niveaus.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (4, 'Veilige omgeving',
     'Hoe veiliger de omgeving, hoe meer mogelijkheden af te wijken van het bestaande pad. Investeren in de onderlinge relaties kan deze veiligheid vergroten.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (5, 'Elkaar meenemen in het proces',
     'Elkaar meenemen in het proces (ook bestuurders en de raad); veel informatie-uitwisseling, continue reflecteren en spiegelen. Alle verschillende perspectieven naast elkaar, verwerken en samen de verantwoordelijkheid voor resultaat nemen.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (6, 'De tijd nemen die nodig is',
     'De tijd nemen die hiervoor nodig is. Vooral de aanloopperiode is belangrijk. Té hoge druk kan de co-creatie verstoren.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z'),
    (7, 'Ruimte voor anders',
     'Elkaar niet vastprikken op een pad. Durf risico’s te nemen, bijvoorbeeld in de vorm van een experiment, pilot of laboratorium.',
     '2015-05-21T00:00:00.000Z', '2015-05-21T00:00:00.000Z');
