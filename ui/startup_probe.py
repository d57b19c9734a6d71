"""Start-up probe for the benchmark: with ``PEERDESK_EXIT_AFTER_FIRST_PAINT=1`` the app
prints ``PEERDESK_FIRST_PAINT <time.perf_counter()>`` once the first window has painted,
then quits. Off (and nothing installed) otherwise.

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


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget) and obj.window().isVisible()):
            self._seen = True
            # Stamp after this paint pass has finished, then leave.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print(f"{MARK} {time.perf_counter():.6f}", flush=True)
        sys.stdout.flush()
        self._app.exit(0)


def install(app: QApplication) -> None:
    """Install the probe when the environment asks for it (a no-op otherwise)."""
    if os.environ.get(ENV) == "1":
        app.installEventFilter(_FirstPaint(app))
