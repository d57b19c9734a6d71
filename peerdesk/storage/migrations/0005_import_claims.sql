-- What an import file said about each record it brought in. An imported record is written
-- by the member who imported it (created_by, updated_by); the names and times the file
-- gave (its original author, created/updated by and at, who deleted it) are kept here as a
-- claim, shown as such, never as the record's author. Only ids and times: no note text.
CREATE TABLE import_claims (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    source TEXT NOT NULL CHECK (length(source) <= 255),
    source_sha256 TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    claimed TEXT NOT NULL CHECK (json_valid(claimed)),
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

CREATE TRIGGER import_claims_no_update BEFORE UPDATE ON import_claims
BEGIN
    SELECT RAISE(ABORT, 'import claims are append-only');
END;
