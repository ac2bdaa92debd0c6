-- Delegations a coordinator issued (with the answers handed over, the base of a later merge), the
-- contributions merged back (so a second import changes nothing), and, on the colleague's side, the
-- delegation a response was opened from.
CREATE TABLE delegation (
    id           TEXT PRIMARY KEY,
    response_id  TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    items        TEXT NOT NULL,
    delegated_to TEXT NOT NULL,
    delegated_by TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    base_answers TEXT NOT NULL
);
CREATE TABLE contribution (
    digest        TEXT PRIMARY KEY,
    delegation_id TEXT NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
    signer        TEXT NOT NULL,
    merged_at     TEXT NOT NULL
);
ALTER TABLE response ADD COLUMN received_delegation TEXT;
