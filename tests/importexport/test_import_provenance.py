"""An import never speaks in another member's name: records are the importer's, what the
file says about authors and times is a claim; register entries are never imported; the
storage values of a record are checked like every other field."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from peerdesk.errors import ImportRejected
from peerdesk.services import workspace as ws_mod
from peerdesk.services.bulk_import import BulkImporter
from peerdesk.services.exporter import Exporter
from peerdesk.storage import audit_table, bulk, import_claim_queries

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def live(demo_vault: Path, tmp_path: Path) -> Path:
    """A copy of the demo vault (a live vault with a supervisor and records)."""
    folder = tmp_path / "live"
    shutil.copytree(demo_vault, folder)
    return folder


@pytest.fixture
def export(demo_vault: Path, tmp_path: Path) -> dict[str, Any]:
    copy = tmp_path / "src"
    shutil.copytree(demo_vault, copy)
    ws = ws_mod.open_vault(copy, "supervisor", PASSPHRASE)
    try:
        return json.loads(Exporter(ws.ctx).json_bytes())
    finally:
        ws.lock()


@pytest.fixture
def coordinator(live: Path) -> Iterator[ws_mod.Workspace]:
    ws = ws_mod.open_vault(live, "coordinator", PASSPHRASE)
    yield ws
    if ws.is_open:
        ws.lock()


def _doc(export: dict[str, Any], records: dict[str, list[dict[str, Any]]]) -> bytes:
    doc = {k: v for k, v in export.items() if k not in ("records", "history", "counts")}
    doc["records"] = records
    return json.dumps(doc).encode()


def _fresh(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "id": str(uuid.uuid4())}


def _counts(ws: ws_mod.Workspace) -> dict[str, int]:
    return {k: bulk.count(ws.vault.db, k) for k in
            ("member", "session", "reflection", "escalation", "issued_report")}


def test_imported_session_is_the_importers_and_the_author_a_claim(
        coordinator: ws_mod.Workspace, export: dict[str, Any]) -> None:
    session = _fresh(export["records"]["session"][0])
    claimed_author = session["created_by"]
    assert claimed_author != coordinator.actor.member_id
    BulkImporter(coordinator.ctx).import_export(
        _doc(export, {"session": [session]}), source="from-asha.json")
    stored = coordinator.sessions.get(session["id"])
    assert stored.meta.created_by == coordinator.actor.member_id
    assert stored.meta.updated_by == coordinator.actor.member_id
    assert stored.meta.created_at.isoformat() != session["created_at"]
    claim = import_claim_queries.claims_for(coordinator.vault.db, "session",
                                            [session["id"]])[session["id"]]
    assert claim.source == "from-asha.json"
    assert claim.imported_by == coordinator.actor.member_id
    assert claim.claimed["created_by"] == claimed_author
    assert claim.claimed["created_at"] == session["created_at"]


def test_reflection_and_supervision_note_by_others_are_refused_in_a_live_vault(
        coordinator: ws_mod.Workspace, export: dict[str, Any]) -> None:
    before = _counts(coordinator)
    for kind in ("reflection", "supervision_note"):
        item = _fresh(export["records"][kind][0])
        with pytest.raises(ImportRejected, match="cannot write"):
            BulkImporter(coordinator.ctx).import_export(_doc(export, {kind: [item]}))
    assert _counts(coordinator) == before


def test_register_rows_are_never_imported(coordinator: ws_mod.Workspace,
                                          export: dict[str, Any]) -> None:
    doctored = "ab" * 32
    row = {"id": str(uuid.uuid4()), "created_at": "2026-01-01T00:00:00Z",
           "created_by": coordinator.actor.member_id, "updated_at": "2026-01-01T00:00:00Z",
           "updated_by": coordinator.actor.member_id, "version": 1, "kind": "accountability",
           "params": [["report_id", "R-1"]], "by": coordinator.actor.member_id,
           "at": "2026-01-01T00:00:00Z", "sha256": doctored}
    advisee = _fresh(export["records"]["advisee"][0]) | {"code": "PS-9999"}
    result = BulkImporter(coordinator.ctx).import_export(
        _doc(export, {"advisee": [advisee], "issued_report": [row]}))
    assert result.counts == {"advisee": 1}
    assert result.warnings and "Skipped 1 issued report register entry" in result.warnings[0]
    assert coordinator.register.find_by_sha256(doctored) is None
    assert bulk.count(coordinator.vault.db, "issued_report") == 0


def test_a_register_row_put_in_without_issuing_is_not_evidence(
        coordinator: ws_mod.Workspace) -> None:
    """A row an older import (or an edit with the key) put in the register, without the
    signed ``report.issued`` event, does not make a PDF "issued by this vault"."""
    db = coordinator.vault.db
    me = coordinator.actor.member_id
    with db.transaction():
        db.execute(
            "INSERT INTO issued_reports (id, created_at, created_by, updated_at, updated_by, "
            "version, kind, params, by, at, sha256) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            ("r-forged", "2026-01-01T00:00:00.000000Z", me, "2026-01-01T00:00:00.000000Z", me,
             "accountability", "{}", me, "2026-01-01T00:00:00.000000Z", "cd" * 32))
    assert coordinator.register.find_by_sha256("cd" * 32) is None


@pytest.mark.parametrize(("column", "value"), [
    ("ack_due", "not-a-date"), ("acknowledged_at", "2026-13-01T00:00:00Z"),
    ("closed_at", "2026-01-01T00:00:00"), ("deleted_by", 5), ("rowid", 1),
])
def test_storage_values_are_validated(coordinator: ws_mod.Workspace, export: dict[str, Any],
                                      column: str, value: object) -> None:
    esc = _fresh(export["records"]["escalation"][0])
    esc["_storage"] = {**esc.get("_storage", {}), column: value}
    before = _counts(coordinator)
    seq = audit_table.head(coordinator.vault.db)
    with pytest.raises(ImportRejected) as info:
        BulkImporter(coordinator.ctx).import_export(_doc(export, {"escalation": [esc]}))
    message = str(info.value)
    assert "\n" not in message
    assert "escalation record" in message and f"_storage.{column}" in message
    assert _counts(coordinator) == before
    assert audit_table.head(coordinator.vault.db) == seq


def test_import_cannot_bring_in_a_supervisor(coordinator: ws_mod.Workspace,
                                            export: dict[str, Any]) -> None:
    sup = next(m for m in export["records"]["member"] if "supervisor" in m["roles"])
    puppet = _fresh(sup) | {"display_name": "Puppet"}
    me = coordinator.members.get(coordinator.actor.member_id)
    myself = {**puppet, "id": me.id, "roles": ["coordinator", "supervisor"]}
    before = _counts(coordinator)
    with pytest.raises(ImportRejected, match="Only a supervisor"):
        BulkImporter(coordinator.ctx).import_export(_doc(export, {"member": [puppet]}))
    with pytest.raises(ImportRejected, match="already in the vault"):
        BulkImporter(coordinator.ctx).import_export(_doc(export, {"member": [myself]}))
    assert _counts(coordinator) == before
    assert coordinator.members.get(me.id).roles == me.roles


def test_new_vault_founder_may_import_its_first_supervisor_once(
        empty_vault: ws_mod.Workspace, export: dict[str, Any]) -> None:
    sup = next(m for m in export["records"]["member"] if "supervisor" in m["roles"])
    one, two = _fresh(sup), _fresh(sup) | {"display_name": "Second"}
    with pytest.raises(ImportRejected, match="Only a supervisor"):
        BulkImporter(empty_vault.ctx).import_export(_doc(export, {"member": [one, two]}))
    BulkImporter(empty_vault.ctx).import_export(_doc(export, {"member": [one]}))
    events = [e for e in audit_table.iter_events(empty_vault.vault.db)
              if e["action"] == "role.granted"]
    assert [json.loads(e["details"])["member_id"] for e in events] == [one["id"]]
    with pytest.raises(ImportRejected, match="Only a supervisor"):
        BulkImporter(empty_vault.ctx).import_export(_doc(export, {"member": [_fresh(sup)]}))


def test_claims_are_shown_as_claims_in_words_and_on_the_escalation_record(
        coordinator: ws_mod.Workspace, export: dict[str, Any]) -> None:
    import io

    import pypdf

    from peerdesk.services.import_claims import CLAIM_MARK, ImportClaims

    esc = _fresh(export["records"]["escalation"][0])
    events = [_fresh(ev) | {"escalation_id": esc["id"]}
              for ev in export["records"]["escalation_event"]
              if ev["escalation_id"] == export["records"]["escalation"][0]["id"]]
    BulkImporter(coordinator.ctx).import_export(
        _doc(export, {"escalation": [esc], "escalation_event": events}),
        source="old-laptop.json")
    names = coordinator.members.names()
    record = coordinator.escalations.get(esc["id"]).escalation
    text = ImportClaims(coordinator.ctx).describe(record, names)
    assert text.startswith("Imported from the file old-laptop.json by ")
    assert names[coordinator.actor.member_id] in text
    assert f"written by {names[esc['raised_by']]}" in text
    assert "claim, not checked" in text
    session = coordinator.sessions.get(export["records"]["session"][0]["id"])
    assert ImportClaims(coordinator.ctx).describe(session, names) == ""  # not imported

    pdf = coordinator.reports.escalation_record(esc["id"]).pdf
    flat = "".join(" ".join(p.extract_text() or "" for p in
                            pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    assert "".join((names[esc["raised_by"]] + CLAIM_MARK).split()) in flat


def test_claims_travel_in_exports_and_are_kept_as_earlier_claims(
        coordinator: ws_mod.Workspace, export: dict[str, Any], tmp_path: Path) -> None:
    session = _fresh(export["records"]["session"][0])
    BulkImporter(coordinator.ctx).import_export(_doc(export, {"session": [session]}),
                                                source="first.json")
    again = json.loads(Exporter(coordinator.ctx).json_bytes())
    item = next(s for s in again["records"]["session"] if s["id"] == session["id"])
    assert item["_claim"]["source"] == "first.json"
    assert item["_claim"]["claimed"]["created_by"] == session["created_by"]
    assert item["created_by"] == coordinator.actor.member_id
    coordinator.lock()
    ws2, _ = ws_mod.create_vault(tmp_path / "second", group_name="G", username="c2",
                                 display_name="C2", passphrase=PASSPHRASE)
    try:
        doc = _doc(again, {"session": [item],
                           "advisee": [a for a in again["records"]["advisee"]
                                       if a["id"] == item["advisee_id"]],
                           "member": [m for m in again["records"]["member"]
                                      if m["id"] == item["advisor_id"]]})
        BulkImporter(ws2.ctx).import_export(doc, source="second.json")
        claim = import_claim_queries.claims_for(ws2.vault.db, "session",
                                                [session["id"]])[session["id"]]
        assert claim.source == "second.json"
        assert claim.claimed["created_by"] == item["created_by"]
        assert claim.claimed["earlier"]["claimed"]["created_by"] == session["created_by"]
        bad = json.loads(doc)
        bad["records"]["session"][0]["_claim"] = {"x": ["a list"]}
        bad["records"]["session"][0]["id"] = str(uuid.uuid4())
        with pytest.raises(ImportRejected, match="_claim"):
            BulkImporter(ws2.ctx).import_export(
                json.dumps({**bad, "records": {"session": bad["records"]["session"]}}
                           ).encode())
    finally:
        ws2.lock()


def test_imported_reflections_count_neither_on_time_nor_late(
    export: dict[str, Any], empty_vault: ws_mod.Workspace
) -> None:
    """When an imported reflection was written is not known (the file's word is only a
    claim), so the report's "within 48 h" figure leaves it out instead of calling it late."""
    from datetime import date

    BulkImporter(empty_vault.ctx).import_export(json.dumps(export).encode(), source="old.json")
    data = empty_vault.reports.accountability_data(date(2000, 1, 1), date(2099, 12, 31),
                                                   as_at_today=True)
    figure = next(f for f in data.figures if f.label.startswith("reflections within"))
    sessions = int(next(f for f in data.figures if f.label == "sessions").value.replace(",", ""))
    written = int(figure.note.split()[0].replace(",", ""))
    assert written > 0
    assert figure.note == f"{written:,} written in all, {written:,} imported"
    # Only sessions with no reflection at all are counted, and none of them was on time.
    assert figure.value == ("—" if sessions == written else "0%")
    assert sessions > written


