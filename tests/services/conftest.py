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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from peerdesk.services.workspace import Workspace, create_vault, open_vault  # noqa: E402

PASSPHRASES = {
    "coord": "long passphrase 1",
    "asha": "long passphrase 2",
    "bala": "long passphrase 3",
    "sunil": "long passphrase 4",
}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    for name in ("PEERDESK_PASSPHRASE", "PEERDESK_USER", "PEERDESK_NEW_PASSPHRASE",
                 "PEERDESK_VAULT", "PEERDESK_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@dataclass
class Group:
    folder: Path
    ws: Workspace
    ids: dict[str, str] = field(default_factory=dict)

    def login(self, username: str) -> Workspace:
        if self.ws.is_open:
            self.ws.lock()
        self.ws = open_vault(self.folder, username, PASSPHRASES[username])
        return self.ws

    def id(self, name: str) -> str:
        return self.ids[name]

    def session(self, advisee: str, advisor: str, start: datetime, *, minutes: int = 45,
                channel: str = "phone") -> str:
        """Log a session as the current user (a coordinator); returns its id."""
        return self.ws.sessions.create({
            "advisee_id": self.ids[advisee], "advisor_id": self.ids[advisor], "start": start,
            "duration_minutes": minutes, "channel": channel, "summary": "Talked it through.",
        }).id


def make_group(tmp_path: Path, *, timezone: str = "UTC") -> Group:
    folder = tmp_path / "v"
    ws, _recovery = create_vault(folder, group_name="Tuesday circle", username="coord",
                                 display_name="Coord", passphrase=PASSPHRASES["coord"],
                                 timezone=timezone)
    g = Group(folder, ws, {"coord": ws.actor.member_id})
    for name, roles in (("asha", ["advisor"]), ("bala", ["advisor"]),
                        ("sunil", ["supervisor"])):
        member = ws.members.create({"display_name": name.title(), "roles": roles})
        g.ids[name] = member.id
        ws.members.add_account(member.id, name, PASSPHRASES[name])
    g.ids["a1"] = ws.advisees.create({"advisor_ids": [g.ids["asha"]]}).id
    g.ids["b1"] = ws.advisees.create({"advisor_ids": [g.ids["bala"]]}).id
    return g


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path)
    yield g
    if g.ws.is_open:
        g.ws.lock()


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
