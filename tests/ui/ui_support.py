"""Qt fixtures for the desktop app's tests (offscreen, a real worker thread, fake workspaces)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from peerdesk.errors import VaultLocked


@dataclass(frozen=True)
class FakeActor:
    member_id: str = "m-1"
    account_id: str = "a-1"
    username: str = "asha"
    display_name: str = "Asha Rao"
    roles: frozenset[str] = frozenset({"coordinator"})


@dataclass
class FakeWorkspace:
    """Stands in for ``peerdesk.services.workspace.Workspace`` where no vault is needed."""

    vault_dir: Path = Path("/tmp/peerdesk-test-vault")
    group_name: str = "Saathi Peer Circle"
    actor: FakeActor = field(default_factory=FakeActor)
    locked: bool = False
    lock_calls: int = 0

    def lock(self) -> None:
        self.locked = True
        self.lock_calls += 1

    def recovery_sheet_pdf(self, recovery_key: str) -> bytes:
        if self.locked:
            raise VaultLocked()
        return b"%PDF-1.4\n% fake sheet\n"

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(name)


@pytest.fixture
def open_ws(tmp_path: Path, test_kdf: None) -> Any:
    """A real, open workspace on a fresh vault: coordinator asha of Saathi Peer Circle."""
    from peerdesk.services.workspace import create_vault

    ws, _key = create_vault(tmp_path / "vault", group_name="Saathi Peer Circle",
                            username="asha", display_name="Asha Rao", passphrase=PASSPHRASE)
    yield ws
    if ws.is_open:
        ws.lock()


@pytest.fixture
def fake_ws(open_ws: Any) -> Any:
    """The former name of :func:`open_ws`."""
    return open_ws


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp):
    """The app's own UI font, as the app sets it at start: screens and pixels in tests do
    not depend on the fonts this machine happens to have."""
    from ui.fonts import install_app_font

    return install_app_font(qapp)


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory):
    """QSettings (window size, personal idle lock) in a folder of the test session, never
    in the settings of the person running the tests."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    return folder


@pytest.fixture
def worker(qapp):
    from ui.worker import Worker

    w = Worker()
    yield w
    w.discard_pending()
    w.stop()


@pytest.fixture
def ctx(worker):
    from ui.clipboard import ClipboardGuard
    from ui.drafts import MemoryDraftStore
    from ui.page_context import ChangeBus, PageContext

    return PageContext(worker, ClipboardGuard(), MemoryDraftStore(), ChangeBus())


@pytest.fixture
def themed(qapp):
    """The app's style sheet, so tests see what people see."""
    from ui.theme import apply_theme

    apply_theme(qapp)
    return qapp


@pytest.fixture
def test_kdf(monkeypatch):
    """Fast key derivation for vaults made in tests (the services honour this variable)."""
    monkeypatch.setenv("PEERDESK_KDF_PROFILE", "test")


def services_ready() -> bool:
    try:
        from peerdesk.services import workspace  # noqa: F401
    except ImportError:
        return False
    return True


needs_services = pytest.mark.skipif(
    not services_ready(), reason="peerdesk.services.workspace is not written yet"
)


PASSPHRASE = "tea garden monsoon kite"


@pytest.fixture(scope="module")
def real_vault(tmp_path_factory):
    """A real vault (fast test KDF) made once per module; locked, ready to unlock."""
    if not services_ready():
        pytest.skip("peerdesk.services.workspace is not written yet")
    from peerdesk.services.workspace import create_vault

    folder = tmp_path_factory.mktemp("vault") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PEERDESK_KDF_PROFILE", "test")
        ws, _key = create_vault(
            folder,
            group_name="Saathi Peer Circle",
            username="asha",
            display_name="Asha Rao",
            passphrase=PASSPHRASE,
        )
        ws.lock()
    return folder


@pytest.fixture
def group(tmp_path, test_kdf):
    """The small group of tests/support/vaults.py in a real vault (locked afterwards), its
    coordinator named as the page tests expect."""
    from tests.support.vaults import make_group

    g = make_group(tmp_path, names={"coord": "Coordinator Kavya"}, folder_name="vault")
    yield g
    if g.ws.is_open:
        g.ws.lock()


@pytest.fixture
def case(tmp_path, test_kdf):
    """The small case file of tests/ui/_casefile.py in a real vault (locked afterwards)."""
    from tests.ui._casefile import make_casefile

    g = make_casefile(tmp_path)
    yield g
    if g.ws.is_open:
        g.ws.lock()


def show_page(qtbot: Any, ctx: Any, page: Any, ws: Any, *, size: tuple[int, int] | None = None,
              settle: int = 1) -> Any:
    """Show ``page`` as the main window would (refreshed on changes), load ``ws`` into it
    and let the worker finish ``settle`` rounds of loading (ids, then rows)."""
    qtbot.addWidget(page)
    if size is not None:
        page.resize(*size)
        page.show()
    ctx.changes.changed.connect(page.refresh)
    page.load(ws)
    for _ in range(settle):
        ctx.worker.wait_idle()
    return page


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The Hindi catalogs (interface .qm, core .mo), compiled when missing or stale, as
    ``make translations`` and ``make locale`` do."""
    from tests.support.translations import compile_mo, compile_qm

    compile_mo()
    return compile_qm()


@pytest.fixture
def hindi(qapp):
    """The interface in Hindi for one test, English again afterwards."""
    from ui import language

    assert language.apply("hi") == "hi"
    yield
    language.apply("en")
