"""Sessions page and the log-session form, against a real vault (fast test KDF)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import needs_services, show_page

from tests.ui._casefile import PASSPHRASES, make_casefile

pytestmark = needs_services


def _wire(ws: Any) -> Any:
    """Services the lead attaches to Workspace; attach here until they are."""
    if getattr(ws, "search", None) is None:
        from peerdesk.services.search import SearchService

        ws.search = SearchService(ws.ctx)
    if getattr(ws, "reflections", None) is None:
        from peerdesk.services.reflections import ReflectionService

        ws.reflections = ReflectionService(ws.ctx)
    return ws


@pytest.fixture
def case(tmp_path, test_kdf):
    g = make_casefile(tmp_path)
    _wire(g.ws)
    yield g
    if g.ws.is_open:
        g.ws.lock()


def _page(qtbot, ctx, ws):
    from ui.pages.sessions import SessionsPage

    return show_page(qtbot, ctx, SessionsPage(ctx), ws, size=(1200, 700))


def _form(qtbot, page):
    form = page.new_session()
    assert form is not None
    qtbot.waitUntil(lambda: form.choices_loaded, timeout=5000)
    return form


def _settle(ctx, qtbot=None):
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()


def _visible_codes(page) -> list[str]:
    model = page.model
    out = []
    for row in range(model.rowCount()):
        obj = model.row_object(row)
        out.append(obj.advisee_code)
    return out


def test_log_session_with_keyboard_validates_inline_saves_and_survives_reopen(
        qtbot, ctx, case):
    page = _page(qtbot, ctx, case.ws)
    assert page.model.rowCount() == 0
    assert "Ctrl+N" in page.empty.text()

    page.new_session()  # Ctrl+N is the main window's (tests/ui/test_forms_keyboard.py)
    form = page.form
    assert form is not None
    qtbot.waitUntil(lambda: form.choices_loaded, timeout=5000)
    assert form.advisee.hasFocus() or form.focusWidget() is form.advisee

    code = case.codes["R1"]
    qtbot.keyClicks(form.advisee, code)
    assert form.advisee.selected_id == case.ids["R1"]
    qtbot.keyClick(form.advisee, Qt.Key.Key_Return)  # Enter moves on, does not save
    assert form.isVisible()
    qtbot.waitUntil(lambda: form.advisor.currentData() == case.ids["ravi"], timeout=5000)

    # duration 0 and no summary: both errors inline, nothing saved
    form.duration.lineEdit().selectAll()
    qtbot.keyClicks(form.duration.lineEdit(), "0")
    assert form.duration.value() == 0
    form.channel.setCurrentIndex(form.channel.findData("video"))
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.fields["summary"].error == "Summary is required."
    assert "between 1 and 600" in form.fields["duration_minutes"].error
    assert form.fields["summary"].message.text() == "Summary is required."
    assert form.fields["summary"].message.isVisible()
    assert form.banner.isVisible()
    assert form.isVisible()
    _settle(ctx)
    assert case.ws.sessions.count() == 0

    form.duration.lineEdit().selectAll()
    qtbot.keyClicks(form.duration.lineEdit(), "50")
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, "Talked about <b>exam</b> stress; slept badly.")
    qtbot.keyClicks(form.themes.other, "exams, sleep")
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    _settle(ctx)
    assert page.model.rowCount() == 1
    row = page.model.row_object(0)
    assert row.advisee_code == code and row.duration_minutes == 50
    assert row.channel == "video"
    assert ctx.drafts.load_draft("session:new") is None

    # reopen the vault: the session is still there, shown in the group's zone
    case.ws.lock()
    page.clear()
    assert page.model.rowCount() == 0
    ws = _wire(case.login("coord"))
    page.load(ws)
    _settle(ctx)
    assert _visible_codes(page) == [code]
    when = page.model.data(page.model.index(0, page.model.COL_WHEN))
    assert when and when != "…"
    themes = page.model.data(page.model.index(0, page.model.COL_THEMES))
    assert themes == "exams, sleep"


def test_unknown_code_is_explained_beside_the_field(qtbot, ctx, case):
    page = _page(qtbot, ctx, case.ws)
    form = _form(qtbot, page)
    qtbot.keyClicks(form.advisee, "PS-9999")
    form.save()
    assert "PS-9999" in form.fields["advisee_id"].error
    form.close_for_lock()


def test_escape_asks_before_discarding_typed_text(qtbot, ctx, case, monkeypatch):
    page = _page(qtbot, ctx, case.ws)
    form = _form(qtbot, page)
    asked = []
    monkeypatch.setattr(form, "confirm_discard", lambda: asked.append(1) or False)
    qtbot.keyClick(form.advisee, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not asked and page.form is None

    form = _form(qtbot, page)
    monkeypatch.setattr(form, "confirm_discard", lambda: asked.append(1) or False)
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, "Some words")
    qtbot.keyClick(form.summary, Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    monkeypatch.setattr(form, "confirm_discard", lambda: True)
    qtbot.keyClick(form.summary, Qt.Key.Key_Escape)
    assert page.form is None


def test_risk_noticed_offers_an_escalation(qtbot, ctx, case, monkeypatch):
    page = _page(qtbot, ctx, case.ws)
    form = _form(qtbot, page)
    monkeypatch.setattr(form, "ask_escalation", lambda: True)
    qtbot.keyClicks(form.advisee, case.codes["M1"])
    qtbot.waitUntil(lambda: form.advisor.currentData() == case.ids["meena"], timeout=5000)
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.summary.setPlainText("Said they feel hopeless.")
    form.risk.setChecked(True)
    with qtbot.waitSignal(page.escalation_requested, timeout=5000) as blocker:
        form.save()
    advisee_id, session_id = blocker.args
    assert advisee_id == case.ids["M1"] and session_id
    _settle(ctx)
    page.risk_filter.setChecked(True)
    _settle(ctx)
    assert page.model.rowCount() == 1


def test_draft_survives_an_idle_lock(qtbot, ctx, case):
    from ui.main_window import MainWindow

    window = MainWindow(case.ws, ctx)
    qtbot.addWidget(window)
    page = window.show_page("sessions")
    _settle(ctx)
    form = _form(qtbot, page)
    qtbot.keyClicks(form.advisee, case.codes["R2"])
    form.summary.setFocus()
    qtbot.keyClicks(form.summary, "Half-written note before tea")
    window.clear_for_lock()  # what the idle lock does
    case.ws.lock()
    assert page.form is None
    assert ctx.drafts.load_draft("session:new")["summary"] == "Half-written note before tea"

    ws = _wire(case.login("coord"))
    window2 = MainWindow(ws, ctx)
    qtbot.addWidget(window2)
    page2 = window2.show_page("sessions")
    _settle(ctx)
    assert page2.draft_banner.isVisibleTo(page2)
    form2 = _form(qtbot, page2)
    assert form2.summary.toPlainText() == "Half-written note before tea"
    assert form2.advisee.text() == case.codes["R2"]
    assert form2.info.isVisibleTo(form2)
    form2.close_for_lock()


def test_advisor_sees_only_sessions_of_own_advisees(qtbot, ctx, case):
    case.session("R1", "ravi")
    case.session("M1", "meena")
    ws = _wire(case.login("ravi"))
    page = _page(qtbot, ctx, ws)
    _settle(ctx)
    assert _visible_codes(page) == [case.codes["R1"]]
    assert not page.advisor_filter.isVisibleTo(page)
    form = _form(qtbot, page)
    codes = form.advisee._labels.stringList()
    assert sorted(codes) == sorted([case.codes["R1"], case.codes["R2"]])
    assert not form.advisor.isEnabled()
    assert form.advisor.currentData() == case.ids["ravi"]
    form.close_for_lock()


def test_filters_search_and_sort(qtbot, ctx, case):
    case.session("R1", "ravi", hours_ago=2, summary="Spoke about the landlord dispute.")
    case.session("R2", "ravi", hours_ago=24 * 50, channel="chat", summary="Exam worries.")
    case.session("M1", "meena", hours_ago=5, summary="Family pressure and exams.")
    page = _page(qtbot, ctx, case.ws)
    _settle(ctx)
    assert page.model.rowCount() == 3
    assert _visible_codes(page)[0] == case.codes["R1"]  # newest first

    page.period_filter.setCurrentIndex(page.period_filter.findData("month"))
    _settle(ctx)
    # 50 days ago is never in "this month"
    assert case.codes["R2"] not in _visible_codes(page)
    page.period_filter.setCurrentIndex(0)
    _settle(ctx)

    page.channel_filter.setCurrentIndex(page.channel_filter.findData("chat"))
    _settle(ctx)
    assert _visible_codes(page) == [case.codes["R2"]]
    page.channel_filter.setCurrentIndex(0)
    _settle(ctx)

    qtbot.waitUntil(lambda: page.advisor_filter.count() == 3, timeout=5000)
    page.advisor_filter.setCurrentIndex(page.advisor_filter.findData(case.ids["meena"]))
    _settle(ctx)
    assert _visible_codes(page) == [case.codes["M1"]]
    page.advisor_filter.setCurrentIndex(0)
    _settle(ctx)

    page.search.setText("landlord")
    page.reload()
    _settle(ctx)
    assert _visible_codes(page) == [case.codes["R1"]]
    assert "match" in page.count_label.text()
    page.search.setText(case.codes["R2"])
    page.reload()
    _settle(ctx)
    assert _visible_codes(page) == [case.codes["R2"]]
    page.search.setText("nothingmatchesthis")
    page.reload()
    _settle(ctx)
    assert page.model.rowCount() == 0
    assert "No sessions match" in page.empty.text()
    page.search.clear()
    page.reload()
    _settle(ctx)

    page.table.sortByColumn(page.model.COL_ADVISEE, Qt.SortOrder.AscendingOrder)
    _settle(ctx)
    assert _visible_codes(page) == sorted(_visible_codes(page))


def test_detail_is_plain_text_and_coordinator_sees_no_reflection_text(qtbot, ctx, case):
    sid = case.session("R1", "ravi", summary="<img src=x> said hello")
    ws = _wire(case.login("ravi"))
    ws.reflections.create({"session_id": sid, "went_well": "SECRET-REFLECTION-TEXT",
                           "supervision_request": "none"})
    ws = _wire(case.login("coord"))
    page = _page(qtbot, ctx, ws)
    _settle(ctx)
    col = page.model.COL_REFLECTION
    assert page.model.data(page.model.index(0, col)) == "Written"
    detail = page.open_session(page.model.id_at(0))
    qtbot.addWidget(detail)
    _settle(ctx)
    assert detail.summary.toPlainText() == "<img src=x> said hello"
    assert detail.summary.isReadOnly()
    assert detail.reflection_label.text() == "Reflection: written"
    assert not detail.reflection_button.isVisibleTo(detail)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(w.text() for w in detail.findChildren(QLabel))
    assert "SECRET-REFLECTION-TEXT" not in texts
    history = detail.show_history()
    qtbot.addWidget(history)
    _settle(ctx)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 2).text() == "Kavya (coordinator)"
    assert "<img src=x> said hello" in history.detail.toPlainText()


def test_sessions_model_passes_qtmodeltester(qtmodeltester, case):
    from ui.labels import zone
    from ui.models.sessions_model import SessionTableModel

    for i in range(5):
        case.session("R1" if i % 2 else "M1", "ravi" if i % 2 else "meena", hours_ago=i + 1)
    ws = case.ws
    model = SessionTableModel(lambda ids: ws.sessions.rows(list(ids)), zone(ws.timezone))
    model.set_ids(ws.sessions.list_ids())
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.data(model.index(0, model.COL_DURATION)) == "45 min"


def test_uses_the_group_time_zone(qapp):
    from datetime import UTC, datetime

    from ui.labels import fmt_datetime, zone

    moment = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert fmt_datetime(moment, zone("Asia/Kolkata")) == "Tue 3 Mar 2026, 14:30"


_ = PASSPHRASES


def test_risk_escalation_opens_the_escalations_page_form(qtbot, ctx, case, monkeypatch):
    from ui.main_window import MainWindow

    window = MainWindow(case.ws, ctx)
    qtbot.addWidget(window)
    if "escalations" not in window.pages:
        pytest.skip("no escalations page in this version")
    page = window.show_page("sessions")
    _settle(ctx)
    opened = []
    monkeypatch.setattr(window.pages["escalations"], "open_form",
                        lambda advisee_id=None: opened.append(advisee_id))
    page.open_escalation(case.ids["R1"], "s-1")
    assert window.current_page_name == "escalations"
    assert opened == [case.ids["R1"]]
