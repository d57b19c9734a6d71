"""Start-up probe for the benchmark: with ``PEERDESK_EXIT_AFTER_FIRST_PAINT=1`` the app
prints ``PEERDESK_FIRST_PAINT <time.perf_counter()>`` once the first window has painted,
then ``PEERDESK_START_INFO`` (what had been loaded by then), then quits. Off (and nothing
installed) otherwise.

``time.perf_counter`` is the system-wide monotonic clock on Linux, so the parent process
can subtract its own start stamp (``tests/perf/bench_startup.py``).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "PEERDESK_EXIT_AFTER_FIRST_PAINT"
MARK = "PEERDESK_FIRST_PAINT"
INFO = "PEERDESK_START_INFO"


def start_info() -> str:
    """What the start had loaded by the first paint that it should not need (tests read
    this): the ``Qt`` namespace's Python enums, the crypto stack, the services."""
    import PySide6.QtCore

    loaded = {
        "qt_namespace": "Qt" in PySide6.QtCore.__dict__,
        "crypto": "peerdesk.crypto" in sys.modules,
        "services": "peerdesk.services" in sys.modules,
    }
    return " ".join(f"{name}={int(flag)}" for name, flag in loaded.items())


class _FirstPaint(QObject):
    """Watches one window only: an application-wide filter would call into Python for
    every event of every widget while the window is built, and slow the very start it
    measures."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._seen and obj is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            # Stamp after this paint pass has finished, then leave.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"{MARK} {time.perf_counter():.6f}", flush=True)
        print(f"{INFO} {start_info()}", flush=True)
        sys.stdout.flush()
        self._app.exit(0)


def install(app: QApplication, window: QWidget | None) -> None:
    """Watch ``window`` (the first one shown) when the environment asks for it; a no-op
    otherwise."""
    if os.environ.get(ENV) == "1" and window is not None:
        window.installEventFilter(_FirstPaint(app, window))
