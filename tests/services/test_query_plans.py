"""The list, queue and count queries use the indexes meant for them (docs/performance.md).

Each test captures the SQL the real service runs (``SqlLog``), asks SQLCipher's planner
for ``EXPLAIN QUERY PLAN`` on the vault itself, and checks the plan: the index named, no
full scan of ``sessions`` where an index should narrow it, and no ``*_text`` table.
The vault is small, but the plans do not depend on its size: peerdesk runs no ``ANALYZE``,
so the planner decides from the schema alone, as it does on a 100,000-session vault.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from peerdesk.storage.session_queries import SessionFilter

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
MONTH = ("2026-02-01T00:00:00.000000Z", "2026-03-01T00:00:00.000000Z")


def _plans(db: Any, statements: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    out = []
    for sql, params in statements:
        rows = db.query("EXPLAIN QUERY PLAN " + sql, params)
        out.append((sql, [str(r[3]) for r in rows]))
    return out


def _capture(sql_log: Any, ws: Any, call: Any) -> list[tuple[str, list[str]]]:
    log = sql_log(ws.ctx.db)
    with log.watching():
        call()
    log.assert_no_text_tables()
    return _plans(ws.ctx.db, log.statements)


def _full_scans(plan: list[str], alias: str) -> list[str]:
    """Plan lines that read every row of a table (``SCAN s``; an index scan counts too)."""
    return [line for line in plan if re.match(rf"SCAN {alias}\b", line)]


def _sessions(group: Any) -> None:
    ws = group.ws
    ws.ctx.clock = lambda: NOW
    for days in (3, 20, 40):
        group.session("a1", "asha", NOW - timedelta(days=days))
        group.session("b1", "bala", NOW - timedelta(days=days))


def test_advisor_month_list_uses_the_advisor_start_index(group, sql_log) -> None:
    _sessions(group)
    ws = group.ws
    f = SessionFilter(advisor_id=group.id("asha"), start_from=MONTH[0], start_to=MONTH[1])
    plans = _capture(sql_log, ws, lambda: ws.sessions.rows(ws.sessions.list_ids(f, limit=50)))
    _sql, plan = next(p for p in plans if "advisor_id = ?" in p[0])
    assert any("SEARCH s USING INDEX sessions_by_advisor_start (advisor_id=? AND start>? "
               "AND start<?)" in line for line in plan), plan
    assert not _full_scans(plan, "s"), plan


def test_advisee_timeline_uses_the_advisee_start_index(group, sql_log) -> None:
    _sessions(group)
    ws = group.ws
    f = SessionFilter(advisee_id=group.id("a1"))
    plans = _capture(sql_log, ws, lambda: ws.sessions.rows(ws.sessions.list_ids(f)))
    _sql, plan = next(p for p in plans if "advisee_id = ?" in p[0])
    assert any(re.search(r"USING INDEX sessions_(live_)?by_advisee_start \(advisee_id=\?\)", line)
               for line in plan), plan
    assert not _full_scans(plan, "s"), plan


def test_month_count_searches_by_start(group, sql_log) -> None:
    _sessions(group)
    ws = group.ws
    f = SessionFilter(start_from=MONTH[0], start_to=MONTH[1])
    plans = _capture(sql_log, ws, lambda: ws.sessions.count(f))
    (_sql, plan), = plans
    assert any(re.search(r"SEARCH s USING (COVERING )?INDEX sessions_\w*start\w* "
                         r"\(start>\? AND start<\?\)", line) for line in plan), plan
    assert not _full_scans(plan, "s"), plan


def test_rows_look_up_by_primary_key_and_never_read_notes(group, sql_log) -> None:
    _sessions(group)
    ws = group.ws
    ids = ws.sessions.list_ids(SessionFilter())
    plans = _capture(sql_log, ws, lambda: ws.sessions.rows(ids))
    (_sql, plan), = plans
    assert any("SEARCH s USING INDEX sqlite_autoindex_sessions_1 (id=?)" in line
               for line in plan), plan
    assert not _full_scans(plan, "s"), plan
    assert not any("_text" in line for line in plan), plan


def test_whole_list_is_read_in_index_order(group, sql_log) -> None:
    """Listing every session walks an index on ``start``; it never sorts the table."""
    _sessions(group)
    ws = group.ws
    plans = _capture(sql_log, ws, lambda: ws.sessions.list_ids(SessionFilter()))
    (_sql, plan), = plans
    assert any(re.search(r"SCAN s USING (COVERING )?INDEX sessions_\w*", line)
               for line in plan), plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_home_queues_use_their_indexes_for_every_role(group, sql_log) -> None:
    _sessions(group)
    for username in ("coord", "sunil", "asha"):
        ws = group.login(username)
        ws.ctx.clock = lambda: NOW
        plans = _capture(sql_log, ws, lambda ws=ws: ws.queues.today(now=NOW))
        assert plans
        for sql, plan in plans:
            if re.search(r"\b(FROM|JOIN) sessions s\b", sql):
                assert not _full_scans(plan, "s"), (username, sql, plan)
            if "s.follow_up <= ?" in sql:
                # Follow-ups look at each advisee's latest session only (not every past
                # follow-up): two searches of the live sessions' advisee index (no row
                # read to check deleted_at), no scan of sessions.
                assert not _full_scans(plan, "s"), (username, sql, plan)
                assert not _full_scans(plan, "latest"), (username, sql, plan)
                assert sum("sessions_live_by_advisee_start" in line for line in plan) >= 2, \
                    plan
            if "max(s.start)" in sql and "FROM advisees a" in sql:
                # No recent contact: the latest or any recent live session, index only.
                assert any("sessions_live_by_advisee_start" in line for line in plan), plan
                assert not _full_scans(plan, "s"), (username, sql, plan)
            if "s.advisor_id = ?" in sql:
                assert any("sessions_by_advisor_start" in line for line in plan), plan
            if "r.supervision_request IN" in sql:
                assert any(re.search(r"reflections_(pending|by_author)", line)
                           for line in plan), plan


def test_follow_up_is_due_until_a_later_session_exists(group) -> None:
    """What the faster follow-up query must keep: only the advisee's latest live session
    counts; a later session clears the follow-up, deleting that session brings it back."""
    from datetime import date

    ws = group.ws
    ws.ctx.clock = lambda: NOW
    first = group.session("a1", "asha", NOW - timedelta(days=10))
    ws.sessions.update(first, {"follow_up": date(2026, 3, 15)})
    due = [r.session_id for r in ws.queues.today(now=NOW).follow_ups]
    assert due == [first]
    later = group.session("a1", "asha", NOW - timedelta(days=2))
    assert ws.queues.today(now=NOW).follow_ups == []
    ws.sessions.delete(later)
    queues = ws.queues.today(now=NOW)
    assert [r.session_id for r in queues.follow_ups] == [first]
    assert queues.counts["follow_ups"] == 1
