"""The main window builds a page (and imports its module) the first time it is shown."""

from __future__ import annotations

from ui.main_window import MainWindow


def test_only_home_is_built_until_another_page_is_shown(qtbot, ctx, fake_ws):
    window = MainWindow(fake_ws, ctx)
    qtbot.addWidget(window)
    assert window.stack.count() == 1
    assert [p.name for p in window.pages.built()] == ["home"]
    assert "sessions" in window.pages and "reflections" not in window.pages  # coordinator
    assert [p.name for p in window.pages.built()] == ["home"]  # asking built nothing

    sessions = window.show_page("sessions")
    assert sessions.loaded and window.stack.currentWidget() is sessions
    assert [p.name for p in window.pages.built()] == ["home", "sessions"]
    assert window.pages["sessions"] is sessions  # built once

    window.clear_for_lock()
    assert not any(p.loaded for p in window.pages.built())
    assert window.stack.count() == 2  # the pages never shown were never made
