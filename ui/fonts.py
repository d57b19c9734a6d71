"""The app's own UI font: the Noto fonts shipped in ``resources/fonts`` (also used by the
reports), registered with Qt at start and made the application font.

Why: the system's fonts differ from machine to machine (a fresh Linux install may have
only DejaVu, or none), and with them the width of every label and the place of every
glyph. With its own font the app looks the same everywhere, Hindi text included (Noto
Sans Devanagari is the fallback family after Noto Sans), and pixel tests are stable.
See docs/ui-font.md.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from peerdesk.resources import resource_path

#: Font files registered at start, in this order.
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "DejaVuSansMono.ttf",
)
#: The UI font's families: Latin first, then the fallback for Devanagari.
UI_FAMILIES = ("Noto Sans", "Noto Sans Devanagari")
#: The family of fixed-width text (the recovery key).
MONO_FAMILY = "DejaVu Sans Mono"
#: The UI font's size in points; a larger size chosen by the system is kept.
UI_POINT_SIZE = 10.0


def register_fonts() -> list[str]:
    """Add the bundled font files to Qt's font database (once per process; Qt ignores a
    file it has already added). Returns the families Qt found; a file Qt cannot read is
    skipped, and the app falls back to the system's fonts for it."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(system: QFont) -> QFont:
    """The application font: the bundled families at :data:`UI_POINT_SIZE`, or at the
    system font's size if that is larger (someone who needs larger text keeps it)."""
    font = QFont(system)
    font.setFamilies(list(UI_FAMILIES))
    size = system.pointSizeF()
    font.setPointSizeF(max(UI_POINT_SIZE, size if size > 0 else 0.0))
    return font


def mono_font(base: QFont) -> QFont:
    """A fixed-width font of ``base``'s size, from the bundled files."""
    font = QFont(base)
    font.setFamilies([MONO_FAMILY, *UI_FAMILIES])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def install_app_font(app: QGuiApplication, *, fallback: bool = True) -> QFont:
    """Register the bundled fonts and make the UI font the application's font.

    ``fallback=False`` sets Noto Sans alone, for the first window of the app's start:
    resolving the second family costs about 15 ms before the first paint, and the unlock
    window shows no Devanagari. :func:`add_fallback` completes the font soon after.
    """
    register_fonts()
    font = ui_font(QGuiApplication.font())
    if not fallback:
        font.setFamilies(list(UI_FAMILIES[:1]))
    app.setFont(font)
    return font


def add_fallback(app: QGuiApplication) -> None:
    """Give the application font its Devanagari fallback family (when it lacks it)."""
    font = QGuiApplication.font()
    if font.families() != list(UI_FAMILIES):
        font.setFamilies(list(UI_FAMILIES))
        app.setFont(font)
