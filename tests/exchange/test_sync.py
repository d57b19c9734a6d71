"""Exchanging through one shared folder: four real laptops, two syncing at the same time."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from peerdesk.services.exchange_sync import NAME, sync_folder
from peerdesk.services.workspace import Workspace, open_vault
from tests.support.laptops import busy_group, pair_laptop, service
from tests.support.laptops_cli import all_text
from tests.support.vaults import PASSPHRASES, Group

RECORD_TABLES_SKIP = frozenset({"audit_events"})


class Office:
    """The coordinator's laptop and one laptop each for asha, bala and sunil."""

    def __init__(self, tmp: Path) -> None:
        self.g: Group = busy_group(tmp)
        self.folders = {"coord": self.g.folder}
        for login in ("asha", "bala", "sunil"):
            self.folders[login] = tmp / f"{login}-laptop"
            pair_laptop(self.g, self.folders[login], [login], f"{login.title()}'s laptop")
        self.g.ws.lock()
        self.shared = tmp / "Sync"
        self.shared.mkdir()

    def open(self, login: str) -> Workspace:
        return open_vault(self.folders[login], login, PASSPHRASES[login])

    def sync(self, login: str) -> object:
        ws = self.open(login)
        try:
            return sync_folder(service(ws), self.shared)  # type: ignore[arg-type]
        finally:
            ws.lock()

    def round(self, times: int = 2) -> None:
        for _ in range(times):
            for login in ("coord", "asha", "bala", "sunil"):
                report = self.sync(login)
                assert report.ok, report.refused  # type: ignore[attr-defined]

    def text(self, login: str) -> str:
        ws = self.open(login)
        try:
            return all_text(ws, RECORD_TABLES_SKIP)
        finally:
            ws.lock()


def _session(ws: Workspace, g: Group, advisee: str, advisor: str, text: str) -> str:
    return ws.sessions.create({
        "advisee_id": g.ids[advisee], "advisor_id": g.ids[advisor],
        "start": datetime.now(UTC) - timedelta(hours=1), "duration_minutes": 30,
        "channel": "phone", "summary": text}).id


def test_four_laptops_converge_each_within_its_scope(tmp_path: Path) -> None:
    office = Office(tmp_path)
    office.round()
    ws = office.open("asha")  # asha logs a call and reflects on it, on her own laptop
    sid = _session(ws, office.g, "a1", "asha", "Called back ashaownmarker")
    ws.reflections.create({"session_id": sid, "was_hard": "ashaownrefmarker",
                           "supervision_request": "none"})
    ws.lock()
    ws = office.open("bala")
    sid = _session(ws, office.g, "b1", "bala", "Visited balaownmarker")
    ws.reflections.create({"session_id": sid, "was_hard": "balaownrefmarker",
                           "supervision_request": "none"})
    ws.lock()
    office.round()
    texts = {login: office.text(login) for login in office.folders}
    expected = {
        "ashaownmarker": {"coord", "asha", "sunil"},
        "ashaownrefmarker": {"asha", "sunil"},
        "balaownmarker": {"coord", "bala", "sunil"},
        "balaownrefmarker": {"bala", "sunil"},
        # written on the coordinator's laptop by busy_group: the origin keeps them
        "discussionmarker": {"coord", "sunil"},
        "asharefmarker": {"coord", "asha", "sunil"},
        "balarefmarker": {"coord", "bala", "sunil"},
        "sharedmarker": {"coord", "asha", "sunil"},
    }
    for marker, who in expected.items():
        holders = {login for login, text in texts.items() if marker in text}
        assert holders == who, marker
    for login in office.folders:
        ws = office.open(login)
        try:
            assert ws.verify().ok, (login, ws.verify().lines())
        finally:
            ws.lock()
    # once every laptop is up to date, a sync writes nothing (even where a relay stops)
    for login in office.folders:
        assert not office.sync(login).written, login  # type: ignore[attr-defined]
    # acknowledged bundles are removed: at most one bundle per pair of laptops remains
    names = [p.name for p in office.shared.iterdir() if NAME.match(p.name)]
    pairs = [(n[4:36], n[37:69]) for n in names]
    assert len(pairs) == len(set(pairs)) <= 12