def test_a_vault_with_members_is_not_new_to_an_import_of_private_kinds(
        empty_vault: ws_mod.Workspace, export: dict[str, Any]) -> None:
    """A vault that holds the group's members (and their logins) is in use, even before
    anyone writes a session: a coordinator may not fill it with reflections or supervision
    notes in advisors' and supervisors' names."""
    BulkImporter(empty_vault.ctx).import_export(
        _doc(export, {"member": export["records"]["member"]}))
    before = _counts(empty_vault)
    note = _fresh(export["records"]["supervision_note"][0]) | {"session_ids": [],
                                                                  "reflection_ids": []}
    with pytest.raises(ImportRejected, match="cannot write"):
        BulkImporter(empty_vault.ctx).import_export(_doc(export, {"supervision_note": [note]}))
    assert _counts(empty_vault) == before
    assert bulk.count(empty_vault.vault.db, "supervision_note") == 0


def test_an_import_cannot_close_an_escalation_already_in_the_vault(
        coordinator: ws_mod.Workspace, export: dict[str, Any]) -> None:
    """Only a supervisor closes an escalation. The reports read an escalation's state from
    its transitions, so a crafted file's "closed" transition added to a live escalation
    would make them show it closed; an import adds events only to escalations it brings."""
    live = next(e for e in export["records"]["escalation"] if e["state"] != "closed")
    closing = next(e for e in export["records"]["escalation_event"]
                   if e.get("to_state") == "closed")
    fake = _fresh(closing) | {"escalation_id": live["id"], "from_state": live["state"]}
    before = _counts(coordinator) | {
        "events": bulk.count(coordinator.vault.db, "escalation_event")}
    with pytest.raises(ImportRejected, match="escalation_id"):
        BulkImporter(coordinator.ctx).import_export(
            _doc(export, {"escalation_event": [fake]}), source="crafted.json")
    assert _counts(coordinator) | {
        "events": bulk.count(coordinator.vault.db, "escalation_event")} == before
    assert all(ev.to_state != "closed"
               for ev in coordinator.escalations.get(live["id"]).events)


def test_a_prior_version_must_be_older_than_the_record(
        coordinator: ws_mod.Workspace, export: dict[str, Any]) -> None:
    """A history entry at or past the record's own version would take the slot its next
    edit needs: that edit would fail, so the record could never be changed again."""
    active = {a["id"] for a in export["records"]["advisee"] if a["status"] == "active"}
    session = _fresh(next(s for s in export["records"]["session"]
                          if s["advisee_id"] in active)) | {"version": 1}
    prior = {"kind": "session", "record_id": session["id"], "version": 1,
             "changed_at": "2026-01-01T00:00:00+00:00", "changed_by": session["created_by"],
             "changed_fields": ["summary"], "snapshot": session}
    doc = json.loads(_doc(export, {"session": [session]})) | {"history": [prior]}
    with pytest.raises(ImportRejected, match="older than the record"):
        BulkImporter(coordinator.ctx).import_export(json.dumps(doc).encode())
    assert bulk.existing_ids(coordinator.vault.db, "session", [session["id"]]) == set()
    BulkImporter(coordinator.ctx).import_export(json.dumps(doc | {"history": []}).encode())
    coordinator.sessions.update(session["id"], {"summary": "Edited after the import."})
    assert coordinator.sessions.get(session["id"]).meta.version == 2
