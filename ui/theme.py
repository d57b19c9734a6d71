"""Style sheet and icon: a calm look that follows the system's light or dark palette."""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from peerdesk.resources import resource_path

ICON = ("icons", "peerdesk.svg")


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark (the system uses a dark theme)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def style_sheet(dark: bool) -> str:
    """``base.qss`` (palette-derived) followed by the light or dark accent sheet."""
    parts = ["base.qss", "dark.qss" if dark else "light.qss"]
    return "\n".join(resource_path("styles", name).read_text(encoding="utf-8") for name in parts)


def app_icon() -> QIcon:
    return QIcon(str(resource_path(*ICON)))


def apply_theme(app: QApplication) -> None:
    """Set the style sheet for the current palette, the window icon, and follow changes."""
    _apply(app)
    app.setWindowIcon(app_icon())
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda *_: _apply(app))


def _apply(app: QApplication) -> None:
    # The style sheets name their images "styles:<file>" (arrows of drop-downs and spin boxes).
    QDir.setSearchPaths("styles", [str(resource_path("styles"))])
    dark = is_dark(app.palette())
    app.setProperty("peerdeskDark", dark)
    app.setStyleSheet(style_sheet(dark))
