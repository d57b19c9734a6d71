"""Fixtures for the report tests: real vaults, real PDFs, parsed back with pypdf.

``demo``: one demo-small vault per test session (seed 3, "now" fixed at 22 Nov 2026), with
accounts ``supervisor``, ``coordinator`` and ``advisor01``..``advisor08``; reports are made
for October 2026, the last full month. ``small_group(tmp_path, group_name=...)`` builds a
hand-made vault (coordinator ``coord``, advisors ``asha`` and ``bala``, supervisor ``sunil``)
whose group and member names a test chooses.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from rpdf import DEMO_NOW, DEMO_PASS, Demo

# -- the demo vault ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    from peerdesk.services.demo import make_demo

    old = os.environ.get("PEERDESK_KDF_PROFILE")
    os.environ["PEERDESK_KDF_PROFILE"] = "test"
    try:
        folder = tmp_path_factory.mktemp("demo") / "vault"
        result = make_demo(folder, scale="small", seed=3, passphrase=DEMO_PASS, now=DEMO_NOW)
    finally:
        if old is None:
            os.environ.pop("PEERDESK_KDF_PROFILE", None)
        else:
            os.environ["PEERDESK_KDF_PROFILE"] = old
    d = Demo(folder, result.recovery_key)
    yield d
    d.close()


@pytest.fixture
def demo_as(demo: Demo) -> Iterator[Demo]:
    """The demo vault, locked again after the test."""
    yield demo
    demo.close()


# -- translations -----------------------------------------------------------------------------

@pytest.fixture(scope="session")
def catalogs() -> None:
    """The compiled catalogs, as ``make locale`` builds them (compiled here when missing or
    older than their .po, so that pytest alone also works in a fresh checkout)."""
    from tests.support.translations import compile_mo

    compile_mo()
