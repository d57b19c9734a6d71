"""A JSON export imported into a new vault gives back every record, version and theme."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk.errors import ImportRejected, PermissionDenied
from peerdesk.services import workspace as ws_mod
from peerdesk.services.bulk_import import KIND_ORDER, BulkImporter
from peerdesk.services.exporter import Exporter, csv_cell
from peerdesk.storage import bulk, codec, import_claim_queries

PASSPHRASE = "correct horse battery staple"


def open_as(folder: Path, user: str) -> ws_mod.Workspace:
    return ws_mod.open_vault(folder, user, PASSPHRASE)


def _snapshots(ws: ws_mod.Workspace) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    for kind in KIND_ORDER:
        out[kind] = {}
        for record, stored in bulk.iter_all(ws.vault.db, kind):
            snap = codec.snapshot(record)
            snap["_storage"] = stored
            out[kind][record.id] = snap
    return out


_PROVENANCE = ("created_by", "created_at", "updated_by", "updated_at")


def _as_claimed(ws: ws_mod.Workspace, after: dict[str, dict[str, dict]]
                ) -> dict[str, dict[str, dict]]:
    """The imported records with the file's claims put back where the file had them;
    also checks that each record itself is the importer's."""
    me = ws.actor.member_id
    out: dict[str, dict[str, dict]] = {}
    for kind, snaps in after.items():
        claims = import_claim_queries.claims_for(ws.vault.db, kind, list(snaps))
        out[kind] = {}
        for rid, snap in snaps.items():
            claim = claims.get(rid)
            if claim is None:
                out[kind][rid] = snap
                continue
            assert snap["created_by"] == snap["updated_by"] == me, (kind, rid)
            assert claim.imported_by == me
            restored = {**snap, **{k: claim.claimed[k] for k in _PROVENANCE}}
            stored = dict(snap.get("_storage") or {})
            if "deleted_by" in claim.claimed:
                assert stored["deleted_by"] == me
                stored["deleted_by"] = claim.claimed["deleted_by"]
                restored["_storage"] = stored
            out[kind][rid] = restored
    return out


def _history_as_claimed(ws: ws_mod.Workspace) -> list[dict]:
    rows = bulk.history_rows(ws.vault.db)
    out = []
    for row in rows:
        claim = import_claim_queries.claims_for(ws.vault.db, row["kind"],
                                                [row["record_id"]])[row["record_id"]]
        assert row["changed_by"] == ws.actor.member_id
        out.append({**row, **claim.claimed["versions"][str(row["version"])]})
    return out


