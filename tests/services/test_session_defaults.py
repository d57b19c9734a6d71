"""Defaults for logging a session afterwards: the advisor's usual length, a start that long
before now, the advisee's last channel; read through indexes, never from note text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def test_usual_length_is_the_advisors_most_common_and_the_start_that_long_ago(group) -> None:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    assert ws.sessions.defaults_for(group.id("a1"))["duration_minutes"] == 45  # none yet
    for days, minutes in ((9, 60), (8, 30), (7, 60), (6, 30), (5, 60)):
        group.session("a1", "asha", NOW - timedelta(days=days), minutes=minutes)
    group.session("b1", "bala", NOW - timedelta(days=1), minutes=90)  # someone else's
    defaults = ws.sessions.defaults_for(group.id("a1"))
    assert defaults["advisor_id"] == group.id("asha")
    assert defaults["duration_minutes"] == 60
    assert defaults["start"] == NOW - timedelta(minutes=60)
    # a tie goes to the length logged most recently
    group.session("a1", "asha", NOW - timedelta(days=4), minutes=30)
    assert ws.sessions.defaults_for(group.id("a1"))["duration_minutes"] == 30


def test_a_deleted_session_does_not_count(group) -> None:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    keep = group.session("a1", "asha", NOW - timedelta(days=3), minutes=50)
    gone = group.session("a1", "asha", NOW - timedelta(days=2), minutes=75)
    ws.sessions.delete(gone)
    assert keep
    assert ws.sessions.defaults_for(group.id("a1"))["duration_minutes"] == 50


def test_defaults_read_through_the_advisor_index_and_no_text(group, sql_log) -> None:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    group.session("a1", "asha", NOW - timedelta(days=3), minutes=50)
    log: Any = sql_log(ws.ctx.db)
    with log.watching():
        ws.sessions.defaults_for(group.id("a1"))
    log.assert_no_text_tables()
    usual = [sql for sql, _ in log.statements if "duration_minutes" in sql]
    assert len(usual) == 1
    sql = usual[0]
    params = next(p for s, p in log.statements if s == sql)
    plan = [str(r[3]) for r in ws.ctx.db.query("EXPLAIN QUERY PLAN " + sql, params)]
    assert any("sessions_by_advisor_start" in line for line in plan), plan
