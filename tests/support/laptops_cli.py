"""Driving the real command line in-process, as a person at each laptop would."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.workspace import Workspace
from tests.support.vaults import PASSPHRASES

JOIN_PASSPHRASE = "a join passphrase"


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
        passphrase: str, stdin: str = "") -> tuple[int, str, str]:
    """``stdin``: lines typed at the prompts that read standard input (members confirming
    a new laptop with their passphrases)."""
    monkeypatch.setenv("PEERDESK_PASSPHRASE", passphrase)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def safety_number(text: str) -> str:
    found = re.search(r"Safety number: (\d{5} \d{5} \d{5})", text)
    assert found, text
    return found.group(1)


def pair(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *,
         coord_folder: Path, new_folder: Path, members: str, tmp: Path,
         name: str = "New laptop") -> str:
    """join → device add → apply; returns the new laptop's safety number."""
    request, snapshot = tmp / f"{new_folder.name}.pdjoin", tmp / f"{new_folder.name}.pdx"
    code, out, err = run(monkeypatch, capsys, ["join", "--vault", new_folder, "--name", name,
                                               "-o", request], JOIN_PASSPHRASE)
    assert code == 0, err
    number = safety_number(out)
    code, out, err = run(monkeypatch, capsys, [
        "device", "add", request, "--vault", coord_folder, "--user", "coord", "--members",
        members, "--number", number, "-o", snapshot], PASSPHRASES["coord"],
        "".join(f"{PASSPHRASES[m]}\n" for m in members.split(",") if m != "coord"))
    assert code == 0, err
    assert safety_number(out) == number
    code, out, err = run(monkeypatch, capsys, ["exchange", "apply", snapshot, "--vault",
                                               new_folder], JOIN_PASSPHRASE)
    assert code == 0, err
    return number


def all_text(ws: Workspace, skip: frozenset[str] = frozenset()) -> str:
    """Every text value of every table of the decrypted database (but ``skip``), joined."""
    db = ws.vault.db
    tables = [str(r[0]) for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index_%'")]
    parts: list[str] = []
    for table in tables:
        if table in skip:
            continue
        for row in db.query(f'SELECT * FROM "{table}"'):
            parts.extend(v for v in row if isinstance(v, str))
    return "\n".join(parts)
