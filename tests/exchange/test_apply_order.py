"""Order independence: the same changes, arriving in different orders and bundles, leave
every laptop with identical records, conflicts and flags."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peerdesk.services.workspace import Workspace
from peerdesk.storage import conflict_queries, content_table
from peerdesk.storage.tables import SPECS
from tests.support.replicas import apply, changes_lacking, make_replica, sync
from tests.support.vaults import make_group

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def state(ws: Workspace) -> dict[str, Any]:
    db = ws.vault.db
    records = {(spec.kind, rid): fields for spec in SPECS
               for rid, fields in content_table.contents(db, spec)}
    conflicts = sorted((c.id, c.kind, c.record_id, c.field, c.a_value, c.b_value, c.a_device,
                        c.b_device, c.a_stamp, c.b_stamp)
                       for c in conflict_queries.listed(db))
    flags = sorted((f.kind, f.record_id, f.flag, f.detail) for f in conflict_queries.flags(db))
    return {"records": records, "conflicts": conflicts, "flags": flags}


def test_the_same_changes_in_any_order_give_the_same_result(tmp_path: Path) -> None:
    group = make_group(tmp_path)
    s1 = group.session("a1", "asha", START)
    s2 = group.session("b1", "bala", START)
    s3 = group.session("a1", "asha", START.replace(hour=12))
    esc = group.ws.escalations.raise_({"advisee_id": group.id("a1"), "level": "high",
                                       "categories": ["self_harm_or_suicidal"],
                                       "description": "Worried."}).id
    group.ws.escalations.transition(esc, "acknowledged")
    second = make_replica(group, tmp_path, "second")
    third = make_replica(group, tmp_path, "third")
    fourth = make_replica(group, tmp_path, "fourth")
    one, two = group.ws, second.ws
    # concurrent work on the first two laptops
    one.sessions.update(s1, {"duration_minutes": 50})
    two.sessions.update(s1, {"channel": "video", "summary": "Second laptop's words."})
    one.sessions.update(s1, {"summary": "First laptop's words."})
    one.sessions.delete(s2)
    two.sessions.update(s2, {"duration_minutes": 15})
    two.sessions.update(s3, {"next_steps": "Ring on Monday."})
    one.escalations.transition(esc, "resolved", "Cleared.")
    two.escalations.transition(esc, "monitoring", "Watching.")
    two.escalations.add_note(esc, "Another call.")
    from_one = changes_lacking(one, third.ws)
    from_two = changes_lacking(two, third.ws)
    assert from_one and from_two
    # the two laptops meet
    sync(one, two)
    sync(two, one)
    # a third gets the second laptop's bundle first, then the first's
    apply(third.ws, from_two)
    apply(third.ws, from_one)
    # a fourth gets everything at once, shuffled, in one bundle, and then again
    everything = from_one + from_two
    random.Random(7).shuffle(everything)
    apply(fourth.ws, everything)
    apply(fourth.ws, everything)
    expected = state(one)
    assert expected["conflicts"] and expected["flags"]
    assert state(two) == expected
    assert state(third.ws) == expected
    assert state(fourth.ws) == expected
    for ws in (one, two, third.ws, fourth.ws):
        assert ws.verify().ok
