"""The summary's numbers equal what the records say; every open escalation is there (in
full, or in the table of those still open from earlier); who may produce which report; the
coordinator's version holds no note text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from rpdf import OCT_END, OCT_START, Demo, Group, all_text, page_texts, small_group

from peerdesk.errors import PermissionDenied
from peerdesk.services.demo import TIMEZONE


def _figure(page: str, label: str) -> str:
    """The value printed above ``label`` in the figure grid of page 1."""
    lines = [line.strip() for line in page.splitlines()]
    return lines[lines.index(label) - 1]


def _parse_utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)


@pytest.mark.parametrize("as_at_today", [False, True], ids=["as at the end", "as at today"])
def test_summary_figures_equal_the_records(demo_as: Demo, as_at_today: bool) -> None:
    ws = demo_as.login("supervisor")
    tz = ZoneInfo(TIMEZONE)
    end = datetime(2026, 11, 1, tzinfo=tz).astimezone(UTC)
    # Independently: every session row, kept if its start falls on a local day in October
    # and (as at the end of October) it had been entered by then.
    rows = ws.ctx.db.query("SELECT start, duration_minutes, advisee_id, advisor_id, "
                           "created_at FROM sessions WHERE deleted_at IS NULL")
    october = [r for r in rows
               if OCT_START <= _parse_utc(str(r[0])).astimezone(tz).date() <= OCT_END
               and (as_at_today or _parse_utc(str(r[4])) < end)]
    assert len(october) > 20, "the demo should have sessions in October"
    sessions = len(october)
    hours = sum(int(r[1]) for r in october) / 60
    advisees = len({r[2] for r in october})
    advisors = len({r[3] for r in october})

    issued = ws.reports.accountability(OCT_START, OCT_END, as_at_today=as_at_today)
    page1 = page_texts(issued.pdf)[0]
    assert _figure(page1, "sessions") == f"{sessions:,}"
    assert f"{hours:,.0f} hours" in page1
    assert _figure(page1, "advisees seen") == f"{advisees:,}"
    assert _figure(page1, "advisors active") == str(advisors)

    # The same numbers in the data the PDF was made from.
    data = ws.reports.accountability_data(OCT_START, OCT_END, as_at_today=as_at_today)
    assert sum(a.sessions for a in data.advisors) == sessions
    assert round(sum(a.hours for a in data.advisors), 6) == round(hours, 6)


def test_every_escalation_open_during_the_period_is_present(demo_as: Demo) -> None:
    """In full: every escalation raised in the period or with an event or disclosure in it.
    One row of the "Still open from earlier" table: every other one not closed by its end."""
    ws = demo_as.login("supervisor")
    tz = ZoneInfo(TIMEZONE)
    lo = datetime(2026, 10, 1, tzinfo=tz).astimezone(UTC)
    hi = datetime(2026, 11, 1, tzinfo=tz).astimezone(UTC)
    rows = ws.escalations.rows(limit=100_000)
    open_during = [r for r in rows if _parse_utc(r.raised_at) < hi
                   and (r.closed_at is None or _parse_utc(r.closed_at) >= lo)]
    assert open_during, "the demo should have escalations open in October"

    def active(r: object) -> bool:
        view = ws.escalations.get(r.id)  # type: ignore[attr-defined]
        moments = [_parse_utc(r.raised_at)]  # type: ignore[attr-defined]
        moments += [ev.at.astimezone(UTC) for ev in view.events]
        moments += [d.at.astimezone(UTC) for d in view.disclosures]
        return any(lo <= m < hi for m in moments)

    in_full = [r for r in rows if _parse_utc(r.raised_at) < hi and active(r)]
    still_open = [r for r in open_during if r not in in_full
                  and (r.closed_at is None or _parse_utc(r.closed_at) >= hi)]
    # (The small demo raises nothing in October; test_coordinator_gets_the_operational_version
    # covers an escalation with activity in the period.)
    assert still_open, "the demo should have escalations still open from earlier"
    pdf = ws.reports.accountability(OCT_START, OCT_END).pdf
    text = all_text(pdf)
    assert f"Escalations with activity in the period ({len(in_full)})" in text
    assert f"Still open from earlier ({len(still_open)})" in text
    full, table = text.split("Still open from earlier (", 1)
    for r in in_full:
        assert f"{r.advisee_code} · " in full, r.advisee_code
    table = table[:table.index("Supervision coverage")]
    for r in still_open:
        assert r.advisee_code in table, r.advisee_code
    # Nothing open during the period is left out.
    assert {r.id for r in open_during} <= {r.id for r in in_full} | {r.id for r in still_open}
    # Overdue at the end of the period: past the deadline and not acknowledged by then.
    overdue = sum(1 for r in ws.escalations.rows(limit=100_000)
                  if _parse_utc(r.raised_at) < hi and _parse_utc(r.ack_due) < hi
                  and (r.acknowledged_at is None or _parse_utc(r.acknowledged_at) >= hi)
                  and (r.closed_at is None or _parse_utc(r.closed_at) >= hi))
    assert _figure(page_texts(pdf)[0], "overdue escalations") == str(overdue)


def test_an_advisor_gets_only_their_own_report(demo_as: Demo) -> None:
    ws = demo_as.login("advisor01")
    me = ws.actor.member_id
    other = next(m for _, u, m in ws.members.accounts() if u == "advisor02") \
        if _can_list_accounts(ws) else None
    with pytest.raises(PermissionDenied):
        ws.reports.accountability(OCT_START, OCT_END)
    own = ws.reports.advisor(me, OCT_START, OCT_END)
    assert ws.reports.identify(own.pdf) is not None
    text = all_text(own.pdf)
    assert "Advisor report" in text
    if other is None:
        demo_as.close()
        sup = demo_as.login("supervisor")
        other = next(m for _, u, m in sup.members.accounts() if u == "advisor02")
        demo_as.close()
        ws = demo_as.login("advisor01")
    with pytest.raises(PermissionDenied):
        ws.reports.advisor(other, OCT_START, OCT_END)


def _can_list_accounts(ws: object) -> bool:
    try:
        ws.members.accounts()  # type: ignore[attr-defined]
    except PermissionDenied:
        return False
    return True


CANARY = "CANARY-7f3a escalation text only the supervisor may read"


def test_coordinator_gets_the_operational_version(tmp_path: Path) -> None:
    g = small_group(tmp_path)
    try:
        _with_escalation(g)
        today = datetime.now(UTC).date()
        g.login("sunil")
        sup = all_text(g.ws.reports.accountability(today - timedelta(days=7), today).pdf)
        g.login("coord")
        coord = g.ws.reports.accountability(today - timedelta(days=7), today)
        text = all_text(coord.pdf)
    finally:
        if g.ws.is_open:
            g.ws.lock()
    assert CANARY in sup
    assert "DISCLOSED-CANARY" in sup and "EVENT-CANARY" in sup
    assert CANARY not in text
    assert "CANARY" not in text
    assert "operational version" in text
    # Counts and dates are still there.
    assert "Escalations with activity in the period (1)" in text


def _with_escalation(g: Group) -> str:
    from peerdesk.services.escalations import EscalationService

    esc = EscalationService(g.ws.ctx)
    esc_id = esc.raise_({"advisee_id": g.id("a1"), "level": "high", "categories": ["other"],
                         "description": CANARY, "immediate_action": "Called them back."}).id
    esc.add_note(esc_id, "EVENT-CANARY note")
    esc.record_disclosure(esc_id, {"told_whom": "Dr Rao", "role_or_organisation": "GP",
                                   "what_was_shared": "DISCLOSED-CANARY",
                                   "why": "WHY-CANARY", "advisee_knew": True})
    return esc_id


def test_coordinator_escalation_record_and_advisor_report_hold_no_note_text(
        tmp_path: Path) -> None:
    g = small_group(tmp_path)
    try:
        esc_id = _with_escalation(g)
        g.ws.sessions.create({
            "advisee_id": g.id("a1"), "advisor_id": g.id("asha"),
            "start": datetime.now(UTC) - timedelta(hours=2), "duration_minutes": 45,
            "channel": "phone", "summary": "Talked it through."})
        today = datetime.now(UTC).date()
        coord_record = g.ws.reports.escalation_record(esc_id)
        coord_advisor = g.ws.reports.advisor(g.id("asha"), today - timedelta(days=7), today)
        g.login("sunil")
        sup_record = g.ws.reports.escalation_record(esc_id)
        entries = {e.id: e for e in g.ws.register.list()}
    finally:
        if g.ws.is_open:
            g.ws.lock()
    for issued in (coord_record, coord_advisor):
        text = all_text(issued.pdf)
        assert "CANARY" not in text
        assert "operational version" in text
        assert "Escalations" in text or "Escalation record" in text
    assert "PS-" in all_text(coord_record.pdf) or "Escalation record:" in all_text(
        coord_record.pdf)
    sup = all_text(sup_record.pdf)
    assert CANARY in sup and "DISCLOSED-CANARY" in sup and "EVENT-CANARY" in sup
    assert set(entries) >= {coord_record.report_id, sup_record.report_id}


def test_advisor_own_report_states_supervision_like_the_supervisors_copy(
        demo_as: Demo) -> None:
    """An advisor may not list everyone's supervision coverage; their own report used to
    say "not supervised in this period" for that reason alone."""
    import re

    def supervision_line(pdf: bytes) -> str:
        found = re.search(r"Supervision: [^\n]+", page_texts(pdf)[0])
        assert found is not None
        return found.group(0)

    ws = demo_as.login("advisor01")
    me = ws.actor.member_id
    own = supervision_line(ws.reports.advisor(me, OCT_START, OCT_END).pdf)
    demo_as.close()
    ws = demo_as.login("supervisor")
    theirs = supervision_line(ws.reports.advisor(me, OCT_START, OCT_END).pdf)
    assert own == theirs
    assert own.startswith("Supervision: yes, last ")