def _table_counts(ws: ws_mod.Workspace) -> dict[str, int]:
    db = ws.vault.db
    tables = [r[0] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index_%'")]
    return {t: int(db.scalar(f'SELECT count(*) FROM "{t}"')) for t in tables}


def test_json_roundtrip_every_record(demo_vault: Path, tmp_path: Path,
                                     empty_vault: ws_mod.Workspace) -> None:
    src = open_as(demo_vault, "supervisor")
    try:
        out = tmp_path / "export.json"
        result = Exporter(src.ctx).export(out, "json")
        assert result.complete
        before = _snapshots(src)
        history = bulk.history_rows(src.vault.db)
        themes = bulk.themes(src.vault.db)
    finally:
        src.lock()
    doc = json.loads(out.read_bytes())
    assert doc["format"] == "peerdesk-export" and doc["format_version"] == 1
    assert out.stat().st_mode & 0o777 == 0o600

    BulkImporter(empty_vault.ctx).import_export(out.read_bytes())
    after = _as_claimed(empty_vault, _snapshots(empty_vault))
    for kind in KIND_ORDER:
        assert set(before[kind]) <= set(after[kind]), kind
        for rid, snap in before[kind].items():
            assert after[kind][rid] == snap, (kind, rid)
    extra_members = set(after["member"]) - set(before["member"])
    assert len(extra_members) == 1  # the importing coordinator
    assert _history_as_claimed(empty_vault) == history
    assert bulk.themes(empty_vault.vault.db) == themes
    # Side tables and the search index are rebuilt.
    db = empty_vault.vault.db
    assert db.scalar("SELECT count(*) FROM advisee_advisors") > 0
    assert db.scalar("SELECT count(*) FROM supervision_advisors") > 0
    assert db.scalar("SELECT count(*) FROM search_docs") >= len(before["session"])
    # One audit event for the import, and one for each role it granted.
    events = db.query("SELECT action FROM audit_events WHERE action LIKE 'import.%'")
    assert [e[0] for e in events] == ["import.json"]
    grants = db.query("SELECT count(*) FROM audit_events WHERE action = 'role.granted'")
    assert grants[0][0] == sum(len(m["roles"]) for m in before["member"].values())


def test_history_and_tombstones_roundtrip(empty_vault: ws_mod.Workspace, tmp_path: Path
                                          ) -> None:
    from datetime import timedelta

    ws = empty_vault
    coord = ws.actor.member_id
    member = ws.members.create({"display_name": "Asha K.", "roles": ["advisor"]}).record
    advisee = ws.advisees.create({"code": "PS-0001", "advisor_ids": [member.id]}).record
    start = ws.ctx.now() - timedelta(days=2)
    s1 = ws.sessions.create({"advisee_id": advisee.id, "advisor_id": member.id,
                             "start": start, "duration_minutes": 45, "channel": "phone",
                             "summary": "<b>First</b> =SUM(A1)"}).record
    ws.sessions.update(s1.id, {"summary": "Corrected summary"})
    s2 = ws.sessions.create({"advisee_id": advisee.id, "advisor_id": member.id,
                             "start": start, "duration_minutes": 30, "channel": "chat",
                             "summary": "To delete"}).record
    ws.sessions.delete(s2.id)
    out = tmp_path / "e.json"
    data = Exporter(ws.ctx).json_bytes()
    out.write_bytes(data)
    before = _snapshots(ws)
    hist = bulk.history_rows(ws.vault.db)
    ws.lock()
    ws2, _ = ws_mod.create_vault(tmp_path / "other", group_name="G", username="c2",
                                 display_name="C2", passphrase="correct horse battery staple")
    try:
        BulkImporter(ws2.ctx).import_export(data)
        after = _as_claimed(ws2, _snapshots(ws2))
        for kind in ("advisee", "session"):
            assert after[kind] == before[kind]
        assert after["session"][s2.id]["_storage"]["deleted_at"]
        assert _history_as_claimed(ws2) == hist
        assert len(hist) == 1 and hist[0]["version"] == 1
        # the tombstone is not searchable, the live one is
        docs = {r[0] for r in ws2.vault.db.query("SELECT record_id FROM search_docs")}
        assert s1.id in docs and s2.id not in docs
        assert coord in after["member"]
    finally:
        ws2.lock()


def test_import_twice_is_refused_and_changes_nothing(demo_vault: Path, tmp_path: Path,
                                                    empty_vault: ws_mod.Workspace) -> None:
    src = open_as(demo_vault, "supervisor")
    try:
        data = Exporter(src.ctx).json_bytes()
    finally:
        src.lock()
    BulkImporter(empty_vault.ctx).import_export(data)
    before = _table_counts(empty_vault)
    with pytest.raises(ImportRejected, match="reflections, which you cannot write"):
        BulkImporter(empty_vault.ctx).import_export(data)
    doc = json.loads(data)
    for kind in ("reflection", "supervision_note"):
        del doc["records"][kind]
    doc["history"] = [h for h in doc["history"]
                      if h["kind"] not in ("reflection", "supervision_note")]
    with pytest.raises(ImportRejected) as info:
        BulkImporter(empty_vault.ctx).import_export(json.dumps(doc).encode())
    assert info.value.row == 1 and info.value.column == "id"
    after = _table_counts(empty_vault)
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"}


def test_coordinator_export_omits_private_kinds(demo_vault: Path, tmp_path: Path) -> None:
    ws = open_as(demo_vault, "coordinator")
    try:
        res = Exporter(ws.ctx).export(tmp_path / "c.json", "json")
        assert not res.complete
        assert set(res.omitted) == {"reflection", "supervision_note"}
        doc = json.loads((tmp_path / "c.json").read_bytes())
        assert "reflection" not in doc["records"]
        assert all(h["kind"] not in res.omitted for h in doc["history"])
        events = ws.vault.db.query(
            "SELECT details FROM audit_events WHERE action = 'export.written'")
        assert json.loads(events[-1][0])["sha256"] == res.sha256
    finally:
        ws.lock()


def test_advisor_cannot_export_or_import(demo_vault: Path, tmp_path: Path) -> None:
    ws = open_as(demo_vault, "advisor01")
    try:
        with pytest.raises(PermissionDenied):
            Exporter(ws.ctx).export(tmp_path / "x.json", "json")
        assert not (tmp_path / "x.json").exists()
        with pytest.raises(PermissionDenied):
            BulkImporter(ws.ctx).import_export(b"{}")
    finally:
        ws.lock()


def test_csv_export_zip_escapes_formulas(demo_vault: Path, tmp_path: Path) -> None:
    import csv
    import io
    import zipfile

    ws = open_as(demo_vault, "supervisor")
    try:
        res = Exporter(ws.ctx).export(tmp_path / "x.zip", "csv")
    finally:
        ws.lock()
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        names = set(zf.namelist())
        assert {"session.csv", "reflection.csv", "history.csv", "README.txt"} <= names
        text = zf.read("session.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "id" and len(rows) == res.counts["session"] + 1
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("-1 feeling low") == "'-1 feeling low"
    assert csv_cell("@x") == "'@x" and csv_cell("+91") == "'+91"
    assert csv_cell("plain") == "plain" and csv_cell(5) == "5" and csv_cell(None) == ""


def test_csv_export_is_named_for_what_it_holds(demo_vault: Path, tmp_path: Path) -> None:
    """Every kind: a zip, and the name must say .zip; one kind: one plain CSV file."""
    import csv
    import io
    import zipfile

    from peerdesk.errors import UsageError

    ws = open_as(demo_vault, "supervisor")
    try:
        before = ws.vault.audit_head()
        with pytest.raises(UsageError, match=r"name the output \.zip"):
            Exporter(ws.ctx).export(tmp_path / "all.csv", "csv")
        with pytest.raises(UsageError, match=r"name the output \.csv"):
            Exporter(ws.ctx).export(tmp_path / "s.zip", "csv", "session")
        assert not (tmp_path / "all.csv").exists() and not (tmp_path / "s.zip").exists()
        assert ws.vault.audit_head() == before
        res = Exporter(ws.ctx).export(tmp_path / "sessions.csv", "csv", "session")
    finally:
        ws.lock()
    data = (tmp_path / "sessions.csv").read_bytes()
    assert not zipfile.is_zipfile(io.BytesIO(data))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "id" and len(rows) == res.counts["session"] + 1
    assert (tmp_path / "sessions.csv").stat().st_mode & 0o777 == 0o600


def test_coordinator_cannot_export_private_kind_as_csv(demo_vault: Path,
                                                       tmp_path: Path) -> None:
    ws = open_as(demo_vault, "coordinator")
    try:
        with pytest.raises(PermissionDenied):
            Exporter(ws.ctx).export(tmp_path / "r.csv", "csv", "reflection")
        assert not (tmp_path / "r.csv").exists()
    finally:
        ws.lock()
