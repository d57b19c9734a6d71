"""``peerdesk report`` refuses what it cannot do before doing anything: one line, an exit
code, nothing registered or audited; and registers a report only once its file exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from rpdf import PASSPHRASES, Group, page_texts

from peerdesk.cli.main import main


def _run(g: Group, user: str, *args: str, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    if g.ws.is_open:
        g.ws.lock()
    monkeypatch.setenv("PEERDESK_PASSPHRASE", PASSPHRASES[user])
    code = main(["report", *args, "--vault", str(g.folder), "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def _trail(g: Group) -> tuple[list[str], int]:
    """(audit events other than unlocking and locking, register entries): what a refused
    command must leave as it was."""
    ws = g.login("coord")
    try:
        actions = [row.action for row in ws.audit.recent(limit=10_000)
                   if row.action not in ("vault.unlocked", "vault.locked")]
        return actions, len(ws.register.list())
    finally:
        ws.lock()


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("peerdesk: "), err
    assert "unexpected error" not in err and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("output", ["missing/report.pdf", "."], ids=["no folder", "a folder"])
def test_an_unwritable_output_is_refused_before_anything_happens(
        group: Group, tmp_path: Path, output: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = _trail(group)
    target = tmp_path / output
    code, out, err = _run(group, "sunil", "accountability", "--from", "2026-11-01",
                          "--to", "2026-11-30", "-o", str(target), capsys=capsys,
                          monkeypatch=monkeypatch)
    assert code == 2 and out == ""
    _one_line(err)
    assert _trail(group) == before
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("dates", [("0001-01-01", "9999-12-31"), ("1999-12-31", "2026-01-01"),
                                   ("2026-01-01", "2100-01-01")])
def test_a_period_outside_the_years_a_vault_can_hold_is_one_line(
        group: Group, tmp_path: Path, dates: tuple[str, str],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = _trail(group)
    code, _, err = _run(group, "sunil", "accountability", "--from", dates[0], "--to", dates[1],
                        "-o", str(tmp_path / "r.pdf"), capsys=capsys, monkeypatch=monkeypatch)
    assert code == 2
    assert "2000" in _one_line(err) and "2099" in _one_line(err)
    assert _trail(group) == before and not (tmp_path / "r.pdf").exists()


def test_an_advisor_may_name_themselves_but_nobody_else(
        group: Group, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own.pdf"
    code, _, err = _run(group, "asha", "advisor", "--advisor", "asha", "--from",
                          "2026-11-01", "--to", "2026-11-30", "-o", str(own),
                          capsys=capsys, monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Advisor report: Asha" in page_texts(own.read_bytes())[0]
    before = _trail(group)
    code, _, err = _run(group, "asha", "advisor", "--advisor", "bala", "--from", "2026-11-01",
                        "--to", "2026-11-30", "-o", str(tmp_path / "other.pdf"),
                        capsys=capsys, monkeypatch=monkeypatch)
    assert code == 6
    assert "yourself" in _one_line(err)
    assert _trail(group) == before and not (tmp_path / "other.pdf").exists()


def test_the_written_file_is_the_registered_one_and_as_at_is_a_choice(
        group: Group, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out_file = tmp_path / "today.pdf"
    code, _, err = _run(group, "sunil", "accountability", "--from", "2026-11-01", "--to",
                          "2026-11-30", "--as-at", "today", "-o", str(out_file),
                          capsys=capsys, monkeypatch=monkeypatch)
    assert code == 0, err
    assert "As at today" in page_texts(out_file.read_bytes())[0]
    ws = group.login("sunil")
    entry = ws.reports.identify(out_file.read_bytes())
    assert entry is not None and dict(entry.params)["as_at"] == "today"
