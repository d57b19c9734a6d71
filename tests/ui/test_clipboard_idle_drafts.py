from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ui.clipboard import ClipboardGuard
from ui.drafts import DraftStore, MemoryDraftStore
from ui.idle_lock import IdleLock


def test_clipboard_is_cleared_after_timeout(qtbot):
    guard = ClipboardGuard(clear_after_seconds=0.05)
    guard.copy("note text about PS-0142")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "note text about PS-0142"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
    assert not guard.holding


def test_clipboard_left_alone_if_person_copied_something_else(qtbot):
    guard = ClipboardGuard(clear_after_seconds=0.05)
    guard.copy("note text")
    QGuiApplication.clipboard().setText("my shopping list")
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "my shopping list"


def test_clipboard_cleared_now_on_lock_or_quit(qapp):
    guard = ClipboardGuard(clear_after_seconds=60)
    guard.copy("note text")
    guard.clear_now()
    assert QGuiApplication.clipboard().text() == ""


def test_idle_lock_fires_after_timeout(qtbot):
    idle = IdleLock(minutes=0.1 / 60)  # 100 ms
    idle.start()
    try:
        with qtbot.waitSignal(idle.lock_requested, timeout=2_000):
            pass
    finally:
        idle.stop()


def test_activity_restarts_the_idle_timer(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    idle = IdleLock(minutes=0.3 / 60)  # 300 ms
    fired: list[bool] = []
    idle.lock_requested.connect(lambda: fired.append(True))
    idle.start()
    try:
        for _ in range(6):
            qtbot.wait(100)
            qtbot.keyClick(edit, "a")
        assert fired == []
        qtbot.waitUntil(lambda: fired == [True], timeout=2_000)
    finally:
        idle.stop()


def test_idle_lock_can_be_switched_off(qtbot):
    idle = IdleLock(minutes=0.05 / 60, enabled=False)
    fired: list[bool] = []
    idle.lock_requested.connect(lambda: fired.append(True))
    idle.start()
    qtbot.wait(200)
    idle.stop()
    assert fired == [] and not idle.active


def test_memory_draft_store():
    store = MemoryDraftStore()
    assert isinstance(store, DraftStore)
    store.save_draft("session:new", {"summary": "half written"})
    assert store.load_draft("session:new") == {"summary": "half written"}
    store.discard("session:new")
    assert store.load_draft("session:new") is None
