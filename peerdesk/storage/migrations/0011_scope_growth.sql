-- When a laptop's scope grows (docs/exchange.md, "When a laptop may read more"):
-- what each peer was sent of each record below full, and filling in a placeholder.

-- Per peer laptop and record, the least the peer may hold of any change listing the record
-- (0 nothing, 1 a stub, 2 the shared part), as this laptop sent it or, for a change the
-- peer received from another laptop, as its scope was when this laptop first noted it;
-- records below full only. A record its peer may now read more of is sent again.
CREATE TABLE exchange_sent_levels (
    peer      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    level     INTEGER NOT NULL CHECK (level BETWEEN 0 AND 2),
    PRIMARY KEY (peer, kind, record_id)
) WITHOUT ROWID;

-- Per peer, per device chain, the highest seq whose records are noted above, whether this
-- laptop sent the change or the peer received it from another laptop (JSON object).
ALTER TABLE exchange_peers ADD COLUMN noted TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(noted));

-- A digest of what decides the peer's scope (its members' roles, the advisees, agreements
-- and supervision notes assigned to them) when the last bundle was made for it: the rows
-- above are looked at again only when it changed.
ALTER TABLE exchange_peers ADD COLUMN scope_mark TEXT;

-- Whether a bundle made here carries changes sent again.
ALTER TABLE exchange_bundles ADD COLUMN resent INTEGER NOT NULL DEFAULT 0
    CHECK (resent IN (0, 1));
-- For such a bundle until the peer has surely applied it: the levels it sent the records
-- at and the scope mark it was made under (JSON); until then every bundle sends them again.
ALTER TABLE exchange_bundles ADD COLUMN pending TEXT CHECK (pending IS NULL OR json_valid(pending));

-- A change is append-only, except that a placeholder held here may receive its envelope
-- and signature, once, when the same change arrives in full: its link (device, seq,
-- previous hash, envelope digest, hash) stays exactly as it was.
DROP TRIGGER changes_no_update;
CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
WHEN NOT (OLD.envelope IS NULL AND OLD.signature IS NULL AND NEW.envelope IS NOT NULL
          AND NEW.signature IS NOT NULL AND NEW.device = OLD.device AND NEW.seq = OLD.seq
          AND NEW.prev = OLD.prev AND NEW.digest = OLD.digest AND NEW.hash = OLD.hash)
BEGIN
    SELECT RAISE(ABORT, 'changes are append-only');
END;

CREATE TRIGGER changes_list_filled AFTER UPDATE OF envelope ON changes
WHEN OLD.envelope IS NULL AND NEW.envelope IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO change_records (device, seq, kind, record_id, base, after, stamp)
    SELECT NEW.device, NEW.seq, json_extract(r.value, '$.kind'),
           json_extract(r.value, '$.id'), json_extract(r.value, '$.base'),
           json_extract(r.value, '$.after'), json_extract(NEW.envelope, '$.stamp')
    FROM json_each(NEW.envelope, '$.records') r;
END;
