"""One open vault database: a single connection, serialised by a lock, with transactions.

peerdesk holds exactly one connection per vault (SQLCipher exclusive locking) and lets any
thread use it one call at a time; the desktop app runs every call on a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from peerdesk.errors import VaultLocked
from peerdesk.storage import connection

Params = Sequence[Any] | dict[str, Any]


class Database:
    def __init__(self, path: Path, conn: Any) -> None:
        self.path = Path(path)
        self._conn: Any = conn
        self._conn.row_factory = sqlcipher3.Row
        self._lock = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Database:
        return cls(path, connection.connect(path, data_key, create=create))

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                finally:
                    self._conn = None

    # -- reads -------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[Any]:
        with self._lock:
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except sqlcipher3.DatabaseError as exc:
                raise connection.classify_error(exc) from None

    def query_one(self, sql: str, params: Params = ()) -> Any | None:
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise connection.classify_error(exc) from None

    def column(self, sql: str, params: Params = ()) -> list[str]:
        """Every value of a one-column query, as ``str`` (for long id lists).

        A plain cursor without the ``Row`` factory, so no row object is built per result:
        100,000 ids in well under the time of :meth:`query`.
        """
        with self._lock:
            try:
                cursor = self.conn.cursor()
                cursor.row_factory = None
                return [v if type(v) is str else str(v) for (v,) in cursor.execute(sql, params)]
            except sqlcipher3.DatabaseError as exc:
                raise connection.classify_error(exc) from None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    # -- writes ------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls everything back.

        Nested use joins the outer transaction, so a service can call helpers freely.
        """
        with self._lock:
            conn = self.conn
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.DatabaseError as exc:
                raise connection.classify_error(exc, writing=True) from None
            self._depth = 1
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.DatabaseError) and not isinstance(
                    exc, sqlcipher3.IntegrityError
                ):
                    raise connection.classify_error(exc, writing=True) from None
                raise
            finally:
                self._depth = 0

    @property
    def depth(self) -> int:
        """How many ``transaction`` blocks are open (1: the outermost)."""
        return self._depth

    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement inside the current transaction."""
        if not self._depth:
            raise RuntimeError("write outside a transaction")
        return self.conn.execute(sql, params)

    def checkpoint(self) -> None:
        """Move the write-ahead log into the main file (after creation, before copies)."""
        with self._lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- checks ------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        """Full ``cipher_integrity_check`` plus ``integrity_check``: slow on big vaults."""
        with self._lock:
            try:
                problems = [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
                rows = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check")]
            except sqlcipher3.DatabaseError:
                return ["the database cannot be read"]
        if rows != ["ok"]:
            problems.extend(rows)
        return problems
