"""Shared helpers for the vault core tests: real SQLCipher files, real subprocesses.

Every test runs with ``PEERDESK_KDF_PROFILE=test`` (cheap Argon2id) unless it removes the
variable itself; only the production-defaults test derives real keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from peerdesk.storage import vault_tables  # noqa: E402
from peerdesk.vault.layout import iso, utc_now  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
USER = "coord"
HERE = Path(__file__).resolve().parent


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def make_vault(
    folder: Path, *, group: str = "Tuesday circle", user: str = USER,
    passphrase: str = PASSPHRASE,
) -> tuple[Vault, str]:
    """A new, open vault and its recovery key."""
    return Vault.create(
        Path(folder), group_name=group, username=user, display_name=user.title(),
        passphrase=passphrase,
    )


def add_user(vault: Vault, username: str, passphrase: str) -> str:
    """A new member with a login; returns the account id."""
    member_id = uuid.uuid4().hex
    with vault.write("member.added", "member", member_id, {"member_id": member_id}) as db:
        vault_tables.insert_member(
            db, member_id=member_id, display_name=username.title(), roles=("advisor",),
            now=iso(utc_now()), by=vault.account_id,
        )
    return vault.add_account(member_id, username, passphrase)


def sha256_file(path: Path) -> str | None:
    path = Path(path)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def db_state(folder: Path) -> dict[str, str | None]:
    """SHA-256 of the database and its side files, as they are on disk."""
    folder = Path(folder)
    return {
        name: sha256_file(folder / name)
        for name in ("peerdesk.db", "peerdesk.db-wal", "peerdesk.db-journal")
    }


def cli_env(tmp: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEERDESK_")}
    env["PEERDESK_KDF_PROFILE"] = "test"
    env["PYTHONPATH"] = _ROOT + os.pathsep + env.get("PYTHONPATH", "")
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    env.update(extra)
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args], env=env or cli_env(), input=stdin,
        capture_output=True, text=True, timeout=timeout, check=False,
    )


def run_py(
    script: str | Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], env=env or cli_env(), capture_output=True,
        text=True, timeout=timeout, check=False,
    )


def read_slots(folder: Path) -> dict[str, object]:
    return json.loads((Path(folder) / "keyslots.json").read_text("utf-8"))


def assert_one_line_error(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip() and not ln.startswith("Warning:")]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("peerdesk: "), stderr
