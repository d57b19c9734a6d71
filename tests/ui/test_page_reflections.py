"""Reflections page and form against a real vault; coordinators never see the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import needs_services, show_page

pytestmark = needs_services


def _wire(ws):
    if getattr(ws, "reflections", None) is None:
        from peerdesk.services.reflections import ReflectionService

        ws.reflections = ReflectionService(ws.ctx)
    return ws


def _page(qtbot, ctx, ws):
    from ui.pages.reflections import ReflectionsPage

    return show_page(qtbot, ctx, ReflectionsPage(ctx), _wire(ws), size=(1100, 600), settle=2)


def test_advisor_writes_an_owed_reflection(qtbot, ctx, case):
    sid = case.session("R1", "ravi")
    case.session("M1", "meena")
    ws = case.login("ravi")
    page = _page(qtbot, ctx, ws)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Still to write", "My reflections"]
    assert page.owed_model.ids == [sid]
    assert page.mine.empty.text().startswith("You have not written")
    form = page.write_for(sid)
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert case.codes["R1"] in form.about.text()

    form.confidence.setCurrentIndex(form.confidence.findData(2))
    form.save()  # nothing written, confidence without suggestions
    assert form.fields["went_well"].error.startswith("Write what went well")
    assert form.fields["suggestions_made"].error.startswith("Describe the suggestions")

    form.went_well.setFocus()
    qtbot.keyClicks(form.went_well, "They opened up about home.")
    qtbot.keyClicks(form.suggestions, "Try a sleep diary.")
    form.tags["out_of_depth"].setChecked(True)
    form.wellbeing.setCurrentIndex(form.wellbeing.findData(3))
    form.request.buttons["urgent"].setChecked(True)
    qtbot.keyClick(form.went_well, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form is None, timeout=5000)
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert page.owed_model.ids == []
    assert "Nothing owed" in page.owed.empty.text()
    assert len(page.mine_model.ids) == 1
    r = ws.reflections.for_session(sid)
    assert r.supervision_request.value == "urgent" and r.confidence == 2
    assert {t.value for t in r.challenge_tags} == {"out_of_depth"}

    # reopening my reflection fills the form; editing is allowed until reviewed
    form = page.open_mine(page.mine_model.ids[0])
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.went_well.toPlainText() == "They opened up about home."
    assert form.save_button.isVisible()
    form.close_for_lock()


def test_supervisor_queue_urgent_first_read_only_and_mark_reviewed(qtbot, ctx, case):
    s1 = case.session("R1", "ravi", hours_ago=5)
    s2 = case.session("M1", "meena", hours_ago=3)
    ws = _wire(case.login("ravi"))
    ws.reflections.create({"session_id": s1, "was_hard": "Routine worry",
                           "supervision_request": "routine"})
    ws = _wire(case.login("meena"))
    ws.reflections.create({"session_id": s2, "was_hard": "<b>Scared</b> for them",
                           "supervision_request": "urgent"})
    ws = case.login("sunita")
    page = _page(qtbot, ctx, ws)
    assert page.tabs.tabText(0) == "Supervision queue"
    rows = [page.queue_model.row_object(r) for r in range(page.queue_model.rowCount())]
    assert [r.supervision_request for r in rows] == ["urgent", "routine"]
    font = page.queue_model.data(page.queue_model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()

    view = page.read(page.queue_model.ids[0])
    qtbot.addWidget(view)
    ctx.worker.wait_idle()
    assert "<b>Scared</b> for them" in view.body.toPlainText()
    assert view.body.isReadOnly()
    assert view.review_button.isEnabled()
    view.mark_reviewed()
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert view.review_button.text() == "Reviewed"
    assert len(page.queue_model.ids) == 1  # the reviewed one left the queue
    page.queue_view.setCurrentIndex(page.queue_view.findData("all"))
    ctx.worker.wait_idle()
    assert len(page.queue_model.ids) == 2


def test_reviewed_reflection_opens_read_only_for_its_author(qtbot, ctx, case):
    sid = case.session("R1", "ravi")
    ws = _wire(case.login("ravi"))
    rid = ws.reflections.create({"session_id": sid, "went_well": "fine",
                                 "supervision_request": "none"}).id
    ws = _wire(case.login("sunita"))
    ws.reflections.mark_reviewed([rid])
    ws = case.login("ravi")
    page = _page(qtbot, ctx, ws)
    form = page.open_mine(rid)
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.went_well.isReadOnly() and not form.save_button.isVisible()
    assert "reviewed" in form.info.text()
    form.close_for_lock()


def test_coordinator_sees_only_existence_never_the_text(qtbot, ctx, case):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from ui.main_window import MainWindow

    sid = case.session("R1", "ravi")
    ws = _wire(case.login("ravi"))
    ws.reflections.create({"session_id": sid, "went_well": "PRIVATE-WORDS",
                           "supervision_request": "routine"})
    ws = _wire(case.login("coord"))
    window = MainWindow(ws, ctx)
    qtbot.addWidget(window)
    assert "reflections" not in window.pages
    page = window.show_page("sessions")
    ctx.worker.wait_idle()
    page.model.data(page.model.index(0, 0))  # asks the worker for the page of rows
    ctx.worker.wait_idle()
    assert page.model.data(page.model.index(0, page.model.COL_REFLECTION)) == "Written"
    detail = page.open_session(sid)
    qtbot.addWidget(detail)
    ctx.worker.wait_idle()
    shown = [w.text() for w in detail.findChildren(QLabel)]
    shown += [w.toPlainText() for w in detail.findChildren(QPlainTextEdit)]
    assert "Reflection: written" in shown
    assert not any("PRIVATE-WORDS" in text for text in shown)
    assert not detail.reflection_button.isVisibleTo(detail)


def test_reflection_draft_survives_lock(qtbot, ctx, case):
    sid = case.session("R1", "ravi")
    ws = case.login("ravi")
    page = _page(qtbot, ctx, ws)
    form = page.write_for(sid)
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    qtbot.keyClicks(form.was_hard, "Half a thought")
    page.stash_drafts(ctx.drafts)
    page.clear()
    case.ws.lock()
    ws = case.login("ravi")
    page.load(_wire(ws))
    ctx.worker.wait_idle()
    form = page.write_for(sid)
    qtbot.waitUntil(lambda: form.loaded, timeout=5000)
    assert form.was_hard.toPlainText() == "Half a thought"
    form.close_for_lock()


def test_reflections_model_passes_qtmodeltester(qtmodeltester, case):
    from ui.labels import zone
    from ui.models.reflections_model import ReflectionTableModel

    sid = case.session("R1", "ravi")
    ws = _wire(case.login("ravi"))
    ws.reflections.create({"session_id": sid, "went_well": "ok",
                           "supervision_request": "urgent"})
    model = ReflectionTableModel(lambda ids: ws.reflections.rows(list(ids)), zone(ws.timezone))
    model.set_ids(ws.reflections.mine())
    qtmodeltester.check(model)
    assert model.rowCount() == 1
