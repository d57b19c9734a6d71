"""Forms sized for their content: room to write, date pickers, no sideways scrolling."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QScrollArea

from ui.widgets.optional_date import OptionalDateEdit

pytestmark = pytest.mark.usefixtures("themed")


def _settle(ctx: Any) -> None:
    for _ in range(4):
        ctx.worker.wait_idle()
        QApplication.processEvents()


def _show(qtbot: Any, ctx: Any, form: Any) -> Any:
    form.confirm_discard = lambda: True
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    _settle(ctx)
    return form


def test_supervision_note_has_room_and_dates_are_pickers(qtbot: Any, ctx: Any,
                                                         case: Any) -> None:
    from ui.dialogs.supervision_form import SupervisionForm

    ws = case.login("sunita")
    form = _show(qtbot, ctx, SupervisionForm(ctx, ws))
    screen = form.screen().availableGeometry()
    assert form.width() <= screen.width() and form.height() <= screen.height()
    assert form.width() >= min(screen.width() * 0.85, 1000)  # not 540 px any more
    for scroll in form.findChildren(QScrollArea):
        assert not scroll.horizontalScrollBar().isVisible()
        assert scroll.widget().width() <= scroll.viewport().width()

    form.advisor_boxes[case.ids["ravi"]].setChecked(True)
    _settle(ctx)
    form.add_action("Read the safety planning guide")
    table = form.action_table
    header = table.horizontalHeader()
    assert [header.sectionSize(c) > 20 for c in range(4)] == [True] * 4
    assert sum(header.sectionSize(c) for c in range(4)) <= table.viewport().width() + 2
    assert header.sectionSize(0) >= header.sectionSize(1)  # the action's words come first
    due = table.cellWidget(0, 2)
    assert isinstance(due, OptionalDateEdit) and due.date.calendarPopup()
    assert form.on.calendarPopup() and form.next_date.calendarPopup()

    day = date.today() + timedelta(days=10)
    due.check.setChecked(True)
    due.date.setDate(QDate(day.year, day.month, day.day))
    form.discussion.setPlainText("Went through the week.")
    form.save()
    qtbot.waitUntil(lambda: form.result() == form.DialogCode.Accepted, timeout=5000)
    notes = ws.supervision.list_ids()
    saved = [ws.supervision.get(i) for i in notes]
    assert any(a.due == day and a.text == "Read the safety planning guide"
               for n in saved for a in n.actions)


def test_reflection_notes_grow_with_the_window(qtbot: Any, ctx: Any, case: Any) -> None:
    from ui.dialogs.reflection_form import ReflectionFormDialog

    session_id = str(case.session("R1", "ravi", hours_ago=3))
    ws = case.login("ravi")
    form = _show(qtbot, ctx, ReflectionFormDialog(ws, ctx, session_id))
    line = form.went_well.fontMetrics().lineSpacing()
    for note in (form.went_well, form.was_hard, form.suggestions):
        assert note.height() >= line * 5
        assert note.width() >= form.width() * 0.33
    before = form.went_well.height()
    form.resize(form.width(), form.height() + 200)
    _settle(ctx)
    assert form.went_well.height() > before


def test_training_completed_column_shows_the_whole_date_picker(qtbot: Any, ctx: Any,
                                                               case: Any) -> None:
    """A cell widget does not count towards a column fitted to its contents: the column
    of completion dates is widened for its tick box and date, not left at its header."""
    from ui.dialogs.member_form import MemberFormDialog

    form = _show(qtbot, ctx, MemberFormDialog(case.ws, ctx))
    form.training.add_row("Orientation", "2026-01-15")
    _settle(ctx)
    table = form.training.table
    done = table.cellWidget(0, 1)
    assert isinstance(done, OptionalDateEdit)
    assert table.columnWidth(1) >= done.sizeHint().width()
    assert done.date.isVisible() and done.date.width() >= done.date.sizeHint().width()
