"""The keyboard path of logging a session, measured with real key events on a real vault.

Keys go where a person's keys go: to the open completion list when it shows, otherwise to
the focused widget. Every key press and chord is counted; the summary's text is not.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from peerdesk.domain.vocab import Role

pytestmark = pytest.mark.usefixtures("themed")

NO = Qt.KeyboardModifier.NoModifier
ENTER = Qt.Key.Key_Return
THEMES = ("Exams", "Family", "Loneliness", "Sleep")
SUMMARY = "Talked through exam worries; agreed to sleep before midnight."
#: What the issue asks for: at most this many keys besides the summary's text.
KEY_BUDGET = 12


class Keyboard:
    """Presses keys on whatever has the keyboard, and counts them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    @staticmethod
    def target() -> QWidget:
        popup = QApplication.activePopupWidget()
        widget = popup if popup is not None else QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = NO) -> None:
        self.count += 1
        target = self.target()
        window = target.window()
        if QApplication.activePopupWidget() is None and not window.isActiveWindow():
            # A desktop gives the keyboard back to the window when a list closes; the
            # offscreen platform does not.
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTest.keyClick(target, key, mods)
        QApplication.processEvents()

    def text(self, text: str) -> None:
        """Type ``text`` (each character is a key; the caller decides whether it counts)."""
        QTest.keyClicks(self.target(), text)


def _settle(ctx: Any) -> None:
    ctx.worker.wait_idle()
    QApplication.processEvents()


def _open_form(qtbot: Any, ctx: Any, ws: Any) -> Any:
    from ui.dialogs.session_form import SessionFormDialog

    form = SessionFormDialog(ws, ctx)
    form.confirm_discard = lambda: True  # closing at the end of a test never asks
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: form.choices_loaded, timeout=5000)
    _settle(ctx)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.advisee, timeout=2000)
    return form


@pytest.fixture
def group(case: Any) -> Any:
    """The case file, its themes, and a session Ravi logged with R2 before (an hour long,
    by video): his usual length and R2's usual channel."""
    for theme in THEMES:
        case.ws.settings.add_theme(theme)
    case.session("R2", "ravi", hours_ago=72, minutes=60, channel="video")
    case.session("R1", "ravi", hours_ago=48, minutes=60, channel="phone")
    return case


def test_a_whole_session_by_keyboard_in_at_most_twelve_keys(qtbot: Any, ctx: Any,
                                                            group: Any) -> None:
    ws = group.ws
    form = _open_form(qtbot, ctx, ws)
    keys = Keyboard(qtbot)
    code = group.codes["R2"]

    keys.text(code[-1])  # "2": only PS-0002 contains it
    keys.count += 1
    keys.press(ENTER)  # completes the code, moves on
    assert form.advisee.selected_id == group.ids["R2"]
    qtbot.waitUntil(lambda: form.advisor.currentData() == group.ids["ravi"], timeout=5000)
    assert QApplication.focusWidget() is form.advisor
    assert form.duration.value() == 60
    assert form.channel.currentData() == "video"
    for expected in (form.start, form.duration, form.channel):
        keys.press(ENTER)  # advisor, start, length: the defaults are right
        line = expected.findChild(QWidget, "qt_spinbox_lineedit")
        assert QApplication.focusWidget() in (expected, line)
    keys.press(ENTER)  # channel → the first theme
    assert QApplication.focusWidget() is form.themes.boxes["Exams"]
    keys.press(Qt.Key.Key_Space)  # tick "Exams"
    keys.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Su&mmary
    assert QApplication.focusWidget() is form.summary
    keys.text(SUMMARY)
    keys.press(ENTER, Qt.KeyboardModifier.ControlModifier)  # save
    qtbot.waitUntil(lambda: form.result() == form.DialogCode.Accepted, timeout=5000)

    assert keys.count <= KEY_BUDGET, keys.count
    ids = ws.sessions.list_ids()
    saved = [ws.sessions.get(i) for i in ids]
    mine = [s for s in saved if s.summary == SUMMARY]
    assert len(mine) == 1
    session = mine[0]
    assert session.advisee_id == group.ids["R2"]
    assert session.advisor_id == group.ids["ravi"]
    assert session.duration_minutes == 60 and session.channel == "video"
    assert list(session.themes) == ["Exams"]
    assert not session.risk_noticed and session.follow_up is None
    # logged afterwards: it started one usual length (an hour) before it was logged
    started = session.start if isinstance(session.start, datetime) else \
        datetime.fromisoformat(str(session.start).replace("Z", "+00:00"))
    ago = datetime.now(UTC) - started
    assert timedelta(minutes=59) <= ago <= timedelta(minutes=62), ago


