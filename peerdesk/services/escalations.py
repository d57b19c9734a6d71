"""Risk escalations: raise, move through the states, notes, the disclosure log, lists.

Every move and every note is an append-only :class:`EscalationEvent`; the escalation row
holds the current state and the times derived from the events (``ack_due``,
``acknowledged_at``, ``closed_at``) so that lists and queues never read the events.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.escalation import ack_deadline, check_transition
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Advisee
from peerdesk.domain.records_risk import Disclosure, Escalation, EscalationEvent
from peerdesk.domain.vocab import ActionType, EscalationState, EventKind
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.services.import_claims import ImportClaims
from peerdesk.storage import codec, escalation_queries, records
from peerdesk.storage.escalation_queries import EscalationFilter, EscalationRow

R = Resource.ESCALATIONS
S = EscalationState


@dataclass(frozen=True)
class EscalationView:
    """One escalation with everything recorded about it (for the detail page)."""

    escalation: Escalation
    ack_due: datetime
    acknowledged_at: datetime | None
    closed_at: datetime | None
    overdue: bool
    events: tuple[EscalationEvent, ...]
    disclosures: tuple[Disclosure, ...]


@dataclass(frozen=True)
class TimelineEntry:
    """One line of an escalation's story, oldest first."""

    at: datetime
    kind: str  # "raised", "transition", "note", "action", "disclosure"
    by: str  # member id
    record_id: str
    from_state: str | None = None
    to_state: str | None = None
    action_type: str | None = None
    level: str | None = None
    text: str = ""  # the note, or for a disclosure "told whom: what was shared"
    advisee_knew: bool | None = None
    #: ``by`` is only what an import file said (see peerdesk.services.import_claims).
    by_claimed: bool = False


def _dt(value: Any) -> datetime | None:
    return None if value is None else codec.parse_dt(str(value))


class EscalationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes ------------------------------------------------------------------------
    def raise_(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        values = {"raised_at": ctx.now(), **dict(values), "state": S.OPEN,
                  "raised_by": ctx.actor.member_id}
        advisee_id = str(values.get("advisee_id") or "")
        ctx.check(Action.RAISE, R, assigned=bool(advisee_id) and ctx.is_assigned(advisee_id))
        advisee = records.get(ctx.db, Advisee, advisee_id, with_text=False)
        if advisee_id and advisee is None:
            raise ValidationError(N_("That advisee does not exist."), "advisee_id")
        if advisee is not None and self._erased(advisee_id):
            raise ValidationError(N_("That advisee's records were erased."), "advisee_id")
        esc = validate.build_escalation(values, meta=ctx.new_meta(), now=ctx.now())
        due = ack_deadline(esc.raised_at, esc.level, ctx.policy)
        with ctx.write("escalation.raised", "escalation", esc.id,
                       {"advisee_id": esc.advisee_id, "level": esc.level.value,
                        "categories": sorted(c.value for c in esc.categories)}) as db:
            records.insert(db, esc, extra={"ack_due": codec.iso_dt(due)})
        return Change("escalation", "created", (esc.id,), ctx.last_seq(), esc)

    def transition(self, escalation_id: str, to_state: EscalationState | str, note: str = "",
                   action_type: ActionType | str | None = None) -> Change:
        """Move the escalation to ``to_state``; moving to *action taken* needs the action."""
        ctx = self.ctx
        old = self._get(escalation_id)
        self._check_event_rights(old)
        try:
            target = EscalationState(to_state)
        except ValueError:
            raise ValidationError(N_("Choose a state for the escalation."), "to_state") from None
        check_transition(old.state, target, ctx.actor.roles)
        if target is S.CLOSED:
            ctx.check(Action.CLOSE, R)
        if target is S.ACTION_TAKEN and not action_type:
            raise ValidationError(N_("Choose the action taken."), "action_type")
        if target is not S.ACTION_TAKEN and action_type:
            raise ValidationError(N_("Only 'action taken' records an action."), "action_type")
        now = ctx.now()
        event = self._event(old.id, EventKind.TRANSITION, note, from_state=old.state,
                            to_state=target)
        action = (self._event(old.id, EventKind.ACTION, "", action_type=action_type)
                  if action_type else None)
        new = replace(old, meta=ctx.touched(old.meta), state=target)
        extra = records.extra_values(ctx.db, Escalation, old.id)
        changes: dict[str, Any] = {}
        if old.state is S.OPEN and extra.get("acknowledged_at") is None:
            changes["acknowledged_at"] = codec.iso_dt(now)
        if target is S.CLOSED:
            changes["closed_at"] = codec.iso_dt(now)
        elif old.state is S.CLOSED:
            changes["closed_at"] = None
        details: dict[str, Any] = {"from": old.state.value, "to": target.value}
        if action is not None and action.action_type is not None:
            details["action_type"] = action.action_type.value
        with ctx.write("escalation.transition", "escalation", old.id, details) as db:
            records.update(db, old, new, extra=changes)
            self._insert_event(db, event, old.advisee_id)
            if action is not None:
                self._insert_event(db, action, old.advisee_id)
        return Change("escalation", "transition", (old.id, event.id), ctx.last_seq(), new)

    def add_note(self, escalation_id: str, note: str) -> Change:
        ctx = self.ctx
        esc = self._get(escalation_id)
        self._check_event_rights(esc)
        event = self._event(esc.id, EventKind.NOTE, note)
        with ctx.write("escalation.note_added", "escalation", esc.id,
                       {"event_id": event.id}) as db:
            self._insert_event(db, event, esc.advisee_id)
        return Change("escalation_event", "created", (event.id, esc.id), ctx.last_seq(), event)

    def record_disclosure(self, escalation_id: str, values: Mapping[str, Any]) -> Change:
        """Log who was told what, why, and whether the advisee knew."""
        ctx = self.ctx
        esc = self._get(escalation_id)
        self._check_event_rights(esc)
        disclosure = validate.build_disclosure(
            {"at": ctx.now(), **dict(values), "escalation_id": esc.id},
            meta=ctx.new_meta(), now=ctx.now())
        with ctx.write("escalation.disclosure_logged", "escalation", esc.id,
                       {"disclosure_id": disclosure.id,
                        "advisee_knew": disclosure.advisee_knew}) as db:
            records.insert(db, disclosure)
        return Change("disclosure", "created", (disclosure.id, esc.id), ctx.last_seq(),
                      disclosure)

    def _event(self, escalation_id: str, kind: EventKind, note: str, *,
               from_state: EscalationState | None = None,
               to_state: EscalationState | None = None,
               action_type: ActionType | str | None = None) -> EscalationEvent:
        ctx = self.ctx
        return validate.build_event(
            {"escalation_id": escalation_id, "kind": kind, "at": ctx.now(),
             "by": ctx.actor.member_id or "recovery", "from_state": from_state,
             "to_state": to_state, "action_type": action_type, "note": note},
            meta=ctx.new_meta(), now=ctx.now())

    @staticmethod
    def _insert_event(db: Any, event: EscalationEvent, advisee_id: str) -> None:
        records.insert(db, event)
        records.set_search_scope(db, "escalation_event", event.id, advisee_id)

    def _check_event_rights(self, esc: Escalation) -> None:
        ctx = self.ctx
        if self._erased(esc.advisee_id):
            raise ValidationError(N_("That advisee's records were erased."))
        ctx.check(Action.ADD_EVENT, R, assigned=ctx.is_assigned(esc.advisee_id))

    def _erased(self, advisee_id: str) -> bool:
        from peerdesk.storage import erasure_queries

        return erasure_queries.is_erased(self.ctx.db, advisee_id)

    # -- reads -------------------------------------------------------------------------
    def _get(self, escalation_id: str) -> Escalation:
        esc = records.get(self.ctx.db, Escalation, escalation_id)
        if esc is None:
            raise NotFound("That escalation does not exist.")
        return esc

    def get(self, escalation_id: str) -> EscalationView:
        ctx = self.ctx
        esc = self._get(escalation_id)
        ctx.check(Action.READ, R, assigned=ctx.is_assigned(esc.advisee_id))
        db = ctx.db
        extra = records.extra_values(db, Escalation, esc.id)
        events = records.get_many(db, EscalationEvent, escalation_queries.event_ids(db, esc.id),
                                  with_text=True)
        disclosures = records.get_many(db, Disclosure,
                                       escalation_queries.disclosure_ids(db, esc.id),
                                       with_text=True)
        ack_due = codec.parse_dt(str(extra["ack_due"]))
        acknowledged = _dt(extra.get("acknowledged_at"))
        return EscalationView(
            escalation=esc, ack_due=ack_due, acknowledged_at=acknowledged,
            closed_at=_dt(extra.get("closed_at")),
            overdue=esc.state is S.OPEN and acknowledged is None and ctx.now() > ack_due,
            events=tuple(events), disclosures=tuple(disclosures))

    def timeline(self, escalation_id: str) -> list[TimelineEntry]:
        view = self.get(escalation_id)
        esc = view.escalation
        out = [TimelineEntry(at=esc.raised_at, kind="raised", by=esc.raised_by,
                             record_id=esc.id, to_state=S.OPEN.value, level=esc.level.value,
                             text=esc.description)]
        out += [TimelineEntry(at=e.at, kind=e.kind.value, by=e.by, record_id=e.id,
                              from_state=e.from_state.value if e.from_state else None,
                              to_state=e.to_state.value if e.to_state else None,
                              action_type=e.action_type.value if e.action_type else None,
                              text=e.note)
                for e in view.events]
        out += [TimelineEntry(at=d.at, kind="disclosure", by=d.meta.created_by,
                              record_id=d.id,
                              text=f"{d.told_whom}: {d.what_was_shared}",
                              advisee_knew=d.advisee_knew)
                for d in view.disclosures]
        claims = ImportClaims(self.ctx)
        claimed = set(claims.of("escalation", [esc.id])) | set(
            claims.of("escalation_event", [e.id for e in view.events]))
        out = [replace(t, by_claimed=True) if t.kind != "disclosure" and t.record_id in claimed
               else t for t in out]
        return sorted(out, key=lambda t: t.at)  # stable: same-time entries keep their order

    def scoped(self, f: EscalationFilter | None = None) -> EscalationFilter:
        """The filter narrowed to what the actor may see."""
        ctx = self.ctx
        f = f or EscalationFilter()
        if ctx.sees_all(R):
            return f
        if ctx.allowed(Action.READ, R, assigned=True):
            return replace(f, assigned_to=ctx.actor.member_id)
        raise PermissionDenied(N_("You cannot read escalations."))

    def rows(self, f: EscalationFilter | None = None, *, urgent_first: bool = False,
             limit: int = 100_000, offset: int = 0) -> list[EscalationRow]:
        return escalation_queries.rows(self.ctx.db, self.scoped(f), urgent_first=urgent_first,
                                       limit=limit, offset=offset)

    def count(self, f: EscalationFilter | None = None) -> int:
        return escalation_queries.count(self.ctx.db, self.scoped(f))

    def list_open(self) -> list[EscalationRow]:
        """Every escalation that is not closed, most urgent first."""
        return self.rows(EscalationFilter(active_only=True), urgent_first=True)

    def list_overdue(self) -> list[EscalationRow]:
        """Open, unacknowledged, and past the acknowledgement deadline (``now > ack_due``)."""
        return self.rows(EscalationFilter(overdue_at=codec.iso_dt(self.ctx.now())),
                         urgent_first=True)

    def list_by_advisee(self, advisee_id: str) -> list[EscalationRow]:
        return self.rows(EscalationFilter(advisee_id=advisee_id))

    def list_by_period(self, start: datetime, end: datetime) -> list[EscalationRow]:
        """Raised in ``[start, end)``."""
        return self.rows(EscalationFilter(raised_from=codec.iso_dt(start),
                                          raised_to=codec.iso_dt(end)))
