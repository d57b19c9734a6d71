"""The command line refuses a role grant or a provenance forgery with one line and an
exit code, and changes nothing: `passwd --recovery` of a supervisor, `import` of a
supervisor or of register entries, `verify --report` of a PDF only an import "issued"."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from core_support import PASSPHRASE, assert_one_line_error, cli_env, run_cli

from peerdesk.services.workspace import create_vault, open_vault

SUP_PASSPHRASE = "supervisor passphrase 1"


def _vault(folder: Path) -> str:
    """A vault with its founder (coord) and its first supervisor (sunil); the recovery key."""
    ws, recovery = create_vault(folder, group_name="G", username="coord",
                                display_name="Coord", passphrase=PASSPHRASE)
    try:
        sup = ws.members.create({"display_name": "Sunil", "roles": ["supervisor"]}).record
        ws.members.add_account(sup.id, "sunil", SUP_PASSPHRASE)
    finally:
        ws.lock()
    return recovery


def test_passwd_recovery_refuses_a_supervisor(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _vault(folder)
    before = (folder / "keyslots.json").read_bytes()
    r = run_cli("passwd", "--vault", str(folder), "--user", "sunil", "--recovery",
                stdin=recovery + "\n",
                env=cli_env(PEERDESK_NEW_PASSPHRASE="the coordinator's choice"))
    assert r.returncode == 6
    assert_one_line_error(r.stderr)
    assert "supervisor" in r.stderr
    after = json.loads((folder / "keyslots.json").read_bytes())
    assert [s["slot_id"] for s in after["slots"] if s.get("username") == "sunil"] == [
        s["slot_id"] for s in json.loads(before)["slots"] if s.get("username") == "sunil"]
    open_vault(folder, "sunil", SUP_PASSPHRASE).lock()


def _export(folder: Path, out: Path) -> dict[str, object]:
    r = run_cli("export", "--vault", str(folder), "--user", "sunil", "--format", "json",
                "-o", str(out), env=cli_env(PEERDESK_PASSPHRASE=SUP_PASSPHRASE))
    assert r.returncode == 0, r.stderr
    doc: dict[str, object] = json.loads(out.read_bytes())
    return doc


def test_import_of_a_supervisor_or_register_rows(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _vault(folder)
    doc = _export(folder, tmp_path / "e.json")
    records = doc["records"]
    assert isinstance(records, dict)
    sup = next(m for m in records["member"] if "supervisor" in m["roles"])
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps({**doc, "records": {
        "member": [{**sup, "id": str(uuid.uuid4()), "display_name": "Puppet"}]}}))
    ws = open_vault(folder, "coord", PASSPHRASE)
    names = [m.display_name for m in ws.members.all()]
    ws.lock()
    r = run_cli("import", "--vault", str(folder), "--user", "coord", str(crafted),
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "Only a supervisor" in r.stderr
    ws = open_vault(folder, "coord", PASSPHRASE)
    try:
        assert [m.display_name for m in ws.members.all()] == names
    finally:
        ws.lock()

    # a register row for a doctored PDF is skipped, and verify --report still refuses it
    pdf = tmp_path / "doctored.pdf"
    pdf.write_bytes(b"%PDF-1.4 doctored\n")
    import hashlib

    me = sup["created_by"]
    row = {"id": str(uuid.uuid4()), "created_at": "2026-01-01T00:00:00Z", "created_by": me,
           "updated_at": "2026-01-01T00:00:00Z", "updated_by": me, "version": 1,
           "kind": "accountability", "params": [["report_id", "R-1"]], "by": me,
           "at": "2026-01-01T00:00:00Z",
           "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest()}
    crafted.write_text(json.dumps({**doc, "records": {"issued_report": [row]}}))
    r = run_cli("import", "--vault", str(folder), "--user", "coord", str(crafted),
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 0, r.stderr
    assert "Skipped 1 issued report register entry" in r.stdout
    r = run_cli("verify", "--vault", str(folder), "--user", "coord", "--report", str(pdf),
                env=cli_env(PEERDESK_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4
    assert "NOT issued by this vault" in r.stdout


def test_export_csv_names(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _vault(folder)
    env = cli_env(PEERDESK_PASSPHRASE=PASSPHRASE)
    r = run_cli("export", "--vault", str(folder), "--user", "coord", "--format", "csv",
                "-o", str(tmp_path / "all.csv"), env=env)
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert ".zip" in r.stderr and not (tmp_path / "all.csv").exists()
    r = run_cli("export", "--vault", str(folder), "--user", "coord", "--format", "csv",
                "--kind", "member", "-o", str(tmp_path / "members.csv"), env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "members.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")
    r = run_cli("export", "--vault", str(folder), "--user", "coord", "--format", "csv",
                "-o", str(tmp_path / "all.zip"), env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "all.zip").read_bytes()[:2] == b"PK"
