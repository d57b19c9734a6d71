-- The vault foundation: settings, members and accounts, the audit chain, drafts.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE members (
    id           TEXT PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted_at   TEXT,
    deleted_by   TEXT,
    display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    roles        TEXT NOT NULL CHECK (json_valid(roles) AND length(roles) <= 200),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    training     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(training) AND length(training) <= 200000)
);

CREATE TABLE accounts (
    id          TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES members(id),
    username    TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
    sign_public TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    removed_at  TEXT
);
CREATE UNIQUE INDEX accounts_live_username ON accounts(username) WHERE removed_at IS NULL;

-- Append-only, hash-chained, signed. Details never hold note text or names.
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    key_id      TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_kind TEXT NOT NULL DEFAULT '',
    target_id   TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL
);
CREATE INDEX audit_events_target ON audit_events(target_kind, target_id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- Unsaved form text, kept encrypted with the rest of the vault until saved or discarded.
CREATE TABLE drafts (
    account_id TEXT NOT NULL,
    key        TEXT NOT NULL,
    data       TEXT NOT NULL CHECK (length(data) <= 1000000),
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;
