"""An advisor's daily work on real pages: their supervision actions (ticked on the
supervision page, listed on Home when due), reflections still to write, and Home's
escalations split into those in progress and those resolved but not closed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from ui_support import show_page


def _note(group):
    ws = group.login("sunil")
    today = ws.ctx.now().astimezone(ws.ctx.tz).date()
    return ws.supervision.create({
        "advisor_ids": [group.ids["asha"]], "on": today - timedelta(days=20),
        "format": "one_to_one", "discussion": "Private to supervisors.",
        "shared_summary": "Keep the weekly rhythm.",
        "actions": [
            {"text": "Read the crisis plan", "owner_id": group.ids["asha"],
             "due": today - timedelta(days=3)},
            {"text": "Book the training", "owner_id": group.ids["sunil"],
             "due": today - timedelta(days=3)}]}).id


def test_advisor_ticks_own_action_on_the_supervision_page(qtbot, ctx, group):
    from ui.pages.supervision import SupervisionPage

    note_id = _note(group)
    page = show_page(qtbot, ctx, SupervisionPage(ctx), group.login("asha"))
    assert page.actions_list.isVisibleTo(page)
    assert page.actions_list.count() == 1  # the supervisor's action is not hers to tick
    item = page.actions_list.item(0)
    assert item.text().startswith("Read the crisis plan · OVERDUE since ")
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    ctx.worker.wait_idle()
    ctx.worker.wait_idle()
    assert page.message.text() == "Marked done."
    assert page.actions_list.item(0).checkState() == Qt.CheckState.Checked
    assert "done" in page.actions_list.item(0).text()
    note = group.login("sunil").supervision.get(note_id)
    assert [a.done for a in note.actions] == [True, False]
    assert note.discussion == "Private to supervisors."


def test_supervisor_has_no_advisor_checklist(qtbot, ctx, group):
    from ui.pages.supervision import SupervisionPage

    _note(group)
    page = show_page(qtbot, ctx, SupervisionPage(ctx), group.login("sunil"))
    assert not page.actions_list.isVisibleTo(page)


def test_advisor_home_shows_reflections_to_write_and_overdue_actions(qtbot, ctx, group):
    from ui.pages.home import HomePage

    _note(group)
    ws = group.login("coord")
    group.session("A1", "asha", ws.ctx.now() - timedelta(days=2))
    home = show_page(qtbot, ctx, HomePage(ctx), group.login("asha"))
    owed = home.sections["reflections_due"]
    assert owed.heading.text() == "Reflections still to write (1)"
    assert owed.model.stringList()[0].startswith("PS-0001 · session on ")
    actions = home.sections["actions"]
    assert actions.heading.text() == "Your supervision actions, due or overdue (1)"
    assert actions.model.stringList()[0].startswith("Read the crisis plan · OVERDUE since ")


def test_home_keeps_resolved_escalations_apart(qtbot, ctx, group):
    from ui.pages.home import HomePage

    ws = group.login("coord")
    for level in ("high", "concern"):
        ws.escalations.raise_({"advisee_id": group.ids["A1"], "level": level,
                               "categories": ["other"], "description": "Worried."})
    resolved = ws.escalations.rows(urgent_first=True)[1].id
    ws.escalations.transition(resolved, "acknowledged", "Called back.")
    ws.escalations.transition(resolved, "resolved", "Cleared by talking.")
    home = show_page(qtbot, ctx, HomePage(ctx), group.login("sunil"))
    assert home.sections["open_escalations"].heading.text() == "Escalations in progress (1)"
    done = home.sections["resolved_escalations"]
    assert done.heading.text() == "Resolved escalations, not closed yet (1)"
    assert done.ids == [resolved] and "Resolved" in done.model.stringList()[0]


def _agreement(ws, group, advisor, advisee_id, *, start):
    aid = ws.agreements.create({
        "advisor_id": group.ids[advisor], "advisee_id": advisee_id, "channels": ["phone"],
        "start_date": start, "clauses": ["confidentiality_limits"]}).id
    ws.agreements.acknowledge_advisee(aid, start, "signed_paper")
    return aid


def test_agreements_page_ranks_and_colours_only_the_serious(qtbot, ctx, group):
    from ui.pages.agreements import AgreementsPage

    ws = group.login("coord")
    today = ws.ctx.now().astimezone(ws.ctx.tz).date()
    c1 = ws.advisees.create({"advisor_ids": [group.ids["asha"]]}).id
    late = _agreement(ws, group, "asha", group.ids["A1"], start=today - timedelta(days=300))
    breached = _agreement(ws, group, "bala", group.ids["B1"], start=today - timedelta(days=30))
    calm = _agreement(ws, group, "asha", c1, start=today - timedelta(days=5))
    group.login("asha").agreements.acknowledge_advisor(late, today - timedelta(days=300))
    group.login("bala").agreements.acknowledge_advisor(breached, today - timedelta(days=30))
    ws = group.login("coord")
    for aid, review in ((late, -100), (breached, 60), (calm, 90)):
        ws.agreements.set_status(aid, "active", review_date=today + timedelta(days=review))
    ws.agreements.log_breach(breached, {"at": ws.ctx.now(), "kind": "gifts_or_money"})
    page = show_page(qtbot, ctx, AgreementsPage(ctx), group.login("sunil"), size=(1280, 800))
    model = page.model
    column = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())].index("Needs attention")
    rows = [(model.id_at(r), model.data(model.index(r, column)),
             model.data(model.index(r, column), Qt.ItemDataRole.ForegroundRole) is not None)
            for r in range(model.rowCount())]
    assert rows == [(breached, "1 breach logged", True),
                    (late, "Review 3 months overdue", True),
                    (calm, "Advisor has not acknowledged", False)]
    assert page.summary.text() == "3 agreements · 2 serious, first · 1 with smaller drift"


def test_escalation_facts_read_as_sentences(qtbot, ctx, group):
    from ui.pages.escalations import EscalationsPage

    ws = group.login("asha")
    esc_id = ws.escalations.raise_({"advisee_id": group.ids["A1"], "level": "high",
                                    "categories": ["medical", "other"],
                                    "description": "Worried."}).id
    page = show_page(qtbot, ctx, EscalationsPage(ctx), ws)
    detail = page.open_record(esc_id)
    ctx.worker.wait_idle()
    facts = detail.facts.text()
    assert facts.startswith("Raised ") and ".." not in facts
    assert facts.endswith(" by Asha. Kind of risk: Medical and Other.")
    column = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.model.columnCount())].index("Acknowledgement")
    assert page.model.data(page.model.index(0, column)).startswith("due by ")


def test_reflection_requests_read_as_words_in_the_supervision_form(qtbot, ctx, group):
    from ui.dialogs.supervision_form import load_links

    ws = group.login("coord")
    sessions = [group.session("A1", "asha", ws.ctx.now() - timedelta(hours=h))
                for h in (3, 5, 7)]
    ws = group.login("asha")
    for sid, request in zip(sessions, ("none", "routine", "urgent"), strict=True):
        ws.reflections.create({"session_id": sid, "went_well": "ok",
                               "supervision_request": request})
    links = load_links(group.login("sunil"), [group.ids["asha"]])
    heads = sorted(text.split(" · ")[0] for _id, text in links["reflections"])
    assert heads == ["No supervision asked", "Routine request", "URGENT request"]


def test_an_ended_agreement_shows_no_review_date(qtbot, ctx, group):
    from ui.pages.agreements import AgreementsPage

    ws = group.login("coord")
    today = ws.ctx.now().astimezone(ws.ctx.tz).date()
    live = _agreement(ws, group, "asha", group.ids["A1"], start=today - timedelta(days=30))
    ended = _agreement(ws, group, "bala", group.ids["B1"], start=today - timedelta(days=30))
    for aid in (live, ended):
        ws.agreements.set_status(aid, "active", review_date=today + timedelta(days=60))
    ws.agreements.set_status(ended, "ended", end_date=today)
    page = show_page(qtbot, ctx, AgreementsPage(ctx), ws, size=(1280, 800))
    model = page.model
    column = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())].index("Review by")
    review = {model.id_at(r): model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert review[ended] == "—"
    assert review[live] not in ("—", "", None)
