"""While the unlock window waits for the passphrase, load what unlocking and Home need,
and complete the UI font with its Devanagari fallback (ui/fonts.py).

The first paint of the unlock window comes before the crypto stack, the services and the
main window are imported (tests/ui/test_startup.py checks it). A person then takes
seconds to type a passphrase; importing those modules in that time takes them off the
path from Unlock to the painted Home page (docs/performance.md). The core (no Qt) loads
on a background thread; the window's modules load on the GUI thread, one per event-loop
turn, so typing never waits long.
"""

from __future__ import annotations

import importlib
import logging
import threading

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

#: Milliseconds after the unlock window is shown before loading starts (after its paint).
DELAY_MS = 400
#: Modules without Qt: the vault, key derivation and every service.
CORE_MODULES = ("peerdesk.services.workspace",)
#: The main window and what it shows first.
UI_MODULES = ("ui.main_window", "ui.page_set", "ui.pages.home", "ui.clipboard",
              "ui.vault_drafts", "ui.idle_lock")

_started = False


def _load(name: str) -> None:
    try:
        importlib.import_module(name)
    except ImportError as exc:  # loads again, and fails visibly, where it is used
        log.warning("preloading %s failed: %s", name, type(exc).__name__)


def _core() -> None:
    for name in CORE_MODULES:
        _load(name)


def _ui(pending: list[str]) -> None:
    if pending:
        _load(pending.pop(0))
        QTimer.singleShot(0, lambda: _ui(pending))


def _start() -> None:
    from PySide6.QtWidgets import QApplication

    from ui.fonts import add_fallback

    threading.Thread(target=_core, name="peerdesk-preload", daemon=True).start()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        add_fallback(app)
    _ui(list(UI_MODULES))


def schedule() -> None:
    """Start loading once, :data:`DELAY_MS` from now (later calls do nothing)."""
    global _started
    if _started:
        return
    _started = True
    QTimer.singleShot(DELAY_MS, _start)
