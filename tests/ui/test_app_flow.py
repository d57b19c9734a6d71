from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from ui_support import PASSPHRASE, FakeActor, FakeWorkspace

from peerdesk.errors import UsageError
from ui import pages as page_registry
from ui.app import AppController
from ui.dialogs.first_run import FirstRunDialog
from ui.dialogs.unlock import UnlockDialog
from ui.main_window import MainWindow
from ui.pages.home import EMPTY_TODAY, HomePage
from ui.screenshot import render_screenshot


@pytest.fixture
def controller(qapp, themed, tmp_path):
    made: list[AppController] = []

    def make(**kwargs) -> AppController:
        c = AppController(tmp_path / "vault", **kwargs)
        made.append(c)
        return c

    yield make
    for c in made:
        c.idle.stop()
        c._close_window()
        c._set_dialog(None)
        c.worker.discard_pending()
        c.worker.stop()


def test_start_shows_first_run_without_a_vault(controller):
    c = controller()
    c.start()
    assert isinstance(c.dialog, FirstRunDialog)


def test_start_shows_unlock_for_an_existing_vault(qapp, real_vault):
    c = AppController(real_vault, username="asha")
    try:
        c.start()
        assert isinstance(c.dialog, UnlockDialog)
        assert c.dialog.username_edit.text() == "asha"
    finally:
        c._set_dialog(None)
        c.worker.stop()


def test_main_window_shell(qtbot, controller, open_ws):
    c = controller()
    window = c.show_main(open_ws)
    assert window.current_page_name == "home"
    home = window.pages["home"]
    assert home.loaded
    assert home.group_label.text() == "Saathi Peer Circle"
    assert c.worker.wait_idle(5_000)
    qtbot.waitUntil(lambda: home.today_label.text() == EMPTY_TODAY, timeout=2_000)
    assert home.today_label.text() == EMPTY_TODAY and home.today_label.isVisible()
    assert window.group_status.text() == "Saathi Peer Circle"
    assert "Asha Rao" in window.user_status.text()
    assert window.vault_status.text() == str(open_ws.vault_dir)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_home_sections_follow_roles(qtbot, ctx):
    ws = FakeWorkspace(actor=FakeActor(roles=frozenset({"advisor"})))
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.load(ws)
    assert "supervision_queue" not in home.sections
    assert "reflections_due" in home.sections
    home.set_items("reflections_due", [("s-1", "<b>PS-0142</b> · yesterday")])
    assert not home.today_label.isVisible()
    assert home.sections["reflections_due"].model.stringList() == ["<b>PS-0142</b> · yesterday"]
    home.clear()
    assert home.sections == {} and home.group_label.text() == ""


def test_navigation_shows_only_pages_for_the_roles():
    advisor = [s.name for s in page_registry.visible_pages({"advisor"})]
    coordinator = [s.name for s in page_registry.visible_pages({"coordinator"})]
    assert "members" not in advisor and "audit" not in advisor
    assert "reflections" in advisor and "reflections" not in coordinator
    assert "members" in coordinator
    assert "exchange" in advisor and "exchange" in coordinator  # everyone exchanges
    assert len(page_registry.visible_pages({"coordinator", "advisor", "supervisor"})) == 12


def test_every_listed_page_has_its_class():
    for name in page_registry.PAGE_NAMES:
        assert page_registry.page_class(name).name == name


def test_lock_clears_pages_and_returns_to_unlock(qtbot, controller, open_ws):
    c = controller()
    window = c.show_main(open_ws)
    home = window.pages["home"]
    c.clipboard.copy("a note about PS-0142")
    at_lock: list[tuple] = []
    c.locked.connect(
        lambda: at_lock.append(
            (home.loaded, home.sections, home.group_label.text(),
             window.group_status.text(), window.vault_status.text())
        )
    )
    with qtbot.waitSignal(c.locked, timeout=2_000):
        window.lock_action.trigger()
    assert c.worker.wait_idle(5_000)
    assert not open_ws.is_open
    assert at_lock == [(False, {}, "", "", "")]
    assert c.window is None
    assert isinstance(c.dialog, UnlockDialog)
    assert c.dialog.username_edit.text() == "asha"
    assert QGuiApplication.clipboard().text() == ""


