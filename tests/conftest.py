"""Fixtures for every test folder. Vault builders live in tests/support/vaults.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.vaults import Group, make_group


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap key derivation for every vault a test makes, and none of the user's
    PEERDESK_* settings leaking in. (The test of production defaults removes it itself.)"""
    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")
    for name in ("PEERDESK_PASSPHRASE", "PEERDESK_USER", "PEERDESK_NEW_PASSPHRASE",
                 "PEERDESK_VAULT", "PEERDESK_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    """The small group of tests/support/vaults.py, locked after the test."""
    g = make_group(tmp_path)
    yield g
    if g.ws.is_open:
        g.ws.lock()