def test_enter_walks_every_field_theme_boxes_included_and_saves_on_the_last(
        qtbot: Any, ctx: Any, group: Any) -> None:
    form = _open_form(qtbot, ctx, group.ws)
    keys = Keyboard(qtbot)
    keys.text(group.codes["R1"])
    keys.press(ENTER)
    qtbot.waitUntil(lambda: form.advisor.currentData() == group.ids["ravi"], timeout=5000)
    seen: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        if widget is form.themes.other:
            break
        keys.press(ENTER)
    boxes = [w for w in seen if isinstance(w, QCheckBox)]
    assert [b.text() for b in boxes] == list(THEMES)
    for box in boxes:
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    # multi-line notes keep Enter for new lines: Tab moves past them
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.summary
    keys.text("Line one")
    keys.press(ENTER)
    assert form.summary.toPlainText() == "Line one\n"
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.follow_up.check
    keys.press(ENTER)
    keys.press(ENTER)  # the follow-up date (disabled) is skipped
    assert QApplication.focusWidget() is form.risk
    keys.press(ENTER)  # the last field: saves
    qtbot.waitUntil(lambda: form.result() == form.DialogCode.Accepted, timeout=5000)
    assert any(group.ws.sessions.get(i).summary.strip() == "Line one"
               for i in group.ws.sessions.list_ids())


def test_start_and_follow_up_default_in_the_groups_time_zone(qtbot: Any, ctx: Any,
                                                             group: Any) -> None:
    form = _open_form(qtbot, ctx, group.ws)
    today = datetime.now(ZoneInfo("Asia/Kolkata")).date()
    d = form.follow_up.date.date()
    assert (d.year(), d.month(), d.day()) == (today.year, today.month, today.day)
    form.advisee.setText(group.codes["M1"])  # Meena has logged nothing: 45 minutes
    qtbot.waitUntil(lambda: form.advisor.currentData() == group.ids["meena"], timeout=5000)
    _settle(ctx)
    assert form.duration.value() == 45
    expected = datetime.now(UTC) - timedelta(minutes=45)
    assert abs(form.start_value() - expected) < timedelta(minutes=2)


def test_ctrl_n_logs_a_session_from_every_page(qtbot: Any, ctx: Any, group: Any) -> None:
    from ui.main_window import MainWindow

    ws = group.ws
    window = MainWindow(ws, ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    names = list(window.pages)
    assert len(names) > 3
    for name in names:
        window.show_page(name)
        _settle(ctx)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
        form = window.pages["sessions"].form  # type: ignore[attr-defined]
        assert form is not None, name
        assert window.current_page_name == name  # the page stays where it was
        form.close_for_lock()
        _settle(ctx)
        window.pages["sessions"].form = None  # type: ignore[attr-defined]


def test_ctrl_n_does_nothing_for_a_supervisor(qtbot: Any, ctx: Any, group: Any) -> None:
    from ui.main_window import MainWindow

    ws = group.login("sunita")
    assert Role.SUPERVISOR in ws.actor.roles
    window = MainWindow(ws, ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.new_session_action.isEnabled()
    assert all(not w.isVisible() or w is window for w in QApplication.topLevelWidgets()
               if w.objectName() == "sessionForm")
