"""Lock the vault after a period without keyboard or mouse input (docs/security.md: on by default).

One app-wide event filter restarts a single-shot timer on every key press, mouse press or
move and wheel event in any window of the app; when the timer runs out it emits
``lock_requested`` once. The app's controller connects that to its lock routine.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

#: Minutes without input before the vault locks, unless the group chose otherwise.
DEFAULT_MINUTES = 10.0

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Watches input app-wide. ``start()`` after unlock, ``stop()`` after lock."""

    lock_requested = Signal()

    def __init__(
        self,
        minutes: float = DEFAULT_MINUTES,
        *,
        enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._enabled = enabled
        self._installed = False
        self.set_minutes(minutes)

    @property
    def minutes(self) -> float:
        return self._timer.interval() / 60_000

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        """Change the timeout (fractions allowed; tests use a few milliseconds' worth)."""
        self._timer.setInterval(max(1, round(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self._timer.stop()
        elif self._installed:
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        if self._enabled:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def poke(self) -> None:
        """Count as activity (e.g. a long background call the person is waiting for)."""
        if self._enabled and self._installed:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._enabled and self._installed:
            self._timer.start()
        return False

    def _fire(self) -> None:
        if self._enabled and self._installed:
            self.lock_requested.emit()
