"""A closure racing a new escalation event: reopened to monitoring (docs/exchange.md).

An escalation resolved or closed on one laptop while another laptop recorded a new event on
it (a note, an action, a disclosure) is not settled: the other laptop was still working on
it. The event counts as racing the closure when it was made on another laptop at a later
clock stamp than the change that closed it (that laptop could not be answering the
closure). Whichever of the two arrives first, the escalation ends the same on every laptop:
as the closure left it, but in monitoring, with no closing time, and a supervisor review
flag. Never an automatic close.
"""

from __future__ import annotations

from typing import Any

from peerdesk.domain import merge
from peerdesk.domain.merge import closure_racing_event
from peerdesk.domain.vocab import EscalationState
from peerdesk.storage import apply_fact_queries, conflict_queries, content_table, record_content
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND

_CLOSED = frozenset({EscalationState.RESOLVED.value, EscalationState.CLOSED.value})


def after_write(db: Database, kind: str, fields: dict[str, Any], now: str) -> str | None:
    """Called after a received record was written; returns the escalation id it reopened."""
    if kind == "escalation_event":
        escalation = str(fields.get("escalation_id", ""))
    elif kind == "escalation":
        escalation = str(fields["id"])
    else:
        return None
    current = dict(content_table.contents(db, BY_KIND["escalation"], [escalation]))
    esc = current.get(escalation)
    if esc is None or esc.get("state") not in _CLOSED:
        return None
    closing = apply_fact_queries.closing_change(db, escalation, str(esc["state"]))
    if closing is None:
        return None
    stamp, device = closing
    if not apply_fact_queries.events_after(db, escalation, stamp, device):
        return None
    reopened = dict(esc)
    reopened["state"] = closure_racing_event(EscalationState(str(esc["state"]))).value
    reopened.pop("closed_at", None)
    record_content.write(db, "escalation", reopened, esc)
    conflict_queries.flag(db, "escalation", escalation, merge.REVIEW, "closure raced an event",
                          now)
    return escalation
