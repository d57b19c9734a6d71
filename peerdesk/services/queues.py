"""The home page: what needs the acting member today, by role.

Every list holds light rows (ids, codes, dates, levels; never note text), is scoped to
the actor (an advisor sees their own advisees, sessions, reflections and agreements),
and is capped at ``limit`` rows; ``counts`` has the full numbers for the badges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import EscalationState, Role
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, escalation_queries, queue_queries
from peerdesk.storage.escalation_queries import EscalationFilter, EscalationRow
from peerdesk.storage.queue_queries import (
    AgreementRow,
    FollowUpRow,
    NoContactRow,
    OwedRow,
    RequestRow,
)

REFLECTION_WINDOW_DAYS = 14
#: Escalations still being worked on: neither resolved nor closed.
IN_PROGRESS = tuple(s.value for s in EscalationState
                    if s not in {EscalationState.RESOLVED, EscalationState.CLOSED})
T = TypeVar("T")


@dataclass(frozen=True)
class Queues:
    overdue_escalations: list[EscalationRow] = field(default_factory=list)
    #: Not closed and not yet resolved (overdue ones included).
    open_escalations: list[EscalationRow] = field(default_factory=list)
    #: Resolved, waiting for a supervisor to close them.
    resolved_escalations: list[EscalationRow] = field(default_factory=list)
    supervision_requests: list[RequestRow] = field(default_factory=list)
    reflections_owed: list[OwedRow] = field(default_factory=list)
    agreements: list[AgreementRow] = field(default_factory=list)
    no_contact: list[NoContactRow] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    #: Full counts by list name (the lists above are capped).
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _counted(rows: list[T], limit: int, count: Callable[[], int]) -> tuple[list[T], int]:
    """A capped list and its full count: the count query runs only when the list is full
    (a shorter list is the whole of it), which spares Home most count queries."""
    return rows, (count() if len(rows) >= limit else len(rows))


class QueueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _scope(self, resource: Resource) -> tuple[bool, str | None]:
        """(may see any, member id to narrow to) for a resource read at assigned/own scope."""
        ctx = self.ctx
        if ctx.sees_all(resource):
            return True, None
        if ctx.allowed(Action.READ, resource, assigned=True, owns=True):
            return True, ctx.actor.member_id
        return False, None

    def today(self, *, limit: int = 100, now: datetime | None = None) -> Queues:
        ctx = self.ctx
        db = ctx.db
        now = now or ctx.now()
        today = now.astimezone(ctx.tz).date().isoformat()
        me = ctx.actor.member_id
        lists: dict[str, list[Any]] = {}
        counts: dict[str, int] = {}

        ok, narrow = self._scope(Resource.ESCALATIONS)
        if ok:
            for name, f in (
                ("overdue_escalations",
                 EscalationFilter(assigned_to=narrow, overdue_at=codec.iso_dt(now))),
                ("open_escalations", EscalationFilter(assigned_to=narrow, states=IN_PROGRESS)),
                ("resolved_escalations", EscalationFilter(
                    assigned_to=narrow, states=(EscalationState.RESOLVED.value,))),
            ):
                lists[name], counts[name] = _counted(
                    escalation_queries.rows(db, f, urgent_first=True, limit=limit), limit,
                    partial(escalation_queries.count, db, f))

        if ctx.sees_all(Resource.REFLECTIONS) or (
                Role.ADVISOR in ctx.actor.roles
                and ctx.allowed(Action.READ, Resource.REFLECTIONS, owns=True)):
            author = None if ctx.sees_all(Resource.REFLECTIONS) else me
            lists["supervision_requests"], counts["supervision_requests"] = _counted(
                queue_queries.supervision_requests(db, author, limit), limit,
                lambda: queue_queries.count_supervision_requests(db, author))

        if Role.ADVISOR in ctx.actor.roles and me:
            since = codec.iso_dt(now - timedelta(days=REFLECTION_WINDOW_DAYS))
            until = codec.iso_dt(now)
            lists["reflections_owed"], counts["reflections_owed"] = _counted(
                queue_queries.reflections_owed(db, me, since, until, limit), limit,
                lambda: queue_queries.count_reflections_owed(db, me, since, until))

        ok, narrow = self._scope(Resource.AGREEMENTS)
        if ok:
            lists["agreements"], counts["agreements"] = _counted(
                queue_queries.agreements_needing_attention(db, narrow, today, limit), limit,
                lambda: queue_queries.count_agreements_needing_attention(db, narrow, today))

        ok, narrow = self._scope(Resource.ADVISEES)
        if ok:
            from peerdesk.services.settings import SettingsService

            days = SettingsService(ctx).no_contact_days()
            cutoff = codec.iso_dt(now - timedelta(days=days))
            lists["no_contact"], counts["no_contact"] = _counted(
                queue_queries.no_contact(db, narrow, cutoff, limit), limit,
                lambda: queue_queries.count_no_contact(db, narrow, cutoff))

        ok, narrow = self._scope(Resource.SESSIONS)
        if ok:
            lists["follow_ups"], counts["follow_ups"] = _counted(
                queue_queries.follow_ups_due(db, narrow, today, limit), limit,
                lambda: queue_queries.count_follow_ups_due(db, narrow, today))

        return Queues(counts=counts, **lists)  # type: ignore[arg-type]
