"""Decisions from the app: a real conflict between two paired laptops (both wrote a
different summary of one session before exchanging bundles) counted on Home and in the
status bar, shown side by side, and settled from the queue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from peerdesk.services.exchange import apply_first_snapshot, start_join
from peerdesk.services.workspace import open_vault
from tests.support.vaults import PASSPHRASES

JOIN = "river lantern pebble orchard"
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _swap(a, b):
    """A real bundle each way: a → b, then b → a."""
    ids = {lap.this_laptop: lap.device_id for lap in a.exchange.laptops()}
    b_id = next(lap.device_id for lap in b.exchange.laptops() if lap.this_laptop)
    b.exchange.apply(a.exchange.make(b_id).data)
    a.exchange.apply(b.exchange.make(ids[True]).data)


@pytest.fixture
def clash(group, tmp_path):
    """The coordinator's two laptops, each with its own summary of one session."""
    folder = tmp_path / "office-laptop"
    _request, data = start_join(folder, "Office laptop", JOIN)
    first = group.login("coord")
    added = first.exchange.add_laptop(first.exchange.read_request(data), ["coord"])
    apply_first_snapshot(folder, added.snapshot.data, JOIN)
    second = open_vault(folder, "coord", PASSPHRASES["coord"])
    sid = group.session("a1", "asha", START)
    _swap(first, second)
    first.sessions.update(sid, {"summary": "Written on the first laptop."})
    second.sessions.update(sid, {"summary": "Written on the office laptop."})
    _swap(first, second)
    yield first, second, sid
    if second.is_open:
        second.lock()


def test_a_conflict_is_counted_shown_side_by_side_and_settled_from_the_queue(
        qtbot, ctx, clash):
    from ui.dialogs.conflict_queue import DecisionsDialog
    from ui.pages.home import HomePage
    from ui.widgets.exchange_alerts import StatusExchangeLabel

    first, _second, sid = clash
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.load(first)
    status = StatusExchangeLabel(ctx)
    qtbot.addWidget(status)
    status.load(first)
    assert ctx.worker.wait_idle()
    assert home.exchange_alerts.decisions.text() == "Decisions waiting for you: 1 decision"
    assert home.exchange_alerts.decide_button.isVisibleTo(home)
    assert status.text() == "1 decision"

    queue = DecisionsDialog(first, ctx)
    qtbot.addWidget(queue)
    assert ctx.worker.wait_idle()
    assert queue.model.rowCount() == 1
    assert queue.model.index(0, 0).data() == (
        f"Session · {first.advisees.get(first.sessions.get(sid).advisee_id).code} · "
        "2 Mar 2026 · Summary")  # the field as its form names it
    decide = queue.open_selected()
    assert decide is not None
    assert decide.mine_view.note() == "Written on the first laptop."
    assert decide.theirs_view.note() == "Written on the office laptop."
    assert "on Office laptop" in decide.who_line(decide.decision.theirs)
    assert decide.edit_button.isVisibleTo(decide)
    ctx.changes.changed.connect(lambda c: (home.refresh(c), status.reload()))
    with qtbot.waitSignal(decide.decided, timeout=10_000):
        decide.decide("theirs")
    assert ctx.worker.wait_idle()
    assert ctx.worker.wait_idle()
    assert first.sessions.get(sid).summary == "Written on the office laptop."
    assert queue.model.rowCount() == 0
    assert queue.body.currentWidget() is queue.empty
    assert not home.exchange_alerts.decisions.isVisibleTo(home)
    assert status.text() == ""


def test_the_field_of_a_conflict_is_named_in_the_persons_language(qtbot, ctx, clash):
    from ui import language
    from ui.conflict_actions import load_decisions

    first, _second, _sid = clash
    language.apply("hi")
    try:
        (decision,) = load_decisions(first)
    finally:
        language.apply("en")
    assert decision.what.endswith(" · सारांश"), decision.what


def test_a_new_text_made_from_both_is_kept(qtbot, ctx, clash):
    from ui.conflict_actions import load_decisions
    from ui.dialogs.conflict_decide import ConflictDecideDialog

    first, _second, sid = clash
    (decision,) = load_decisions(first)
    dialog = ConflictDecideDialog(first, ctx, decision)
    qtbot.addWidget(dialog)
    dialog.start_edit()
    assert dialog.editor.toPlainText() == "Written on the first laptop."
    dialog.editor.setPlainText("   ")
    assert dialog.save_text() is None and dialog.banner.isVisibleTo(dialog)
    dialog.editor.setPlainText("Both laptops' notes, together.")
    dialog.save_text()
    assert ctx.worker.wait_idle()
    assert first.sessions.get(sid).summary == "Both laptops' notes, together."
    assert load_decisions(first) == []


def test_a_change_set_aside_is_shown_to_the_coordinator_with_why(qtbot, ctx, tmp_path):
    """An advisor who edited their own copy of peerdesk to close an escalation: the
    coordinator's laptop sets the change aside and the queue says why."""
    from dataclasses import replace

    from peerdesk.domain.records_risk import Escalation
    from peerdesk.domain.vocab import EscalationState
    from peerdesk.storage import records
    from tests.support.replicas import make_replica, sync
    from tests.support.vaults import make_group
    from ui.conflict_actions import load_decisions
    from ui.dialogs.conflict_queue import DecisionsDialog

    group = make_group(tmp_path, folder_name="coord")
    second = make_replica(group, tmp_path)
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["other"], "description": "Worried."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    group.ws.escalations.transition(esc, "resolved", "Talked it through.")
    sync(group.ws, second.ws)
    asha = second.login("asha")
    with asha.vault.write("escalation.transition", "", "", {}) as db:
        old = records.get(db, Escalation, esc)
        records.update(db, old, replace(old, meta=old.meta.touched(
            by=asha.actor.member_id, now=datetime.now(UTC)), state=EscalationState.CLOSED))
    sync(asha, group.ws)
    coord = group.ws
    queue = DecisionsDialog(coord, ctx)
    qtbot.addWidget(queue)
    assert ctx.worker.wait_idle()
    assert queue.model.rowCount() == 1
    assert queue.model.index(0, 1).data() == "Set aside"
    assert "supervisor" in queue.model.index(0, 2).data()
    assert queue.open_selected() is None  # nothing to decide: it is shown, not applied
    assert coord.escalations.get(esc).escalation.state is EscalationState.RESOLVED
    assert load_decisions(group.login("asha")) == []  # an advisor is not shown it
