-- Who changed what and when, a bin for deleted responses, and settings such as the contributor's name.
CREATE TABLE answer_history (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL
);
CREATE INDEX answer_history_by_item ON answer_history (response_id, item_id, seq);
ALTER TABLE answer ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE response ADD COLUMN deleted_at TEXT;
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