def test_partial_and_temporary_files_are_left_alone(tmp_path: Path) -> None:
    office = Office(tmp_path)
    office.sync("coord")
    real = next(p for p in office.shared.iterdir() if NAME.match(p.name))
    data = real.read_bytes()
    (office.shared / f".syncthing.{real.name}.tmp").write_bytes(data[: len(data) // 2])
    (office.shared / f".{real.name}.abc123.tmp").write_bytes(b"half")
    (office.shared / f"~syncthing~{real.name}.tmp").write_bytes(b"")
    (office.shared / "notes.txt").write_text("not a bundle")
    for login in ("asha", "bala", "sunil"):
        report = office.sync(login)
        assert report.ok and not report.waiting  # type: ignore[attr-defined]
    assert (office.shared / "notes.txt").exists()


def test_a_damaged_bundle_in_the_folder_is_refused_and_the_rest_applied(tmp_path: Path) -> None:
    office = Office(tmp_path)
    office.sync("coord")
    ws = office.open("asha")
    own = service(ws)._own()  # type: ignore[attr-defined]
    ws.lock()
    mine = next(p for p in office.shared.iterdir() if NAME.match(p.name)
                and p.name[4:36] == own)
    data = bytearray(mine.read_bytes())
    data[-10] ^= 1
    forged = office.shared / f"pdx-{own}-{'e' * 32}-{'f' * 32}.pdx"
    forged.write_bytes(bytes(data))
    report = office.sync("asha")
    assert len(report.refused) == 1 and report.applied  # type: ignore[attr-defined]


def _sync_process(office: Office, login: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PEERDESK_PASSPHRASE": PASSPHRASES[login],
           "PEERDESK_KDF_PROFILE": "test"}
    return subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "exchange", "sync", "--vault",
         str(office.folders[login]), "--user", login, "--folder", str(office.shared)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_laptops_syncing_one_folder_at_the_same_time(tmp_path: Path) -> None:
    office = Office(tmp_path)
    for n in range(3):
        ws = office.open("asha")
        _session(ws, office.g, "a1", "asha", f"concurrent asha {n} asharoundmarker{n}")
        ws.lock()
        ws = office.open("coord")
        _session(ws, office.g, "a1", "asha", f"concurrent coord {n} coordroundmarker{n}")
        ws.lock()
        procs = [_sync_process(office, "coord"), _sync_process(office, "asha")]
        for proc in procs:
            _out, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, err.decode()
    office.sync("coord")
    office.sync("asha")
    office.sync("coord")
    for login in ("coord", "asha"):
        text = office.text(login)
        for n in range(3):
            assert f"asharoundmarker{n}" in text and f"coordroundmarker{n}" in text, login


def test_a_sync_with_nothing_new_opens_no_bundle(tmp_path: Path) -> None:
    """Bundles applied before are known by name: a later sync does not read them (here one
    is overwritten with garbage after it was applied, and nothing complains)."""
    from peerdesk.storage import exchange_queries

    office = Office(tmp_path)
    office.round(1)
    office.sync("asha")
    ws = office.open("asha")
    applied = exchange_queries.applied_bundles(ws.vault.db)
    ws.lock()
    spoiled = 0
    for path in office.shared.iterdir():
        match = NAME.match(path.name)
        if match and match.group(3) in applied:
            path.write_bytes(b"garbage")
            spoiled += 1
    assert spoiled
    report = office.sync("asha")
    assert report.ok and not report.applied  # type: ignore[attr-defined]


def test_a_stub_never_overwrites_text_this_laptop_holds(tmp_path: Path) -> None:
    from peerdesk.crypto.encoding import canonical_json
    from peerdesk.domain.scope import Visibility
    from peerdesk.exchange.payload import STUB_KEY
    from peerdesk.storage import content_table
    from peerdesk.storage.tables import BY_KIND
    from peerdesk.vault import stub_apply
    from peerdesk.vault.exchange_scope import stub

    g = busy_group(tmp_path)
    ws = g.login("sunil")
    db = ws.vault.db
    rid, fields = next(iter(content_table.contents(db, BY_KIND["reflection"])))
    text = canonical_json(fields).decode()
    reduced = stub_apply.read_stub("reflection", rid, stub("reflection", text,
                                                           Visibility.EXISTENCE))
    assert reduced is not None and reduced[STUB_KEY] == "existence"
    assert "was_hard" not in reduced
    with db.transaction():
        stub_apply.write_stub(db, "reflection", reduced)
    after = dict(content_table.contents(db, BY_KIND["reflection"], [rid]))[rid]
    assert after["was_hard"] == fields["was_hard"] and after["was_hard"]
    g.ws.lock()
