-- Content digests in the audit chain (docs/format.md, "Content digests"): for each audit
-- event that changed records, the digest of each changed record's content after the change.
-- The event itself carries the count and a digest of this set, so these rows are as
-- trustworthy as the signed chain. A NULL digest means the record no longer exists.
CREATE TABLE audit_content (
    seq       INTEGER NOT NULL REFERENCES audit_events(seq),
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    digest    TEXT CHECK (digest IS NULL OR length(digest) = 64),
    PRIMARY KEY (seq, kind, record_id)
) WITHOUT ROWID;

CREATE TRIGGER audit_content_no_update BEFORE UPDATE ON audit_content
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_content_no_delete BEFORE DELETE ON audit_content
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
