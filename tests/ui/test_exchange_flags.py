"""What the merges settled on their own, in the decisions queue: real races between two
paired laptops (two escalation moves from one state; one advisee code chosen on both),
routed by role, named by what the records are (code and date, never an id), counted on
Home for a supervisor when it is a review, and cleared with "Mark as looked at" (audited)."""

from __future__ import annotations

import re

import pytest

from tests.exchange.test_apply_merge import exchange
from tests.support.replicas import make_replica, sync
from tests.support.vaults import make_group


@pytest.fixture
def raced(tmp_path):
    """An escalation moved two ways from one state on two laptops (the cautious state stands
    and a supervisor reviews it), and one advisee code chosen on both laptops."""
    group = make_group(tmp_path, folder_name="coord")
    second = make_replica(group, tmp_path)
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["other"], "description": "Worried."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    sync(group.ws, second.ws)
    group.ws.escalations.transition(esc, "resolved", "Cleared by talking.")
    second.ws.escalations.transition(esc, "monitoring", "Keep an eye.")
    group.ws.advisees.create({"code": "RV-0007", "advisor_ids": [group.id("asha")]})
    second.ws.advisees.create({"code": "RV-0007", "advisor_ids": [group.id("bala")]})
    exchange(group.ws, second.ws)
    second.ws.lock()
    return group, esc


def _queue(qtbot, ctx, ws):
    from ui.dialogs.conflict_queue import DecisionsDialog

    queue = DecisionsDialog(ws, ctx)
    qtbot.addWidget(queue)
    assert ctx.worker.wait_idle()
    return queue


def _rows(model):
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_a_supervisor_reviews_the_escalation_kept_in_the_cautious_state(qtbot, ctx, raced):
    from ui.conflict_actions import decision_count
    from ui.pages.home import HomePage

    group, esc = raced
    sunil = group.login("sunil")
    assert decision_count(sunil) == 1  # a review is a decision for a supervisor
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.load(sunil)
    assert ctx.worker.wait_idle()
    assert home.exchange_alerts.decisions.text() == "Decisions waiting for you: 1 decision"

    queue = _queue(qtbot, ctx, sunil)
    assert queue.flags_box.isVisibleTo(queue)
    code = sunil.advisees.get(group.id("a1")).code
    (row,) = _rows(queue.flags_model)  # the advisee codes are the coordinator's to settle
    assert re.fullmatch(rf"Escalation · {re.escape(code)} · \d{{1,2}} \w{{3}} \d{{4}}", row[0])
    assert row[1] == "Escalation kept in the more cautious state; a supervisor reviews it"
    assert esc not in " ".join(map(str, row))
    before = sunil.audit_head()
    queue.mark_looked_at()
    assert ctx.worker.wait_idle()
    assert queue.flags_model.rowCount() == 0 and not queue.flags_box.isVisibleTo(queue)
    assert decision_count(sunil) == 0
    assert sunil.audit_head() != before
    assert sunil.verify().ok


def test_the_coordinator_sees_the_duplicate_codes_and_an_advisor_nothing(qtbot, ctx, raced):
    from ui.conflict_actions import decision_count, load_flags

    group, _esc = raced
    coord = group.login("coord")
    queue = _queue(qtbot, ctx, coord)
    rows = _rows(queue.flags_model)
    dups = [r for r in rows if r[1] == "The same advisee code on two laptops; rename one"]
    assert len(dups) == 2
    assert all(r[0].startswith("Advisee · RV-0007") for r in dups)
    assert sorted(r[2] for r in dups)[0] == "The other: RV-0007"
    assert sorted(r[2] for r in dups)[1].startswith("The other: RV-0007~")
    # The escalation's record was merged from both laptops: the coordinator has a look;
    # its review is the supervisor's, not shown here.
    rest = [r[1] for r in rows if r not in dups]
    assert rest == ["Changed on two laptops; both changes kept"]
    assert decision_count(coord) == 0  # something to look at, not a decision
    assert load_flags(group.login("asha")) == []


def test_the_queue_speaks_hindi(qtbot, ctx, raced):
    from ui import language

    group, _esc = raced
    sunil = group.login("sunil")
    language.apply("hi")
    try:
        queue = _queue(qtbot, ctx, sunil)
        (row,) = _rows(queue.flags_model)
        code = sunil.advisees.get(group.id("a1")).code
        words = re.findall(r"[A-Za-z]{2,}", " ".join(row[:2]).replace(code, ""))
        assert words == [], row
        assert queue.looked_button.text() != "&Mark as looked at"
    finally:
        language.apply("en")
