-- The change log (docs/format.md, "The change log in the vault"): the group's device
-- directory, this laptop's own device keys, and every device chain this laptop holds.
CREATE TABLE devices (
    id           TEXT PRIMARY KEY CHECK (length(id) = 32),
    label        TEXT NOT NULL,
    sign_public  TEXT NOT NULL,
    kem_x25519   TEXT NOT NULL,
    kem_mlkem768 TEXT NOT NULL,
    members      TEXT NOT NULL DEFAULT '[]',
    added_by     TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    revoked_at   TEXT
) WITHOUT ROWID;

-- This laptop's private device keys: exactly one row, never sent anywhere.
CREATE TABLE device_self (
    one    INTEGER PRIMARY KEY CHECK (one = 1),
    device TEXT NOT NULL REFERENCES devices(id),
    keys   BLOB NOT NULL CHECK (length(keys) = 128)
);

-- One row per change of any device chain held. envelope and signature are NULL for a
-- placeholder (a change this laptop may hold the link of, but not read).
CREATE TABLE changes (
    device    TEXT NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq >= 1),
    prev      TEXT NOT NULL CHECK (length(prev) = 64),
    digest    TEXT NOT NULL CHECK (length(digest) = 64),
    hash      TEXT NOT NULL CHECK (length(hash) = 64),
    envelope  TEXT,
    signature TEXT,
    UNIQUE (device, seq)
);

-- The canonical content of each record a change left behind, checked against the record
-- digest its envelope names. Only an erasure deletes rows here (it purges the text).
CREATE TABLE change_content (
    device    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content   TEXT NOT NULL,
    UNIQUE (device, seq, kind, record_id)
);
CREATE INDEX change_content_by_record ON change_content(kind, record_id);

-- The digest a record had before a write: the last one the audit chain recorded.
CREATE INDEX audit_content_by_record ON audit_content(kind, record_id, seq);

CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
BEGIN
    SELECT RAISE(ABORT, 'changes are append-only');
END;

CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
BEGIN
    SELECT RAISE(ABORT, 'changes are append-only');
END;

CREATE TRIGGER change_content_no_update BEFORE UPDATE ON change_content
BEGIN
    SELECT RAISE(ABORT, 'changes are append-only');
END;
