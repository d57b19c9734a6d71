"""The benchmark's data: the demo vault (built once, cached), its plain-SQLite twin, and a
``Database`` over a stdlib ``sqlite3`` connection so the baseline runs the app's own SQL.

Cache: ``tests/perf/.cache/<scale>-s<schema>-<hash of the demo generator>/`` holds the
pristine demo vault and ``plain.db``, a copy of the same schema and rows made with
``sqlcipher_export`` (benchmark only: the product never writes an unencrypted copy).
Each run works on a copy under ``.cache/run/`` so writes never change the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from peerdesk.storage import connection as pd_connection
from peerdesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "benchmark passphrase"
SEED = 1
#: The cache is rebuilt when any of these change (the demo generator, and the migrations:
#: an edited migration changes the schema without changing ``latest_version()``).
GENERATOR_FILES = ("peerdesk/demo/*.py", "peerdesk/services/demo.py",
                   "peerdesk/storage/migrations/*.sql")


def generator_hash() -> str:
    h = hashlib.sha256()
    for pattern in GENERATOR_FILES:
        for path in sorted(ROOT.glob(pattern)):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def cache_dir(scale: str) -> Path:
    from peerdesk.storage.migrate import latest_version

    return CACHE / f"{scale}-s{latest_version()}-{generator_hash()}"


def export_plain(conn: Any, out: Path) -> None:
    """Copy the open vault's schema and rows into an unencrypted SQLite file."""
    out.unlink(missing_ok=True)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA plain.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE plain")


def ensure_cache(scale: str, log: Callable[[str], None] = print) -> Path:
    """The cached demo vault + plain twin for ``scale``; built when missing or stale."""
    target = cache_dir(scale)
    if (target / "ready.json").exists():
        return target
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(f"{scale}-s*"):
        shutil.rmtree(stale, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    log(f"building the {scale} demo vault in {target} (once; cached)...")
    import os

    from peerdesk.crypto.kdf import PROFILE_ENV
    from peerdesk.services.demo import make_demo
    from peerdesk.services.workspace import open_vault

    os.environ.pop(PROFILE_ENV, None)  # real (floor) KDF parameters for the unlock workload
    started = time.perf_counter()
    result = make_demo(target / "vault", scale=scale, seed=SEED, passphrase=PASSPHRASE)
    ws = open_vault(target / "vault", "coordinator", PASSPHRASE)
    try:
        ws.vault.db.checkpoint()
        export_plain(ws.vault.db.conn, target / "plain.db")
    finally:
        ws.lock()
    (target / "ready.json").write_text(json.dumps({
        "scale": scale, "seed": SEED, "counts": result.counts,
        "build_seconds": round(time.perf_counter() - started, 1),
    }, indent=1))
    log(f"  built in {time.perf_counter() - started:.0f} s")
    return target


def working_copy(cache: Path) -> Path:
    """A fresh copy of the cached vault and plain twin for this run."""
    run = CACHE / f"run-{cache.name.split('-')[0]}"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    shutil.copytree(cache / "vault", run / "vault")
    shutil.copy2(cache / "plain.db", run / "plain.db")
    return run


# -- the baseline connection --------------------------------------------------------------
class PlainDatabase(Database):
    """peerdesk's ``Database`` over a stdlib ``sqlite3`` connection (benchmark only)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = Path(path)
        self._conn = conn
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0


def connect_plain(path: Path) -> PlainDatabase:
    """Plain SQLite with the same settings ``storage.connection.connect`` gives a vault.

    Except ``trusted_schema``: the stdlib SQLite (3.40) does not count ``json_valid`` in a
    CHECK constraint as innocuous and refuses writes with it OFF; it costs nothing.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("temp_store = MEMORY", "synchronous = FULL",
                   f"cache_size = -{pd_connection.CACHE_KIB}", "foreign_keys = ON",
                   "locking_mode = EXCLUSIVE"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    assert str(mode).lower() == "wal", mode
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")
    return PlainDatabase(path, conn)


@contextlib.contextmanager
def on_plain(ws: Any, plain: Database) -> Iterator[None]:
    """Run the workspace's services against the plain twin: same code, same SQL.

    The twin gets the vault's change-tracking triggers for the duration (and loses them
    after, so that the bare-SQL baselines on it stay bare)."""
    from peerdesk.storage import content_table

    vault = ws.vault
    saved = vault._db
    content_table.install_tracking(plain)
    vault._db = plain
    try:
        yield
    finally:
        vault._db = saved
        names = [r[0] for r in plain.conn.execute(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").fetchall()]
        for name in names:
            plain.conn.execute(f"DROP TRIGGER temp.{name}")
