-- Applying changes received from other laptops (docs/format.md, "Applying received
-- changes"): which records each change touched, changes waiting for a predecessor, forks,
-- quarantined changes, conflicts, flags a person should look at, and members' account keys.

-- One row per record a change lists (filled from the envelope by the trigger below), so
-- the changes of one record, and the content a digest names, are found without reading
-- every envelope.
CREATE TABLE change_records (
    device    TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    base      TEXT,
    after     TEXT,
    stamp     TEXT NOT NULL,
    PRIMARY KEY (device, seq, kind, record_id)
) WITHOUT ROWID;
CREATE INDEX change_records_by_record ON change_records(kind, record_id, after);

INSERT INTO change_records (device, seq, kind, record_id, base, after, stamp)
SELECT c.device, c.seq, json_extract(r.value, '$.kind'), json_extract(r.value, '$.id'),
       json_extract(r.value, '$.base'), json_extract(r.value, '$.after'),
       json_extract(c.envelope, '$.stamp')
FROM changes c, json_each(c.envelope, '$.records') r
WHERE c.envelope IS NOT NULL;

CREATE TRIGGER changes_list_records AFTER INSERT ON changes WHEN NEW.envelope IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO change_records (device, seq, kind, record_id, base, after, stamp)
    SELECT NEW.device, NEW.seq, json_extract(r.value, '$.kind'),
           json_extract(r.value, '$.id'), json_extract(r.value, '$.base'),
           json_extract(r.value, '$.after'), json_extract(NEW.envelope, '$.stamp')
    FROM json_each(NEW.envelope, '$.records') r;
END;

-- Received changes whose predecessor on their device has not arrived yet. They are applied,
-- in order, by the apply that brings the missing change.
CREATE TABLE pending_changes (
    device    TEXT NOT NULL,
    seq       INTEGER NOT NULL CHECK (seq >= 1),
    prev      TEXT NOT NULL,
    digest    TEXT NOT NULL,
    hash      TEXT NOT NULL,
    envelope  TEXT,
    signature TEXT,
    content   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(content)),
    received_at TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- The same device and seq received with another hash than the one held: a laptop restored
-- from an old backup (or a forged chain). The held change stands; nothing of the other is
-- applied.
CREATE TABLE forks (
    device     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    held_hash  TEXT NOT NULL,
    other_hash TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (device, seq, other_hash)
) WITHOUT ROWID;

-- Changes held on their chain but not applied: their author was not allowed to make them,
-- or their laptop was revoked before them. ``reason`` is one line for the coordinator.
CREATE TABLE quarantine (
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- A field two laptops changed differently. Side a is the change that sorts first by clock
-- stamp then device id, side b the other; the record shows side b's value until a person
-- decides. Values are canonical JSON text (NULL: the field was empty).
CREATE TABLE conflicts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    field       TEXT NOT NULL,
    a_value     TEXT,
    a_device    TEXT NOT NULL,
    a_author    TEXT NOT NULL,
    a_stamp     TEXT NOT NULL,
    b_value     TEXT,
    b_device    TEXT NOT NULL,
    b_author    TEXT NOT NULL,
    b_stamp     TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
) WITHOUT ROWID;
CREATE INDEX conflicts_by_record ON conflicts(kind, record_id, resolved_at);

-- Something a merge settled that a person should still look at: a record "merged" from
-- two laptops, a delete that lost to an edit, two advisees with one code, a second
-- reflection for one session, two escalation transitions (a supervisor review).
CREATE TABLE record_flags (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    flag      TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL,
    cleared_at TEXT,
    PRIMARY KEY (kind, record_id, flag)
) WITHOUT ROWID;

-- Members' account keys, bound by ``key.added`` changes (written here or received): a
-- received change's author signature is checked with the key its key_id names, which must
-- be bound to its author.
CREATE TABLE member_keys (
    key_id      TEXT PRIMARY KEY CHECK (length(key_id) = 32),
    member      TEXT NOT NULL,
    sign_public TEXT NOT NULL,
    box_public  TEXT NOT NULL,
    device      TEXT NOT NULL,
    seq         INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX member_keys_by_member ON member_keys(member);

-- A revoked device's cut-off: its changes with a higher seq are quarantined. A device that
-- succeeded another (a laptop restored from a backup starts a new chain) names it.
ALTER TABLE devices ADD COLUMN revoked_cutoff INTEGER;
ALTER TABLE devices ADD COLUMN predecessor TEXT;
