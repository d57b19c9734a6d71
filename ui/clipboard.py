"""Copy note text to the clipboard, and take it back off again.

After ``clear_after_seconds`` the clipboard is emptied, but only if it still holds what we
put there (a person may have copied something else meanwhile). ``clear_now()`` runs on lock
and on quit with the same rule.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_CLEAR_SECONDS = 45


class ClipboardGuard(QObject):
    """Owns what peerdesk put on the clipboard. One per app, passed to pages."""

    def __init__(
        self, clear_after_seconds: float = DEFAULT_CLEAR_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self.set_clear_after(clear_after_seconds)

    def set_clear_after(self, seconds: float) -> None:
        self._timer.setInterval(max(1, round(seconds * 1000)))

    @property
    def holding(self) -> bool:
        """True while text we copied may still be on the clipboard."""
        return self._copied is not None

    def copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start()

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds our text; forget the text either way."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None
