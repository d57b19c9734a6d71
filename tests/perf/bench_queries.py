"""List, queue and aggregate queries the app runs, on SQLCipher and on plain SQLite.

Both sides run the *same service code* (``ws.sessions``, ``ws.queues``): for the baseline
the workspace's database is swapped for a stdlib ``sqlite3`` connection to the plain twin
(``_data.on_plain``), so the SQL is identical by construction. Goal: ≤ 1.5x.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from peerdesk.domain.permissions import Actor
from peerdesk.domain.vocab import Role
from peerdesk.services.context import ServiceContext
from peerdesk.services.queues import QueueService
from peerdesk.storage import codec
from peerdesk.storage.session_queries import SessionFilter
from tests.perf._bench import Bench
from tests.perf._data import on_plain
from tests.perf._harness import Goal, Result, paired

NAME = "queries"
NEEDS_WS = True
GOAL = Goal(ratio=1.5)


def iso(d: datetime) -> str:
    return codec.iso_dt(d)


def month_bounds(latest: datetime, back: int) -> tuple[str, str]:
    first = latest.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return iso(first), iso(nxt)


def member_ctx(ws: Any, username: str) -> ServiceContext:
    """A service context acting as another account of the same vault (same connection)."""
    row = ws.vault.db.query_one(
        "SELECT a.id, a.member_id, m.roles FROM accounts a JOIN members m ON m.id = a.member_id "
        "WHERE a.username = ? AND a.removed_at IS NULL", (username,))
    import json

    roles = frozenset(Role(r) for r in json.loads(row[2]))
    return ServiceContext(vault=ws.vault, actor=Actor(str(row[1]), str(row[0]), roles),
                          tz=ws.ctx.tz, policy=ws.ctx.policy)


def sample(plain: Any) -> dict[str, Any]:
    """Which advisors, advisees and months to ask for (read once, untimed)."""
    latest = datetime.fromisoformat(
        str(plain.scalar("SELECT max(start) FROM sessions")).replace("Z", "+00:00"))
    advisors = [str(r[0]) for r in plain.query(
        "SELECT advisor_id, count(*) c FROM sessions GROUP BY advisor_id ORDER BY c DESC")]
    advisees = [str(r[0]) for r in plain.query(
        "SELECT advisee_id FROM sessions GROUP BY advisee_id ORDER BY advisee_id")]
    step = max(1, len(advisees) // 60)
    return {"latest": latest, "advisors": advisors, "advisees": advisees[::step][:60]}


def run(b: Bench) -> list[Result]:
    ws, plain = b.ws, b.plain
    s = sample(plain)
    months = [month_bounds(s["latest"], k) for k in range(1, 13)]  # the last 12 full months
    pairs = [(adv, months[i % len(months)]) for i, adv in enumerate(s["advisors"])][:60]
    advisor_username = str(plain.scalar(
        "SELECT a.username FROM accounts a JOIN members m ON m.id = a.member_id "
        "WHERE m.id = ? AND a.removed_at IS NULL", (s["advisors"][0],)))
    contexts = {"supervisor": member_ctx(ws, "supervisor"),
                "advisor": member_ctx(ws, advisor_username)}

    def both(fn: Any) -> tuple[Any, Any]:
        def base() -> object:
            with on_plain(ws, plain):
                return fn()
        return fn, base

    def advisor_month() -> None:
        for adv, (lo, hi) in pairs:
            ids = ws.sessions.list_ids(SessionFilter(advisor_id=adv, start_from=lo, start_to=hi),
                                       limit=50)
            ws.sessions.rows(ids)

    def advisee_timeline() -> None:
        for adv in s["advisees"]:
            ids = ws.sessions.list_ids(SessionFilter(advisee_id=adv))
            ws.sessions.rows(ids)

    def month_counts() -> None:
        for lo, hi in months:
            ws.sessions.count(SessionFilter(start_from=lo, start_to=hi))
        lo, hi = months[0]
        for adv in s["advisors"]:
            ws.sessions.count(SessionFilter(advisor_id=adv, start_from=lo, start_to=hi))

    def all_sessions() -> None:
        ids = ws.sessions.list_ids(SessionFilter())
        ws.sessions.rows(ids[:100])

    now = s["latest"]

    def queues(who: str) -> Any:
        if who == "coordinator":
            return lambda: ws.queues.today(now=now)
        service = QueueService(contexts[who])
        return lambda: service.today(now=now)

    n_adv = len(pairs)
    workloads = [
        (f"advisor's sessions in a month, list+rows ×{n_adv}", advisor_month),
        (f"advisee timeline, list+rows ×{len(s['advisees'])}", advisee_timeline),
        (f"per-month counts ×{len(months)} + advisor-month counts ×{len(s['advisors'])}",
         month_counts),
        ("all sessions: list_ids + first 100 rows", all_sessions),
        ("home queues, coordinator", queues("coordinator")),
        ("home queues, supervisor", queues("supervisor")),
        ("home queues, advisor", queues("advisor")),
    ]
    out = []
    for name, fn in workloads:
        ours, base = both(fn)
        r = paired(name, ours, base, GOAL, reps=b.reps)
        b.log(f"  {name}: {r.peerdesk_ms:.1f} ms vs {r.baseline_ms:.1f} ms = {r.ratio:.2f}x")
        out.append(r)
    return out
