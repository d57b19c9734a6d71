"""SQL for group settings: key/value pairs in ``meta`` and the list of session themes."""

from __future__ import annotations

from peerdesk.storage.database import Database

#: Keys in ``meta`` that belong to the settings page (the rest are vault facts).
PREFIX = "setting."


def all_settings(db: Database) -> dict[str, str]:
    return {str(r[0])[len(PREFIX):]: str(r[1]) for r in db.query(
        "SELECT key, value FROM meta WHERE key >= ? AND key < ?", (PREFIX, PREFIX[:-1] + "/"))}


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (PREFIX + key, value),
    )


def themes(db: Database) -> list[tuple[str, bool]]:
    return [(str(r[0]), bool(r[1]))
            for r in db.query("SELECT name, active FROM themes ORDER BY name COLLATE NOCASE")]


def theme_exists(db: Database, name: str) -> bool:
    return db.query_one("SELECT 1 FROM themes WHERE name = ? COLLATE NOCASE",
                        (name,)) is not None


def add_theme(db: Database, name: str) -> None:
    db.execute("INSERT INTO themes (name, active) VALUES (?, 1)", (name,))


def set_theme_active(db: Database, name: str, active: bool) -> int:
    return int(db.execute("UPDATE themes SET active = ? WHERE name = ?",
                          (int(active), name)).rowcount)


#: Each member's own language for reports (and later the desktop app), in ``meta`` under
#: ``language.<member id>``: a preference of one member, not a group setting.
LANGUAGE_PREFIX = "language."


def member_language(db: Database, member_id: str) -> str | None:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (LANGUAGE_PREFIX + member_id,))
    return None if row is None else str(row[0])


def set_member_language(db: Database, member_id: str, language: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (LANGUAGE_PREFIX + member_id, language),
    )
