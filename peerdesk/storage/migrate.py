"""Schema upgrades keyed on ``PRAGMA user_version``: all pending steps in one transaction."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import sqlcipher3

from peerdesk.errors import StorageFull, VaultTooNew
from peerdesk.storage.connection import classify_error

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    found = []
    for entry in resources.files("peerdesk.storage.migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda mig: mig.number)
    for i, mig in enumerate(found, start=1):
        if mig.number != i:
            raise RuntimeError(f"migration numbering has a gap at {mig.name}")
    return found


def latest_version() -> int:
    return len(migrations())


def schema_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: Any) -> int:
    """Bring the schema up to date. Returns the number of steps applied.

    Refuses a vault made by a newer peerdesk; a failure part-way leaves the old schema.
    """
    current = schema_version(conn)
    steps = migrations()
    if current > len(steps):
        raise VaultTooNew(
            f"This vault was made by a newer version of peerdesk (schema {current}; this "
            f"program knows up to {len(steps)}). Install the newer peerdesk to open it."
        )
    pending = [m for m in steps if m.number > current]
    if not pending:
        return 0
    script = "BEGIN IMMEDIATE;\n"
    for mig in pending:
        script += mig.sql + "\n;\n"
    script += f"PRAGMA user_version = {pending[-1].number};\nCOMMIT;\n"
    try:
        conn.executescript(script)
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.DatabaseError):
            # A full disk is the user's to fix; anything else is a bug in a migration.
            mapped = classify_error(exc, writing=True)
            if isinstance(mapped, StorageFull):
                raise mapped from None
        raise
    return len(pending)
