"""CSV imports from an old spreadsheet: happy path, Unicode, and all-or-nothing refusals."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from peerdesk.errors import ImportRejected
from peerdesk.services import workspace as ws_mod
from peerdesk.services.bulk_import import BulkImporter
from peerdesk.services.csv_import import CsvImporter, template_text
from peerdesk.storage import bulk

HEADER = ("advisee_code,advisor,date,time,duration_minutes,channel,themes,summary,"
          "next_steps,follow_up,risk_noticed")


@pytest.fixture
def group(empty_vault: ws_mod.Workspace) -> ws_mod.Workspace:
    ws = empty_vault
    a1 = ws.members.create({"display_name": "Priya S.", "roles": ["advisor"]}).record
    ws.vault.add_account(a1.id, "advisor01", "correct horse battery staple")
    ws.members.create({"display_name": "Rahul M.", "roles": ["advisor"]})
    ws.members.create({"display_name": "Sunil K.", "roles": ["supervisor"]})
    for code in ("PS-0001", "PS-0002"):
        ws.advisees.create({"code": code, "advisor_ids": [a1.id]})
    return ws


def _rows(ws: ws_mod.Workspace) -> dict[str, int]:
    db = ws.vault.db
    return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in (
        "sessions", "sessions_text", "advisees", "advisee_advisors", "search_docs",
        "themes", "record_history")}


def _csv(*rows: str, header: str = HEADER) -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode("utf-8")


GOOD = ("PS-0001,advisor01,2025-03-14,18:30,45,phone,exam stress; sleep,Talked.,Call Friday,"
        "2025-03-21,no")


def test_happy_path_unicode_markup_and_formulas(group: ws_mod.Workspace) -> None:
    ws = group
    decomposed = unicodedata.normalize("NFD", "Zoë café")
    summary = f'"परीक्षा का दबाव 😟 {decomposed}\nline two <b>bold</b> <img src=x>"'
    data = ("\ufeff" + HEADER + "\r\n"
            + f"PS-0001,Priya S.,14/03/2025,6:30 pm,45,in person,exam stress;नींद,{summary},"
              "=HYPERLINK(\"x\"),2025-03-21,yes\r\n"
            + "ps-0002,ADVISOR01,2025-03-15,09:05,30,Chat,,\"-feels better, @home\",,,\r\n"
            ).encode("utf-8")
    result = CsvImporter(ws.ctx).import_bytes(data)
    assert result.counts == {"session": 2}
    ids = ws.sessions.list_ids(descending=False)
    first = ws.sessions.get(ids[0])
    assert first.summary.startswith("परीक्षा का दबाव 😟 Zoë café\nline two <b>bold</b>")
    assert unicodedata.is_normalized("NFC", first.summary)
    assert first.next_steps == '=HYPERLINK("x")'
    assert first.themes == ("exam stress", "नींद")
    assert first.risk_noticed is True and first.channel.value == "in_person"
    assert first.start == datetime(2025, 3, 14, 13, 0, tzinfo=UTC)  # 18:30 IST
    second = ws.sessions.get(ids[1])
    assert second.summary == "-feels better, @home"
    assert "नींद" in dict(bulk.themes(ws.vault.db))
    events = ws.vault.db.query("SELECT details FROM audit_events WHERE action = 'import.csv'")
    assert len(events) == 1 and json.loads(events[0][0])["counts"] == {"session": 2}


def test_advisees_template_import(group: ws_mod.Workspace) -> None:
    data = template_text("advisees").replace("PS-0001", "PS-0100").encode()
    result = CsvImporter(group.ctx).import_bytes(data)
    assert result.counts == {"advisee": 1}
    adv = group.advisees.by_code("PS-0100")
    assert len(adv.advisor_ids) == 1 and adv.contact == "prefers chat after 6 pm"
    assert group.vault.db.scalar(
        "SELECT count(*) FROM advisee_advisors WHERE advisee_id = ?", (adv.id,)) == 1


def test_sessions_template_is_importable(group: ws_mod.Workspace) -> None:
    assert CsvImporter(group.ctx).import_bytes(template_text("sessions").encode()).total == 1


def _many_good(n: int) -> list[str]:
    return [GOOD] * n


BAD_CASES = {
    "missing column": (_csv(GOOD.rsplit(",", 1)[0], header=HEADER.rsplit(",", 1)[0]
                            .replace("summary,", "")), 1, "summary"),
    "bad date row 7": (_csv(*_many_good(5), GOOD.replace("2025-03-14", "2025-02-30")),
                       7, "date"),
    "unknown channel": (_csv(GOOD.replace("phone", "pigeon")), 2, "channel"),
    "unknown advisee": (_csv(GOOD.replace("PS-0001", "PS-0999")), 2, "advisee_code"),
    "unknown advisor": (_csv(GOOD.replace("advisor01", "nobody")), 2, "advisor"),
    "not an advisor": (_csv(GOOD.replace("advisor01", "Sunil K.")), 2, "advisor"),
    "too long summary": (_csv(GOOD.replace("Talked.", "x" * 50_001)), 2, "summary"),
    "NUL": (_csv(GOOD.replace("Talked.", "Tal\x00ked")), 2, "summary"),
    "control char": (_csv(GOOD.replace("Talked.", "Tal\x07ked")), 2, "summary"),
    "C1 control": (_csv(GOOD.replace("Call Friday", "Call\x85Friday")), 2, "next_steps"),
    "follow-up before": (_csv(GOOD.replace("2025-03-21", "2025-03-01")), 2, "follow_up"),
    "future": (_csv(GOOD.replace("2025-03-14", "2099-03-14").replace("2025-03-21", "")),
               2, "date"),
    "duration": (_csv(GOOD.replace(",45,", ",abc,")), 2, "duration_minutes"),
    "risk flag": (_csv(GOOD.replace(",no", ",maybe")), 2, "risk_noticed"),
    "bad time": (_csv(GOOD.replace("18:30", "25:61")), 2, "time"),
    "extra cells": (_csv(GOOD + ",surplus"), 2, None),
    "unknown column": (_csv(GOOD + ",x", header=HEADER + ",notes"), 1, "notes"),
    "header only": (_csv(), 1, None),
    "empty file": (b"", None, None),
    "blank file": (b"\r\n \r\n", None, None),
    "latin-1": (_csv(GOOD.replace("Talked.", "Café")).replace("é".encode(), b"\xe9"),
                2, None),
    "utf-16": ("\ufeff".encode("utf-16-le") + _csv(GOOD).decode().encode("utf-16-le"),
               None, None),
    "10 MB cell": (_csv(GOOD.replace("Talked.", "y" * 10_000_000)), 2, "summary"),
    "bad quotes": (_csv('PS-0001,advisor01,2025-03-14,18:30,45,phone,,"unclosed'), 2, None),
}


@pytest.mark.parametrize("name", list(BAD_CASES))
def test_malformed_csv_is_refused_and_nothing_changes(group: ws_mod.Workspace,
                                                      name: str) -> None:
    data, row, column = BAD_CASES[name]
    before = _rows(group)
    with pytest.raises(ImportRejected) as info:
        CsvImporter(group.ctx).import_bytes(data)
    err = info.value
    assert err.row == row, str(err)
    assert err.column == column, str(err)
    msg = str(err)
    assert "\n" not in msg and len(msg) < 400
    assert "yyyy" not in msg  # never echoes the cell
    assert _rows(group) == before


def test_valid_rows_before_a_bad_one_are_not_kept(group: ws_mod.Workspace) -> None:
    before = _rows(group)
    data = _csv(*_many_good(50), GOOD.replace("phone", "fax"))
    with pytest.raises(ImportRejected):
        CsvImporter(group.ctx).import_bytes(data)
    assert _rows(group) == before


def test_json_lone_surrogate_is_refused(group: ws_mod.Workspace) -> None:
    doc = {"format": "peerdesk-export", "format_version": 1,
           "records": {"advisee": [{"code": "PS-0009", "status": "active",
                                    "contact": "\ud800"}]}}
    data = json.dumps(doc).encode()  # ASCII escapes: "\ud800" reaches the parser
    assert b"\\ud800" in data
    before = _rows(group)
    with pytest.raises(ImportRejected) as info:
        BulkImporter(group.ctx).import_export(data)
    assert info.value.row == 1 and info.value.column == "contact"
    assert _rows(group) == before


@pytest.mark.parametrize("data,fragment", [
    (b"[" * 40 + b"]" * 40, "nested"),
    (b"[" * 100_000, "nested"),
    (b'{"a": 1, "a": 2}', "twice"),
    (b'{"format": "peerdesk-export", "format_version": 99, "records": {}}', "version"),
    (b'{"format": "other"}', "not a peerdesk export"),
    (b'\xff\xfe{\x00}\x00', "UTF-16"),
    (b'{"x": NaN}', "NaN"),
    (b"", "empty"),
    (b'{"format": "peerdesk-export", "format_version": 1, "records": {"spaceship": []}}',
     "does not know"),
])
def test_json_structure_refusals(group: ws_mod.Workspace, data: bytes, fragment: str) -> None:
    with pytest.raises(ImportRejected) as info:
        BulkImporter(group.ctx).import_export(data)
    assert fragment in str(info.value)


def test_cli_import_export_exit_codes(group: ws_mod.Workspace, tmp_path: Path) -> None:
    folder = group.vault_dir
    group.lock()
    env = {"PEERDESK_PASSPHRASE": "correct horse battery staple", "PEERDESK_KDF_PROFILE": "test",
           "PATH": "/usr/bin:/bin"}
    good = tmp_path / "s.csv"
    good.write_bytes(_csv(GOOD))
    bad = tmp_path / "b.csv"
    bad.write_bytes(_csv(GOOD, GOOD.replace("2025-03-14", "14.13.2025")))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "peerdesk", *args], env=env,
                              capture_output=True, text=True, timeout=60,
                              cwd=str(Path(__file__).resolve().parents[2]))

    r = run("import", "--template", "sessions")
    assert r.returncode == 0 and r.stdout.startswith("advisee_code,advisor,date,time")
    r = run("import", "--vault", str(folder), "--user", "coord", str(bad))
    assert r.returncode == 2
    assert r.stderr.strip() == ("peerdesk: row 3, column 'date': The date must look like "
                                "2026-03-31 or 31/03/2026.")
    r = run("import", "--vault", str(folder), "--user", "coord", str(good))
    assert r.returncode == 0, r.stderr
    assert "Imported 1 session" in r.stdout
    r = run("import", "--vault", str(folder), "--user", "advisor01", str(good))
    assert r.returncode == 6 and r.stderr.count("\n") == 1
    r = run("export", "--vault", str(folder), "--user", "advisor01", "--format", "json",
            "-o", str(tmp_path / "x.json"))
    assert r.returncode == 6 and not (tmp_path / "x.json").exists()
    r = run("export", "--vault", str(folder), "--user", "coord", "--format", "json",
            "-o", str(tmp_path / "c.json"))
    assert r.returncode == 0 and (tmp_path / "c.json").exists()
    r = run("import", "--vault", str(folder), "--user", "coord", str(tmp_path / "x.txt"))
    assert r.returncode == 2
    r = run("export", "--vault", str(folder), "--user", "coord", "--format", "xml",
            "-o", str(tmp_path / "c.xml"))
    assert r.returncode == 2
