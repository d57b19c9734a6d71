"""When a laptop's scope grows (an advisee reassigned to its member), the changes it holds of
the advisee's records as links or stubs are sent again in full, checked against the links,
and applied; when it shrinks, nothing new of the record reaches the laptop. Real laptops
paired for real, exchanging sealed bundles through a shared folder."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.errors import BundleRefused
from peerdesk.services.exchange_sync import sync_folder
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import change_queries, scope_growth_queries
from peerdesk.vault.change_apply import Incoming, apply_changes
from tests.support.laptops import busy_group, pair_laptop, service
from tests.support.laptops_cli import all_text
from tests.support.replicas import changes_lacking
from tests.support.vaults import PASSPHRASES, Group

LOGINS = ("coord", "asha", "bala")
#: The local audit log, which records every apply (the second one too).
LOCAL_LOG = frozenset({"audit_events", "audit_content"})


class Office:
    """The coordinator's laptop and one laptop each for asha and bala, one shared folder."""

    def __init__(self, tmp: Path) -> None:
        self.g: Group = busy_group(tmp)
        self.folders = {"coord": self.g.folder}
        for login in ("asha", "bala"):
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
            for login in LOGINS:
                report = self.sync(login)
                assert report.ok, report.refused  # type: ignore[attr-defined]

    def text(self, login: str) -> str:
        ws = self.open(login)
        try:
            return all_text(ws)  # every table of the decrypted database
        finally:
            ws.lock()


def _session(ws: Workspace, g: Group, advisee: str, advisor: str, text: str) -> str:
    return ws.sessions.create({
        "advisee_id": g.ids[advisee], "advisor_id": g.ids[advisor],
        "start": datetime.now(UTC) - timedelta(hours=3), "duration_minutes": 30,
        "channel": "phone", "summary": text}).id


def _before_reassignment(office: Office) -> dict[str, str]:
    """asha's history with a1: a session on the office laptop (busy_group), an agreement
    edited once, and a session with her reflection written on her own laptop."""
    g, ids = office.g, {}
    ws = office.open("coord")
    ids["agreement"] = ws.agreements.create({
        "advisor_id": g.ids["asha"], "advisee_id": g.ids["a1"], "channels": ["phone"],
        "start_date": date.today() - timedelta(days=5), "clauses": ["confidentiality_limits"],
        "free_text": "First draft agreementonemarker"}).id
    ws.agreements.update(ids["agreement"], {"free_text": "Agreed agreementtwomarker"})
    ws.lock()
    ws = office.open("asha")
    ids["own"] = _session(ws, g, "a1", "asha", "Called back ashaownmarker")
    ws.reflections.create({"session_id": ids["own"], "was_hard": "ashaownrefmarker",
                           "supervision_request": "none"})
    ws.lock()
    office.round()
    return ids


def _reassign(office: Office, agreement: str) -> None:
    g = office.g
    ws = office.open("coord")
    ws.advisees.update(g.ids["a1"], {"advisor_ids": [g.ids["bala"]]})
    ws.agreements.update(agreement, {"advisor_id": g.ids["bala"]})
    ws.lock()


EARLIER = ("ashasessionmarker", "ashaownmarker", "agreementonemarker", "agreementtwomarker")
REFLECTIONS = ("asharefmarker", "ashaownrefmarker")


def test_reassigned_advisee_reaches_the_new_advisors_laptop(tmp_path: Path) -> None:
    office = Office(tmp_path)
    ids = _before_reassignment(office)
    before = office.text("bala")
    assert not [m for m in EARLIER + REFLECTIONS if m in before]
    _reassign(office, ids["agreement"])
    office.sync("coord")  # a bundle that sends asha's history again...
    ws = office.open("coord")
    _session(ws, office.g, "b1", "bala", "Checked in")
    ws.lock()
    office.sync("coord")  # ...is not removed when a newer one, without it, is written
    office.round()
    after = office.text("bala")
    assert [m for m in EARLIER if m in after] == list(EARLIER)
    assert not [m for m in REFLECTIONS if m in after]  # never another person's reflection
    ws = office.open("bala")
    try:
        assert ws.sessions.get(ids["own"]).summary == "Called back ashaownmarker"
        assert ws.agreements.get(ids["agreement"]).free_text == "Agreed agreementtwomarker"
        assert ws.verify().ok, ws.verify().lines()
    finally:
        ws.lock()
    # once every laptop is up to date (and has answered the bundles that sent records
    # again), a sync writes nothing: nothing is sent again and again
    office.round()
    for login in LOGINS:
        assert not office.sync(login).written, login  # type: ignore[attr-defined]


