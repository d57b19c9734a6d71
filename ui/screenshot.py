"""``peerdesk gui --screenshot F.png --page P [--open FORM] [--size WxH]``: open a vault,
render a page (or a form opened from it) with its real data offscreen, save a PNG, exit.

The offscreen screen is made the size asked for, so a window or form that sizes itself for
the screen sees the screen it would have on a laptop of that size.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from peerdesk.errors import PeerdeskError, UsageError
from ui.worker import Worker

DEFAULT_SIZE = (1280, 800)


@dataclass(frozen=True)
class FormSpec:
    """A form to render: the page it opens from, and how the page opens it."""

    page: str
    open: Callable[[Any], Any]


def _first_session_reflection(page: Any) -> Any:
    """A reflection on the first session in the list (the form for a new one, or mine)."""
    session_id = page.model.id_at(0) if page.model.rowCount() else None
    if not session_id:
        raise UsageError("There is no session to write a reflection on.")
    return page.open_reflection(str(session_id), "")


#: The forms ``--open`` renders: a new empty one, or (reflection) one on the first session.
FORMS: dict[str, FormSpec] = {
    "session": FormSpec("sessions", lambda page: page.new_session()),
    "reflection": FormSpec("sessions", _first_session_reflection),
    "supervision": FormSpec("supervision", lambda page: page.open_form()),
    "escalation": FormSpec("escalations", lambda page: page.open_form()),
    "agreement": FormSpec("agreements", lambda page: page.open_form()),
}


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` → ``(1280, 800)``; UsageError for anything else."""
    width, sep, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if not sep or not (320 <= size[0] <= 7680 and 240 <= size[1] <= 4320):
        raise UsageError(f"--size takes WIDTHxHEIGHT, e.g. 1280x800 (not '{text}').")
    return size


def _scale_factor() -> float:
    """``QT_SCALE_FACTOR`` (1 when unset or not a sensible number)."""
    try:
        scale = float(os.environ.get("QT_SCALE_FACTOR") or 1)
    except ValueError:
        return 1.0
    return scale if 0.5 <= scale <= 4 else 1.0


def _offscreen_app(size: tuple[int, int]) -> None:
    """Create the application on the offscreen platform with one screen that is ``size``
    at Qt's scale factor (``QT_SCALE_FACTOR=1.5`` shows a 1280x800 window as a laptop with
    a 1920x1200 panel at 150 % would)."""
    from ui.app import create_application

    if QApplication.instance() is not None:
        create_application()
        return
    scale = _scale_factor()
    screen = {"screens": [{"name": "peerdesk", "x": 0, "y": 0,
                           "width": round(size[0] * scale), "height": round(size[1] * scale),
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    fd, config = tempfile.mkstemp(prefix="peerdesk-screen-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(screen, fh)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        create_application()
    finally:
        os.unlink(config)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _settle(worker: Worker, rounds: int = 3) -> None:
    for _ in range(rounds):  # pages and forms may chain loads: ids first, then rows
        QCoreApplication.processEvents()
        worker.wait_idle()
    QCoreApplication.processEvents()


def render_screenshot(
    vault_dir: Path,
    username: str,
    passphrase: str,
    page_name: str,
    out_png: Path,
    *,
    form: str | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    open_fn: Callable[[Path, str, str], Any] | None = None,
    lang: str | None = None,
) -> Path:
    """Open the vault, render ``page_name`` (or ``form``, opened from its page) with its
    real data offscreen, save a PNG.

    Raises ``UsageError`` for an unknown page or form or one this user may not see, and
    the service's errors (``WrongPassphrase``, ``VaultDamaged``, …) for the vault.
    ``lang`` ("en", "hi") overrides the member's own language.
    """
    from ui.clipboard import ClipboardGuard
    from ui.drafts import MemoryDraftStore
    from ui.page_context import ChangeBus, PageContext
    from ui.pages import PAGE_NAMES, spec_for

    if form is not None:
        if form not in FORMS:
            raise UsageError(f"Unknown form '{form}'. Forms: {', '.join(FORMS)}.")
        page_name = FORMS[form].page
    if page_name not in PAGE_NAMES:
        raise UsageError(f"Unknown page '{page_name}'. Pages: {', '.join(PAGE_NAMES)}.")
    _offscreen_app(size)
    if open_fn is None:
        from peerdesk.services.workspace import open_vault

        open_fn = open_vault
    ws = open_fn(Path(vault_dir), username, passphrase)
    from ui import language

    if lang is None:
        read = getattr(getattr(ws, "settings", None), "language", None)
        lang = str(read()) if callable(read) else language.current()
    language.apply(lang)
    worker = Worker()
    ctx = PageContext(worker, ClipboardGuard(), MemoryDraftStore(), ChangeBus())
    from ui.main_window import MainWindow

    window: MainWindow | None = None
    try:
        window = MainWindow(ws, ctx)
        window.remember_size = False
        if page_name not in window.pages:
            spec = spec_for(page_name)
            raise UsageError(f"The {spec.title} page is not available to {username}.")
        window.resize(*size)
        page = window.show_page(page_name)
        window.show()
        _settle(worker)
        shown: QWidget = window
        if form is not None:
            dialog = FORMS[form].open(page)
            if not isinstance(dialog, QWidget):
                raise UsageError(f"{username} cannot open the {form} form.")
            dialog.show()
            _settle(worker)
            shown = dialog
        out = Path(out_png)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shown.grab().save(str(out), "PNG"):
            raise PeerdeskError(f"Could not write {out}.")
        return out
    finally:
        worker.discard_pending()
        worker.stop()
        if window is not None:
            window.clear_for_lock()
            window.close()
            window.deleteLater()
        ws.lock()
        QCoreApplication.processEvents()
