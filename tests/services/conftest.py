"""Shared fixtures for the service tests: a real vault in tmp_path and a small group.

Every test runs with ``PEERDESK_KDF_PROFILE=test`` so key derivation is cheap. The group
has one coordinator (``coord``, who created the vault), two advisors (``asha``, ``bala``)
and one supervisor (``sunil``), each with a login; advisee ``a1`` is assigned to asha and
``b1`` to bala. ``group.login(name)`` locks the current workspace and unlocks as ``name``
(a vault has one connection at a time).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from peerdesk.services.workspace import Workspace  # noqa: E402
from tests.support.vaults import PASSPHRASES, Group, make_group  # noqa: E402, F401


class SqlLog:
    """Records every SQL statement read through one ``Database`` while active
    (``query``, ``query_one`` and ``column``)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.statements: list[tuple[str, Any]] = []

    @contextlib.contextmanager
    def watching(self) -> Iterator[SqlLog]:
        db = self.db
        names = ("query", "query_one", "column")

        def logged(read: Any) -> Any:
            def call(sql: str, params: Any = ()) -> Any:
                self.statements.append((sql, params))
                return read(sql, params)

            return call

        for name in names:
            setattr(db, name, logged(getattr(db, name)))
        try:
            yield self
        finally:
            for name in names:
                delattr(db, name)

    def assert_no_text_tables(self) -> None:
        """No statement names a ``*_text`` table, and no query plan touches one."""
        assert self.statements, "nothing was queried"
        for sql, params in self.statements:
            assert not re.search(r"\b\w+_text\b", sql), sql
            plan = self.db.query("EXPLAIN QUERY PLAN " + sql, params)
            details = " ".join(str(row[3]) for row in plan)
            assert "_text" not in details, (sql, details)


@pytest.fixture
def sql_log() -> Callable[[Any], SqlLog]:
    return SqlLog


def audit_count(ws: Workspace) -> int:
    from peerdesk.storage import audit_table

    return audit_table.count(ws.ctx.db)


@pytest.fixture
def audit_rows() -> Callable[[Workspace], int]:
    return audit_count
