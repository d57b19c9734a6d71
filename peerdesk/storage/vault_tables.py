"""SQL for the vault foundation tables: meta, members (core columns), accounts, drafts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from peerdesk.storage.connection import raw_key_literal
from peerdesk.storage.database import Database


@dataclass(frozen=True)
class AccountInfo:
    """A login of the vault and the member it belongs to."""

    account_id: str
    member_id: str
    username: str
    display_name: str
    roles: frozenset[str]


def init_meta(db: Database, *, vault_id: str, group_name: str, timezone: str, now: str) -> None:
    for key, value in (
        ("vault_id", vault_id), ("group_name", group_name), ("timezone", timezone),
        ("created_at", now),
    ):
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def get_meta(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def vault_id(db: Database) -> str | None:
    """The vault id, or None. A database that cannot be read raises VaultDamaged (a damaged
    page must not be reported as "belongs to a different vault")."""
    if db.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'") is None:
        return None  # a database with no meta table is not one of ours
    return get_meta(db, "vault_id")


def insert_member(
    db: Database, *, member_id: str, display_name: str, roles: Iterable[str], now: str,
    by: str,
) -> None:
    db.execute(
        "INSERT INTO members (id, display_name, roles, active, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
        (member_id, display_name, json.dumps(sorted(roles)), now, by, now, by),
    )


def insert_account(
    db: Database, *, account_id: str, member_id: str, username: str, sign_public: str, now: str
) -> None:
    db.execute(
        "INSERT INTO accounts (id, member_id, username, sign_public, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (account_id, member_id, username, sign_public, now),
    )


_ACCOUNT_SQL = (
    "SELECT a.id, a.member_id, a.username, m.display_name, m.roles FROM accounts a "
    "JOIN members m ON m.id = a.member_id WHERE a.removed_at IS NULL AND "
)


def _info(row: object) -> AccountInfo | None:
    if row is None:
        return None
    r = row  # sqlcipher3.Row
    roles = frozenset(str(x) for x in json.loads(str(r[4])))  # type: ignore[index]
    return AccountInfo(str(r[0]), str(r[1]), str(r[2]), str(r[3]), roles)  # type: ignore[index]


def account(db: Database, account_id: str) -> AccountInfo | None:
    return _info(db.query_one(_ACCOUNT_SQL + "a.id = ?", (account_id,)))


def account_by_username(db: Database, username: str) -> AccountInfo | None:
    return _info(db.query_one(_ACCOUNT_SQL + "a.username = ?", (username,)))


def username_taken(db: Database, username: str) -> bool:
    return db.query_one(
        "SELECT 1 FROM accounts WHERE username = ? AND removed_at IS NULL", (username,)
    ) is not None


def live_accounts(db: Database) -> list[AccountInfo]:
    rows = db.query(_ACCOUNT_SQL + "1 ORDER BY a.username")
    return [info for info in (_info(r) for r in rows) if info is not None]


def set_account_key(db: Database, account_id: str, sign_public: str) -> None:
    db.execute("UPDATE accounts SET sign_public = ? WHERE id = ?", (sign_public, account_id))


def removed_account_ids(db: Database) -> list[str]:
    rows = db.query("SELECT id FROM accounts WHERE removed_at IS NOT NULL")
    return [str(r[0]) for r in rows]


def mark_account_removed(db: Database, account_id: str, now: str) -> None:
    db.execute("UPDATE accounts SET removed_at = ? WHERE id = ?", (now, account_id))


def rekey(db: Database, new_key: bytes | bytearray) -> None:
    """Re-encrypt every page under a new raw key (SQLCipher does it in one transaction)."""
    db.conn.execute(f"PRAGMA rekey = {raw_key_literal(new_key)}")
    # In WAL mode the rekeyed pages sit in the log while the main file still holds every
    # page under the old key: readable by a removed member's old key, and reported as
    # "HMAC verification failed" by cipher_integrity_check (so backups would be refused).
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def save_draft(db: Database, account_id: str, key: str, data: str, now: str) -> None:
    db.execute(
        "INSERT INTO drafts (account_id, key, data, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(account_id, key) DO UPDATE SET data = excluded.data, "
        "saved_at = excluded.saved_at",
        (account_id, key, data, now),
    )


def load_draft(db: Database, account_id: str, key: str) -> str | None:
    value = db.scalar("SELECT data FROM drafts WHERE account_id = ? AND key = ?", (account_id, key))
    return None if value is None else str(value)


def discard_draft(db: Database, account_id: str, key: str) -> None:
    db.execute("DELETE FROM drafts WHERE account_id = ? AND key = ?", (account_id, key))
