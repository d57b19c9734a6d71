"""Switching the language live: the main window follows at once and keeps what it showed
(the page, its filter text, a half-typed form); ``--lang hi`` renders a Hindi screenshot."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPlainTextEdit
from ui_support import PASSPHRASE, needs_services

from ui import language
from ui.main_window import MainWindow

pytestmark = needs_services


def _wire(ws: Any) -> Any:
    if getattr(ws, "search", None) is None:
        from peerdesk.services.search import SearchService

        ws.search = SearchService(ws.ctx)
    return ws


@pytest.fixture
def window(qtbot, ctx, case, themed, hindi) -> Any:
    language.apply("en")
    w = MainWindow(_wire(case.ws), ctx)
    w.remember_size = False
    qtbot.addWidget(w)
    w.show()
    yield w
    ctx.worker.discard_pending()
    w.clear_for_lock()
    ctx.worker.wait_idle()


def _settle(qtbot: Any, ctx: Any) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
        ctx.worker.wait_idle()
    QCoreApplication.processEvents()


def test_switching_keeps_the_page_and_its_filter(qtbot, ctx, window) -> None:
    old = window.show_page("sessions")
    _settle(qtbot, ctx)
    old.search.setText("anxiety")
    _settle(qtbot, ctx)
    assert window.menuBar().actions()[0].text() == "&File"

    language.apply("hi")
    qtbot.waitUntil(lambda: window.pages["sessions"] is not old, timeout=5000)
    _settle(qtbot, ctx)
    new = window.pages["sessions"]
    assert window.current_page_name == "sessions"
    assert window.stack.currentWidget() is new
    assert new.search.text() == "anxiety"
    assert new.loaded
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"
    assert "(&N)" in window.new_session_action.text()


def test_a_half_typed_form_is_never_lost(qtbot, ctx, window) -> None:
    page = window.show_page("sessions")
    _settle(qtbot, ctx)
    form = page.new_session()
    assert form is not None
    _settle(qtbot, ctx)
    box = form.findChildren(QPlainTextEdit)[0]
    box.setPlainText("she talked about her exams")

    language.apply("hi")
    _settle(qtbot, ctx)
    qtbot.wait(50)
    _settle(qtbot, ctx)
    # The page with the open form waits; the form and its text are untouched.
    assert window.pages["sessions"] is page
    assert form.isVisible()
    assert box.toPlainText() == "she talked about her exams"
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"
    # Once the form is gone, the page follows the language when next looked at.
    form.stash(ctx.drafts)
    form.close_for_lock()
    qtbot.waitUntil(lambda: window.pages["sessions"] is not page, timeout=5000)


def test_other_pages_follow_when_shown(qtbot, ctx, window) -> None:
    home = window.show_page("home")
    _settle(qtbot, ctx)
    window.show_page("settings")
    _settle(qtbot, ctx)
    language.apply("hi")
    _settle(qtbot, ctx)
    assert window.pages["home"] is home  # not shown: not rebuilt yet
    window.show_page("home")
    assert window.pages["home"] is not home
    assert window.current_page_name == "home"


def test_lang_hi_screenshot(qapp, real_vault, tmp_path, hindi) -> None:
    from ui.screenshot import render_screenshot

    language.apply("en")
    out = render_screenshot(real_vault, "asha", PASSPHRASE, "home", tmp_path / "home-hi.png",
                            lang="hi")
    assert language.current() == "hi"
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1000


def test_the_command_line_passes_lang_on(real_vault, tmp_path) -> None:
    """`peerdesk gui --lang hi --screenshot` (through the core's command line, which hands
    its flags to `python -m ui`) renders the page in Hindi: not the English picture."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_PASSPHRASE=PASSPHRASE)
    shots = {}
    for lang in ("en", "hi"):
        shots[lang] = tmp_path / f"home-{lang}.png"
        proc = subprocess.run(
            [sys.executable, "-c", "import sys; from peerdesk.cli.main import main; "
             "sys.exit(main(sys.argv[1:]))", "gui", "--vault", str(real_vault), "--user",
             "asha", "--screenshot", str(shots[lang]), "--page", "home", "--lang", lang],
            capture_output=True, text=True, env=env, cwd=root, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr[-2000:]
    english, hindi = QImage(str(shots["en"])), QImage(str(shots["hi"]))
    assert english.size() == hindi.size()
    assert english != hindi
