"""The storage-only columns of imported escalations, derived from their events.

The escalation list reads the acknowledgement deadline and the acknowledged and closed
times from columns of ``escalations`` instead of the events; an import that does not
carry them (in ``_storage``) gets them computed here, as the escalation service would.
"""

from __future__ import annotations

from typing import Any

from peerdesk.domain.escalation import GroupPolicy, ack_deadline
from peerdesk.domain.vocab import EscalationState, EventKind
from peerdesk.services.import_validation import Batch
from peerdesk.storage import codec


def derive_escalation_columns(batch: Batch, policy: GroupPolicy) -> None:
    """Deadlines and milestones the escalation list reads without the events."""
    events: dict[str, list[Any]] = {}
    for ev in batch.built.get("escalation_event", []):
        events.setdefault(getattr(ev, "escalation_id", ""), []).append(ev)
    stored = batch.storage.setdefault("escalation", {})
    for esc in batch.built.get("escalation", []):
        extra = stored.setdefault(esc.id, {})
        own = sorted(events.get(esc.id, []), key=lambda e: e.at)
        if not extra.get("ack_due"):
            extra["ack_due"] = codec.iso_dt(
                ack_deadline(getattr(esc, "raised_at"), getattr(esc, "level"),  # noqa: B009
                             policy))
        if "acknowledged_at" not in extra:
            extra["acknowledged_at"] = next(
                (codec.iso_dt(e.at) for e in own if e.kind is EventKind.TRANSITION
                 and e.from_state is EscalationState.OPEN), None)
        if "closed_at" not in extra:
            closed = [e for e in own if e.kind is EventKind.TRANSITION
                      and e.to_state is EscalationState.CLOSED]
            is_closed = getattr(esc, "state", None) is EscalationState.CLOSED
            extra["closed_at"] = (codec.iso_dt(closed[-1].at) if closed and is_closed
                                  else None)
