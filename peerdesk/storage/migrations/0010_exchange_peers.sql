-- The exchange between laptops (docs/format.md, "What each laptop knows of its peers"):
-- what each peer laptop is known to hold, and the bundles this laptop applied or wrote.
CREATE TABLE exchange_peers (
    device      TEXT PRIMARY KEY CHECK (length(device) = 32),
    -- The peer's acknowledgement from the last bundle applied from it: JSON object,
    -- device id -> the highest seq the peer holds without a gap.
    have        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(have)),
    -- The acknowledgement this laptop last sent it (so a sync knows when to tell it more).
    told        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(told)),
    -- Per device, the highest seq of the last bundle made for it.
    sent        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sent)),
    received_at TEXT,
    sent_at     TEXT
) WITHOUT ROWID;

-- Bundles applied here ('in') and written here ('out'), by their random id, so a sync
-- skips what it has applied after reading a header, and removes what peers acknowledged.
CREATE TABLE exchange_bundles (
    bundle    TEXT PRIMARY KEY CHECK (length(bundle) = 32),
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    peer      TEXT NOT NULL,
    at        TEXT NOT NULL,
    -- For 'out': per device, the highest seq it carries (JSON), so it can be removed once
    -- the peer acknowledges all of it.
    upto      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(upto)),
    file_name TEXT
) WITHOUT ROWID;