def test_a_laptop_whose_scope_shrank_gets_nothing_new_of_the_record(tmp_path: Path) -> None:
    office = Office(tmp_path)
    ids = _before_reassignment(office)
    _reassign(office, ids["agreement"])
    office.round()
    ws = office.open("coord")
    ws.sessions.update(office.g.ids["session_asha"], {"summary": "Later aftermovemarker"})
    ws.lock()
    office.round()
    asha = office.text("asha")
    assert "ashasessionmarker" in asha  # what it held stays: it cannot be recalled
    assert "aftermovemarker" not in asha
    assert "aftermovemarker" in office.text("bala")


def _full_changes(source: Workspace, *records: tuple[str, str]) -> list[Incoming]:
    """Every change ``source`` holds of these records, in full, in per-device order."""
    db = source.vault.db
    out = []
    for device, seq in scope_growth_queries.changes_listing(db, records):
        row = scope_growth_queries.change_at(db, device, seq)
        assert row is not None
        content = change_queries.contents_of(db, device, seq)
        out.append(Incoming(row, tuple((k, i, t) for (k, i), t in sorted(content.items()))))
    return out


def test_an_upgrade_applies_once_and_a_forged_one_is_refused(tmp_path: Path) -> None:
    office = Office(tmp_path)
    office.round()
    g = office.g
    ws = office.open("coord")
    ws.advisees.update(g.ids["a1"], {"advisor_ids": [g.ids["bala"]]})
    full = _full_changes(ws, ("advisee", g.ids["a1"]), ("session", g.ids["session_asha"]))
    ws.lock()
    first = next(i.row for i in full if i.content and i.content[0][0] == "session")
    bala = office.open("bala")
    try:
        db = bala.vault.db
        assert scope_growth_queries.held_envelope(db, first.device, first.seq) is None
        before = all_text(bala)
        # a full change whose content does not match its digest, or whose envelope differs
        # from the link held, is refused and nothing is applied
        item = next(i for i in full if i.row == first)
        forged_text = [(k, i, t.replace("ashasessionmarker", "forgedmarker"))
                       for k, i, t in item.content]
        envelope = (first.envelope or "").replace('"action":', '"action":"x","y":', 1)
        for forged in (Incoming(first, tuple(forged_text)),
                       Incoming(replace(first, envelope=envelope), item.content)):
            with pytest.raises(BundleRefused) as refused:
                apply_changes(bala.vault, [forged])
            assert refused.value.exit_code == 7
            assert "forgedmarker" not in str(refused.value)
        assert all_text(bala) == before
        assert scope_growth_queries.held_envelope(db, first.device, first.seq) is None
        # the real one fills the link in and brings the session with its text
        result = apply_changes(bala.vault, full)
        assert result.upgraded >= 2 and result.applied == 1  # the reassignment is new
        assert scope_growth_queries.held_envelope(db, first.device, first.seq) is not None
        assert "ashasessionmarker" in bala.sessions.get(g.ids["session_asha"]).summary
        once = all_text(bala, LOCAL_LOG)
        again = apply_changes(bala.vault, full)
        assert again.upgraded == 0 and again.duplicates == len(full)
        assert all_text(bala, LOCAL_LOG) == once
        assert bala.verify().ok, bala.verify().lines()
    finally:
        bala.lock()



def test_a_full_copy_replaces_a_waiting_link_of_the_same_change(tmp_path: Path) -> None:
    office = Office(tmp_path)
    office.round()
    g = office.g
    coord = office.open("coord")
    _session(coord, g, "b1", "bala", "First balafirstmarker")
    _session(coord, g, "b1", "bala", "Second balasecondmarker")
    bala = office.open("bala")
    try:
        incoming = changes_lacking(coord, bala)
        coord.lock()
        *first, last = incoming
        link = replace(last.row, envelope=None, signature=None)
        assert apply_changes(bala.vault, [Incoming(link)]).waiting == 1  # a gap before it
        result = apply_changes(bala.vault, [*first, last])
        assert result.waiting == 0
        assert "balasecondmarker" in all_text(bala)
        assert scope_growth_queries.held_envelope(bala.vault.db, link.device,
                                                  link.seq) is not None
    finally:
        bala.lock()
