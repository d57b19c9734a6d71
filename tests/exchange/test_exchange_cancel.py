"""Progress and cancel of the exchange, on real laptops of one group (paired for real):

- a bundle's apply reports its changes and, cancelled in the middle (from the progress
  callback, as the app's Cancel button does it), is rolled back whole: every table of the
  receiving vault is exactly as before, verify is clean, and the same bundle applies in
  full afterwards;
- a sync through a folder stops between bundles: the bundle already applied stays, the one
  in hand is rolled back, nothing is written for the other laptops, and the report says so;
- a cancelled bundle making records nothing as sent and writes no file.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from peerdesk.errors import Cancelled
from peerdesk.services.exchange import ExchangeService
from peerdesk.services.exchange_sync import SyncStep, sync_folder
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import exchange_queries
from tests.support.laptops import pair_laptop
from tests.support.vaults import PASSPHRASES, Group, make_group

START = datetime.now(UTC) - timedelta(days=30)
SESSIONS = 260  # over 2 steps of 100 changes: a cancel lands in the middle


def every_row(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the decrypted database, sorted: the whole vault."""
    db = ws.vault.db
    tables = [str(r[0]) for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: sorted((tuple(row) for row in db.query(f'SELECT * FROM "{t}"')), key=repr)
            for t in tables}


class Laptops:
    """The coordinator's laptop with many new sessions for asha's advisee, and asha's and
    sunil's laptops that have not received them yet."""

    def __init__(self, tmp: Path) -> None:
        self.g: Group = make_group(tmp)
        self.folders = {"coord": self.g.folder}
        for login in ("asha", "sunil"):
            self.folders[login] = tmp / f"{login}-laptop"
            self.g.ids[f"device_{login}"] = pair_laptop(
                self.g, self.folders[login], [login], f"{login.title()}'s laptop")
        for i in range(SESSIONS):
            self.g.session("a1", "asha", START + timedelta(hours=i))
        self.g.ws.lock()

    def open(self, login: str) -> Workspace:
        return open_vault(self.folders[login], login, PASSPHRASES[login])

    def bundle_for(self, login: str) -> bytes:
        ws = self.open("coord")
        try:
            return ExchangeService(ws.ctx).make(self.g.ids[f"device_{login}"]).data
        finally:
            ws.lock()


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> Laptops:
    return Laptops(tmp_path_factory.mktemp("cancel"))


def test_a_cancel_in_the_middle_of_an_apply_leaves_the_vault_exactly_as_before(
        laptops: Laptops) -> None:
    data = laptops.bundle_for("asha")
    ws = laptops.open("asha")
    try:
        before = every_row(ws)
        seen: list[tuple[int, int]] = []
        stop = False

        def progress(done: int, total: int) -> None:
            nonlocal stop
            seen.append((done, total))
            stop = done >= 100  # in the middle: 100 applied, more to come

        with pytest.raises(Cancelled):
            ExchangeService(ws.ctx).apply(data, progress=progress,
                                          should_cancel=lambda: stop)
        assert seen[0][0] == 0 and seen[-1][0] == 100 and seen[-1][1] > 200
        assert every_row(ws) == before
        assert ws.verify().ok

        steps: list[tuple[int, int]] = []
        applied = ExchangeService(ws.ctx).apply(data, progress=lambda d, t: steps.append((d, t)))
        assert not applied.already and applied.changes > 200
        assert steps[0] == (0, steps[-1][1]) and steps[-1][0] == steps[-1][1]
        assert [d for d, _ in steps] == sorted(d for d, _ in steps)
        assert len(ws.sessions.list_ids()) >= SESSIONS
        assert ws.verify().ok
    finally:
        ws.lock()


def test_a_cancelled_bundle_making_records_nothing_as_sent(laptops: Laptops,
                                                           tmp_path: Path) -> None:
    ws = laptops.open("coord")
    try:
        before = every_row(ws)
        with pytest.raises(Cancelled):
            ExchangeService(ws.ctx).make(laptops.g.ids["device_sunil"],
                                         should_cancel=lambda: True)
        assert every_row(ws) == before
        folder = tmp_path / "usb"
        folder.mkdir()
        report = sync_folder(ExchangeService(ws.ctx), folder, should_cancel=lambda: True)
        assert report.cancelled and report.written == [] and report.not_written >= 1
        assert list(folder.iterdir()) == []
        assert every_row(ws) == before
    finally:
        ws.lock()


def test_a_sync_stops_between_bundles_keeping_the_one_applied(laptops: Laptops,
                                                              tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    for login in ("coord", "sunil"):  # both leave a bundle for asha's laptop
        ws = laptops.open(login)
        try:
            report = sync_folder(ExchangeService(ws.ctx), folder)
            assert report.ok and not report.cancelled
        finally:
            ws.lock()
    asha = laptops.g.ids["device_asha"]
    for_asha = sorted(p.name for p in folder.glob(f"pdx-{asha}-*.pdx"))
    assert len(for_asha) == 2
    ws = laptops.open("asha")
    try:
        applied_before = exchange_queries.applied_bundles(ws.vault.db)
        steps: list[SyncStep] = []
        report = sync_folder(ExchangeService(ws.ctx), folder, progress=steps.append,
                             should_cancel=lambda: any(s.bundle == 2 for s in steps))
        assert report.cancelled and len(report.applied) == 1 and report.not_applied == 1
        assert report.written == [] and report.not_written == 0
        assert {(s.phase, s.bundles) for s in steps} == {("receive", 2)}
        applied = exchange_queries.applied_bundles(ws.vault.db) - set(applied_before)
        assert [name for name in for_asha if name[-36:-4] in applied] == for_asha[:1]
        assert sorted(p.name for p in folder.glob(f"pdx-{asha}-*.pdx")) == for_asha
        assert ws.verify().ok

        report = sync_folder(ExchangeService(ws.ctx), folder)  # the rest, next time
        assert not report.cancelled and len(report.applied) == 1 and report.ok
        assert len(ws.sessions.list_ids()) >= SESSIONS
    finally:
        ws.lock()
