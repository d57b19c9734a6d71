"""Fixtures for import/export tests: real vaults with the cheap test KDF."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from peerdesk.services import workspace as ws_mod  # noqa: E402
from peerdesk.services.demo import make_demo  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("PEERDESK_KDF_PROFILE", "test")
    folder = tmp_path_factory.mktemp("demo") / "vault"
    make_demo(folder, scale="small", seed=11, passphrase=PASSPHRASE)
    mp.undo()
    return folder


@pytest.fixture
def empty_vault(tmp_path: Path) -> Iterator[ws_mod.Workspace]:
    ws, _ = ws_mod.create_vault(tmp_path / "new", group_name="Test group", username="coord",
                                display_name="Coord", passphrase=PASSPHRASE,
                                timezone="Asia/Kolkata")
    yield ws
    if ws.is_open:
        ws.lock()


def open_as(folder: Path, user: str) -> ws_mod.Workspace:
    return ws_mod.open_vault(folder, user, PASSPHRASE)
