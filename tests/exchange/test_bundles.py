"""Bundles between real laptops: make, apply, every refusal, twice, gaps, revocation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.exchange.container import seal_bundle
from peerdesk.exchange.device import DeviceKeys
from peerdesk.services.exchange import ExchangeService
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import audit_table, change_queries
from tests.support.laptops import busy_group, pair_laptop
from tests.support.laptops_cli import all_text, run
from tests.support.vaults import PASSPHRASES, Group


class Laptops:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.g: Group = busy_group(tmp)
        self.asha_dir, self.bala_dir = tmp / "asha-laptop", tmp / "bala-laptop"
        self.asha = pair_laptop(self.g, self.asha_dir, ["asha"], "Asha's laptop")
        self.bala = pair_laptop(self.g, self.bala_dir, ["bala"], "Bala's laptop")
        self.g.ws.lock()
        self.coord = self.device(self.g.folder, "coord")

    def open(self, folder: Path, user: str) -> Workspace:
        return open_vault(folder, user, PASSPHRASES[user])

    def device(self, folder: Path, user: str) -> str:
        ws = self.open(folder, user)
        try:
            own = change_queries.self_device(ws.vault.db)
            assert own is not None
            return own
        finally:
            ws.lock()

    def make(self, folder: Path, user: str, device: str) -> bytes:
        ws = self.open(folder, user)
        try:
            return ExchangeService(ws.ctx).make(device).data
        finally:
            ws.lock()

    def state(self, folder: Path, user: str) -> tuple[int, int, str]:
        ws = self.open(folder, user)
        try:
            db = ws.vault.db
            head = audit_table.head(db)
            assert head is not None
            return change_queries.count(db), head[0], all_text(ws, frozenset({"audit_events"}))
        finally:
            ws.lock()


@pytest.fixture()
def laptops(tmp_path: Path) -> Laptops:
    return Laptops(tmp_path)


def _new_session(lap: Laptops, text: str, user: str = "coord",
                 folder: Path | None = None) -> None:
    ws = lap.open(folder or lap.g.folder, user)
    try:
        ws.sessions.create({
            "advisee_id": lap.g.ids["a1"], "advisor_id": lap.g.ids["asha"],
            "start": datetime.now(UTC) - timedelta(hours=3), "duration_minutes": 30,
            "channel": "phone", "summary": text})
    finally:
        ws.lock()


def _apply_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               lap: Laptops, data: bytes, folder: Path, user: str) -> tuple[int, str, str]:
    path = lap.tmp / "bundle.pdx"
    path.write_bytes(data)
    return run(monkeypatch, capsys, ["exchange", "apply", path, "--vault", folder, "--user",
                                     user], PASSPHRASES[user])


def test_a_new_session_reaches_its_advisor_and_twice_changes_nothing(
        laptops: Laptops, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _new_session(laptops, "A new call newcallmarker")
    data = laptops.make(laptops.g.folder, "coord", laptops.asha)
    code, out, err = _apply_cli(monkeypatch, capsys, laptops, data, laptops.asha_dir, "asha")
    assert code == 0, err
    first = laptops.state(laptops.asha_dir, "asha")
    assert "newcallmarker" in first[2]
    code, out, _ = _apply_cli(monkeypatch, capsys, laptops, data, laptops.asha_dir, "asha")
    assert code == 0 and "applied before" in out
    again = laptops.state(laptops.asha_dir, "asha")
    assert again[0] == first[0] and again[2] == first[2]
    # nothing but unlocks and locks: the first reading's lock, the second apply's unlock
    # and lock, this reading's unlock
    assert again[1] == first[1] + 4
    ws = laptops.open(laptops.asha_dir, "asha")
    assert ws.verify().ok
    ws.lock()


def test_every_refusal_is_one_line_exit_7_and_changes_nothing(
        laptops: Laptops, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _new_session(laptops, "refusalmarker")
    good = laptops.make(laptops.g.folder, "coord", laptops.asha)
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 1
    newer = bytearray(good)
    newer[16:18] = (2).to_bytes(2, "big")
    stranger = DeviceKeys.generate()
    ws = laptops.open(laptops.asha_dir, "asha")
    asha_keys = DeviceKeys.from_bytes(change_queries.self_keys(ws.vault.db) or b"")
    group = ws.vault_id
    ws.lock()
    unknown = seal_bundle(b'{"changes":[],"format":1,"have":{}}', kind="changes",
                          group=group, sender=stranger,
                          recipients={laptops.asha: asha_keys.public})
    other_group = seal_bundle(b"{}", kind="changes", group="0" * 32, sender=stranger,
                              recipients={laptops.asha: asha_keys.public})
    for_bala = laptops.make(laptops.g.folder, "coord", laptops.bala)
    before = laptops.state(laptops.asha_dir, "asha")
    for data, words in ((bytes(flipped), "damaged"), (bytes(newer), "newer peerdesk"),
                        (unknown, "does not know"), (other_group, "another group"),
                        (for_bala, "another laptop"), (b"hello", "not a peerdesk bundle")):
        code, _out, err = _apply_cli(monkeypatch, capsys, laptops, data, laptops.asha_dir,
                                     "asha")
        assert code == 7, (words, err)
        assert len(err.strip().splitlines()) == 1 and words in err, err
        after = laptops.state(laptops.asha_dir, "asha")
        assert after[0] == before[0] and after[2] == before[2]
        before = after


def test_a_bundle_whose_predecessors_are_missing_waits_then_applies(laptops: Laptops) -> None:
    _new_session(laptops, "earliermarker")
    early = laptops.make(laptops.g.folder, "coord", laptops.asha)
    _new_session(laptops, "latermarker")
    ws = laptops.open(laptops.g.folder, "coord")
    try:
        svc = ExchangeService(ws.ctx)
        held = {laptops.coord: change_queries.head(ws.vault.db, laptops.coord)[0] - 1}  # type: ignore[index]
        row = next(d for d in change_queries.devices(ws.vault.db) if d.id == laptops.asha)
        late = svc._seal(row, held, None).data
    finally:
        ws.lock()
    ws = laptops.open(laptops.asha_dir, "asha")
    try:
        svc = ExchangeService(ws.ctx)
        result = svc.apply(late)
        assert result.result.waiting >= 1 and "latermarker" not in _summaries(ws)
        result = svc.apply(early)
        text = _summaries(ws)
        assert "earliermarker" in text and "latermarker" in text
        assert ws.verify().ok
    finally:
        ws.lock()


def _summaries(ws: Workspace) -> str:
    db = ws.vault.db
    return "\n".join(str(r[0]) for r in db.query("SELECT summary FROM sessions_text"))


def test_a_revoked_laptop_gets_nothing_new_and_its_bundles_are_refused(
        laptops: Laptops, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from_asha = laptops.make(laptops.asha_dir, "asha", laptops.coord)
    code, out, err = run(monkeypatch, capsys, ["device", "revoke", laptops.asha[:8], "--vault",
                                               laptops.g.folder, "--user", "coord"],
                         PASSPHRASES["coord"])
    assert code == 0, err
    assert "keeps every record it already holds" in out
    code, out, _ = run(monkeypatch, capsys, ["device", "list", "--vault", laptops.g.folder,
                                             "--user", "coord"], PASSPHRASES["coord"])
    assert "removed" in out and "Asha's laptop" in out
    code, _out, err = run(monkeypatch, capsys, [
        "exchange", "make", "--vault", laptops.g.folder, "--user", "coord", "--for",
        laptops.asha, "-o", laptops.tmp / "x.pdx"], PASSPHRASES["coord"])
    assert code == 6 and not (laptops.tmp / "x.pdx").exists()
    code, _out, err = _apply_cli(monkeypatch, capsys, laptops, from_asha, laptops.g.folder,
                                 "coord")
    assert code == 7 and "removed from the group" in err
    # the revocation travels: bala's laptop refuses asha's laptop too
    code, _o, err = _apply_cli(monkeypatch, capsys, laptops,
                               laptops.make(laptops.g.folder, "coord", laptops.bala),
                               laptops.bala_dir, "bala")
    assert code == 0, err
    ws = laptops.open(laptops.bala_dir, "bala")
    try:
        revoked = {d.id: d.revoked_at for d in change_queries.devices(ws.vault.db)}
        assert revoked[laptops.asha] is not None
    finally:
        ws.lock()


def test_only_a_coordinator_revokes(laptops: Laptops, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, _o, err = run(monkeypatch, capsys, ["device", "revoke", laptops.asha, "--vault",
                                              laptops.g.folder, "--user", "sunil"],
                        PASSPHRASES["sunil"])
    assert code == 6, err


def test_a_member_who_left_gets_nothing_new_on_their_laptop(laptops: Laptops) -> None:
    ws = laptops.open(laptops.g.folder, "coord")
    try:
        ws.members.update(laptops.g.ids["asha"], {"active": False})
    finally:
        ws.lock()
    _new_session(laptops, "after she left leftmarker")
    data = laptops.make(laptops.g.folder, "coord", laptops.asha)
    ws = laptops.open(laptops.asha_dir, "asha")
    try:
        ExchangeService(ws.ctx).apply(data)
        assert "leftmarker" not in _summaries(ws)
    finally:
        ws.lock()
    ws = laptops.open(laptops.g.folder, "coord")
    try:
        ws.members.update(laptops.g.ids["asha"], {"active": True})
    finally:
        ws.lock()
    data = laptops.make(laptops.g.folder, "coord", laptops.asha)
    ws = laptops.open(laptops.asha_dir, "asha")
    try:
        ExchangeService(ws.ctx).apply(data)
        # back in the group, what was sent as a link while she was away comes in full
        # (docs/exchange.md, "When a laptop may read more")
        assert "leftmarker" in _summaries(ws)
    finally:
        ws.lock()