def test_idle_lock_fires_and_clears_views(qtbot, controller, open_ws):
    c = controller()
    window = c.show_main(open_ws)
    assert c.worker.wait_idle(5_000)  # the group's settings arrive first
    c.idle.set_minutes(0.2 / 60)  # 200 ms
    home = window.pages["home"]
    at_lock: list[tuple[bool, str]] = []
    c.locked.connect(lambda: at_lock.append((home.loaded, home.group_label.text())))
    with qtbot.waitSignal(c.locked, timeout=3_000):
        pass
    assert c.worker.wait_idle(5_000)
    assert not open_ws.is_open
    assert at_lock == [(False, "")]
    assert isinstance(c.dialog, UnlockDialog)
    assert not c.idle.active


def test_drafts_are_stashed_before_clear(qtbot, controller, open_ws, monkeypatch):
    order: list[str] = []
    monkeypatch.setattr(
        HomePage, "stash_drafts", lambda self, drafts: (order.append("stash"),
                                                        drafts.save_draft("home", {"x": "1"}))
    )
    original_clear = HomePage.clear
    monkeypatch.setattr(HomePage, "clear", lambda self: (order.append("clear"),
                                                         original_clear(self)))
    c = controller()
    c.show_main(open_ws)
    c.lock()
    assert order == ["stash", "clear"]
    from peerdesk.services.workspace import open_vault

    assert c.worker.wait_idle(5_000)
    again = open_vault(open_ws.vault_dir, "asha", PASSPHRASE)
    try:
        assert again.load_draft("home") == '{"x": "1"}'
    finally:
        again.lock()


def test_change_from_a_write_refreshes_loaded_pages(qtbot, controller, open_ws, monkeypatch):
    from peerdesk.services.change import Change

    seen: list[object] = []
    monkeypatch.setattr(HomePage, "refresh", lambda self, change: seen.append(change))
    c = controller()
    c.show_main(open_ws)
    change = Change("session", "created", ("s-1",), 7)
    task = c.ctx.run_write(lambda: change, label="Saving…")
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    assert seen == [change]
    # A read does not publish anything.
    task = c.ctx.run(lambda: change)
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    assert seen == [change]


def test_window_shows_busy_while_worker_runs(qtbot, controller, open_ws):
    c = controller()
    window = c.show_main(open_ws)
    assert c.worker.wait_idle(5_000)  # the first loads of Home and the settings
    gate = threading.Event()
    c.worker.submit(gate.wait, label="Saving the session…")
    try:
        assert window.busy_bar.isVisible()
        assert window.busy_label.text() == "Saving the session…"
        assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    finally:
        gate.set()
    assert c.worker.wait_idle(5_000)
    assert not window.busy_bar.isVisible() and window.busy_label.text() == ""


def test_user_text_in_shell_is_plain(qtbot, ctx):
    ws = FakeWorkspace(group_name="<b>x</b><img src=file:///etc/hostname>")
    window = MainWindow(ws, ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.group_status.textFormat() == Qt.TextFormat.PlainText
    assert window.group_status.text() == ws.group_name
    assert window.pages["home"].group_label.text() == ws.group_name
    assert window.pages["home"].group_label.textFormat() == Qt.TextFormat.PlainText


def test_render_screenshot_with_real_vault(qapp, real_vault, tmp_path):
    out = render_screenshot(real_vault, "asha", PASSPHRASE, "home", tmp_path / "home.png")
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1280 and image.height() == 800
    with pytest.raises(UsageError):
        render_screenshot(real_vault, "asha", PASSPHRASE, "nope", tmp_path / "x.png")
