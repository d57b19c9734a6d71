"""Full-text search, top 50 with snippets (``ws.search.search``), SQLCipher vs plain.

Terms are picked from the index's own vocabulary by how many notes contain them, so the
classes mean the same thing at any scale. Goal: ≤ 1.5x typical (the median class), ≤ 2x
for every class.
"""

from __future__ import annotations

import statistics
from typing import Any

from tests.perf._bench import Bench
from tests.perf._data import on_plain
from tests.perf._harness import Goal, Result, paired
from tests.perf.bench_queries import member_ctx

NAME = "search"
NEEDS_WS = True


def pick_terms(plain: Any) -> dict[str, str]:
    db = plain.conn
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
               "USING fts5vocab(main, search_index, row)")
    docs = int(db.execute("SELECT count(*) FROM search_index").fetchone()[0])
    rows = [(str(t), int(n)) for t, n in db.execute(
        "SELECT term, doc FROM temp.bench_vocab WHERE length(term) >= 5 "
        "AND term GLOB '[a-z]*' AND term NOT GLOB '*[0-9]*' ORDER BY doc DESC")]

    def near(fraction: float) -> str:
        goal = max(3, docs * fraction)
        return min(rows, key=lambda r: (abs(r[1] - goal), r[0]))[0]

    common, mid, mid2, rare = near(0.10), near(0.01), near(0.02), near(0.0002)
    return {
        f"common term '{common}'": common,
        f"mid-frequency term '{mid}'": mid,
        f"rare term '{rare}'": rare,
        f"two terms '{mid} {mid2}'": f"{mid2} {mid}",
        f"prefix '{common[:3]}'": common[:3],
    }


def run(b: Bench) -> list[Result]:
    ws, plain = b.ws, b.plain
    terms = pick_terms(plain)
    from peerdesk.services.search import SearchService

    advisor = SearchService(member_ctx(ws, str(plain.scalar(
        "SELECT username FROM accounts WHERE username LIKE 'advisor%' ORDER BY username"))))
    out: list[Result] = []
    # Each timed call runs the query 5 times (one query is a few ms: too short to time alone).
    goal = Goal(ratio=2.0)
    for label, text in [*terms.items(), ("advisor-scoped: " + next(iter(terms)),
                                        next(iter(terms.values())))]:
        service = advisor if label.startswith("advisor") else ws.search

        def ours(service: Any = service, text: str = text) -> None:
            for _ in range(5):
                service.search(text, limit=50)

        def base(ours: Any = ours) -> None:
            with on_plain(ws, plain):
                ours()

        r = paired(f"search top 50 + snippets: {label} ×5", ours, base, goal, reps=b.reps)
        b.log(f"  {r.name}: {r.peerdesk_ms:.1f} ms vs {r.baseline_ms:.1f} ms = {r.ratio:.2f}x")
        out.append(r)
    typical = statistics.median(r.ratio for r in out if r.ratio is not None)
    summary = Result("search: typical (median of the classes above)",
                     statistics.median(r.peerdesk_ms for r in out),
                     statistics.median(r.baseline_ms or 0 for r in out), typical,
                     Goal(ratio=1.5), b.reps).judge()
    return [*out, summary]
