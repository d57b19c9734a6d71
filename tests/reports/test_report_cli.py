"""``peerdesk report`` (and ``export`` and ``backup``, which write files too) refuses what it
cannot do before doing anything: one line, an exit code, nothing registered or audited; and
registers a report only once its file exists."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rpdf import PASSPHRASES, Group, page_texts

from peerdesk.cli.main import main

Run = Callable[..., tuple[int, str, str]]
NOVEMBER = ("--from", "2026-11-01", "--to", "2026-11-30")


@pytest.fixture
def report(group: Group, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Run:
    """``report(user, *args)``: ``peerdesk report *args`` as ``user`` on the group's vault
    (``report(user, "--command", "export", *args)`` for another command); (exit code,
    stdout, stderr)."""

    def run(user: str, *args: str) -> tuple[int, str, str]:
        if group.ws.is_open:
            group.ws.lock()
        monkeypatch.setenv("PEERDESK_PASSPHRASE", PASSPHRASES[user])
        command = ["report", *args]
        if args[0] == "--command":
            command = list(args[1:])
        code = main([*command, "--vault", str(group.folder), "--user", user])
        out, err = capsys.readouterr()
        return code, out, err

    return run


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


def _refused(g: Group, report: Run, code: int, user: str, *args: str) -> str:
    """Runs a command that must be refused with ``code``; its one line of error. Nothing is
    audited, registered or written."""
    before = _trail(g)
    got, out, err = report(user, *args)
    assert got == code and out == "", err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("peerdesk: "), err
    assert "unexpected error" not in err and "Traceback" not in err
    assert _trail(g) == before
    output = Path(args[args.index("-o") + 1])
    assert not output.is_file()
    return lines[0]


@pytest.mark.parametrize("output", ["missing/report.pdf", "."], ids=["no folder", "a folder"])
def test_an_unwritable_output_is_refused_before_anything_happens(
        group: Group, report: Run, tmp_path: Path, output: str) -> None:
    _refused(group, report, 2, "sunil", "accountability", *NOVEMBER,
             "-o", str(tmp_path / output))
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("dates", [("0001-01-01", "9999-12-31"), ("1999-12-31", "2026-01-01"),
                                   ("2026-01-01", "2100-01-01")])
def test_a_period_outside_the_years_a_vault_can_hold_is_one_line(
        group: Group, report: Run, tmp_path: Path, dates: tuple[str, str]) -> None:
    line = _refused(group, report, 2, "sunil", "accountability", "--from", dates[0],
                    "--to", dates[1], "-o", str(tmp_path / "r.pdf"))
    assert "2000" in line and "2099" in line


def test_an_advisor_may_name_themselves_but_nobody_else(
        group: Group, report: Run, tmp_path: Path) -> None:
    own = tmp_path / "own.pdf"
    code, _, err = report("asha", "advisor", "--advisor", "asha", *NOVEMBER, "-o", str(own))
    assert code == 0, err
    assert "Advisor report: Asha" in page_texts(own.read_bytes())[0]
    line = _refused(group, report, 6, "asha", "advisor", "--advisor", "bala", *NOVEMBER,
                    "-o", str(tmp_path / "other.pdf"))
    assert "yourself" in line


def test_the_written_file_is_the_registered_one_and_as_at_is_a_choice(
        group: Group, report: Run, tmp_path: Path) -> None:
    out_file = tmp_path / "today.pdf"
    code, _, err = report("sunil", "accountability", *NOVEMBER, "--as-at", "today",
                          "-o", str(out_file))
    assert code == 0, err
    assert "As at today" in page_texts(out_file.read_bytes())[0]
    ws = group.login("sunil")
    entry = ws.reports.identify(out_file.read_bytes())
    assert entry is not None and dict(entry.params)["as_at"] == "today"


@pytest.mark.parametrize("command", [("export", "--format", "json"), ("backup",)],
                         ids=["export", "backup"])
def test_export_and_backup_check_their_output_first(
        group: Group, report: Run, tmp_path: Path, command: tuple[str, ...]) -> None:
    _refused(group, report, 2, "coord", "--command", *command,
             "-o", str(tmp_path / "missing" / "file"))
    assert not (tmp_path / "missing").exists()
