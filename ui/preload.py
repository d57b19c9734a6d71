"""While the unlock window waits for the passphrase, load what unlocking and Home need,
and complete the UI font with its Devanagari fallback (ui/fonts.py).

The first paint of the unlock window comes before the crypto stack, the services and the
main window are imported (tests/ui/test_startup.py checks it). Importing them after
Unlock is pressed cost about 250 ms; a person takes seconds to type a passphrase, so they
are imported in that time instead (docs/performance.md). One module per event-loop turn on
the GUI thread, so typing never waits long; and never while the worker runs a task (an
unlock has begun and imports what it needs itself), so no two threads import at once.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: Milliseconds after the unlock window is shown before loading starts (after its paint).
DELAY_MS = 250
#: The vault, key derivation and the services, bottom up so that each step is small.
CORE_MODULES = ("sqlcipher3", "cryptography.hazmat.primitives.ciphers.aead",
                "peerdesk.crypto.kdf", "peerdesk.storage.database", "peerdesk.vault.vault",
                "peerdesk.services.context", "PIL.Image", "reportlab.lib.utils",
                "reportlab.platypus", "peerdesk.reports.data", "peerdesk.services.reports",
                "peerdesk.services.workspace")
#: The main window and what it shows first.
UI_MODULES = ("ui.main_window", "ui.page_set", "ui.pages.home", "ui.clipboard",
              "ui.vault_drafts", "ui.idle_lock")

_started = False


def _load(name: str) -> None:
    try:
        importlib.import_module(name)
    except ImportError as exc:  # loads again, and fails visibly, where it is used
        log.warning("preloading %s failed: %s", name, type(exc).__name__)


def _step(pending: list[str], busy: Callable[[], bool]) -> None:
    if not pending or busy():
        return
    _load(pending.pop(0))
    QTimer.singleShot(0, lambda: _step(pending, busy))


def _start(busy: Callable[[], bool]) -> None:
    from ui.fonts import add_fallback

    app = QApplication.instance()
    if isinstance(app, QApplication):
        add_fallback(app)
    _step([*CORE_MODULES, *UI_MODULES], busy)


def schedule(busy: Callable[[], bool]) -> None:
    """Start loading once, :data:`DELAY_MS` from now (later calls do nothing); stop for
    good as soon as ``busy()`` (the worker has a task)."""
    global _started
    if _started:
        return
    _started = True
    QTimer.singleShot(DELAY_MS, lambda: _start(busy))
