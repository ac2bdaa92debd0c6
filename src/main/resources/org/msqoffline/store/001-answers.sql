-- Definitions, responses and their current answers.
CREATE TABLE questionnaire (
    sha256      TEXT PRIMARY KEY,
    id          TEXT NOT NULL,
    edition     TEXT NOT NULL,
    version     TEXT NOT NULL,
    definition  TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE response (
    id                   TEXT PRIMARY KEY,
    country_iso3         TEXT NOT NULL,
    country_name         TEXT NOT NULL,
    questionnaire_sha256 TEXT NOT NULL REFERENCES questionnaire (sha256),
    status               TEXT NOT NULL DEFAULT 'open',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE TABLE answer (
    response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (response_id, item_id)
) WITHOUT ROWID;
