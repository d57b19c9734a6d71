"""Reflections: written by the advisor after a session, read by its author and supervisors.

A coordinator sees only that a reflection exists (:meth:`ReflectionService.existence`).
A reflection can be changed by its author until a supervisor has reviewed it; reviewing
(directly, or by linking it from a supervision note) keeps the prior version in history.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_practice import Reflection, Session
from peerdesk.domain.vocab import SupervisionRequest
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, records, reflection_queries
from peerdesk.storage.database import Database
from peerdesk.storage.reflection_queries import ReflectionFilter, ReflectionRow

__all__ = ["ReflectionFilter", "ReflectionPresence", "ReflectionRow", "ReflectionService",
           "review_versions", "store_reviews"]

R = Resource.REFLECTIONS

#: Fields the author may not set or change: who wrote it, about what, and the review.
_FIXED = ("session_id", "author_id", "reviewed_at", "reviewed_by")


@dataclass(frozen=True)
class ReflectionPresence:
    """That a session has a reflection: all a coordinator may know about it."""

    session_id: str
    reflection_id: str
    supervision_request: SupervisionRequest
    reviewed: bool


class ReflectionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes ------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        """The acting advisor reflects on a session they were the advisor of."""
        ctx = self.ctx
        session_id = str(values.get("session_id") or "")
        session = records.get(ctx.db, Session, session_id, with_text=False) if session_id \
            else None
        owns = session is not None and session.advisor_id == ctx.actor.member_id
        ctx.check(Action.CREATE, R, owns=owns or session is None)
        if session is None:
            raise ValidationError(N_("Choose one of your sessions."), "session_id")
        if reflection_queries.id_for_session(ctx.db, session.id):
            raise ValidationError(N_("This session already has a reflection; open it to add "
                                     "to it."), "session_id")
        clean = {k: v for k, v in values.items() if k not in _FIXED}
        reflection = validate.build_reflection(
            {**clean, "session_id": session.id, "author_id": ctx.actor.member_id},
            meta=ctx.new_meta(), now=ctx.now())
        with ctx.write("reflection.created", "reflection", reflection.id,
                       {"session_id": session.id,
                        "supervision_request": reflection.supervision_request.value}) as db:
            records.insert(db, reflection)
        return Change("reflection", "created", (reflection.id,), ctx.last_seq(), reflection)

    def update(self, reflection_id: str, values: Mapping[str, Any]) -> Change:
        """The author edits their reflection, until a supervisor has reviewed it."""
        ctx = self.ctx
        old = self._get(reflection_id)
        ctx.check(Action.UPDATE, R, owns=old.author_id == ctx.actor.member_id)
        if old.author_id != ctx.actor.member_id:
            raise PermissionDenied(N_("You can only change your own reflections."))
        if old.reviewed_at is not None:
            raise PermissionDenied("A supervisor has reviewed this reflection; it can no "
                                   "longer be changed.")
        clean = {k: v for k, v in values.items() if k not in _FIXED}
        new = validate.build_reflection({**validate.form_values(old), **clean},
                                        meta=ctx.touched(old.meta), now=ctx.now())
        with ctx.write("reflection.updated", "reflection", reflection_id,
                       {"supervision_request": new.supervision_request.value}) as db:
            changed = records.update(db, old, new)
        return Change("reflection", "updated" if changed else "unchanged", (reflection_id,),
                      ctx.last_seq(), new)

    def mark_reviewed(self, reflection_ids: Sequence[str]) -> Change:
        """A supervisor marks reflections reviewed (one transaction, one audit event)."""
        ctx = self.ctx
        ctx.check(Action.REVIEW, R)
        ids = list(dict.fromkeys(reflection_ids))
        found = records.get_many(ctx.db, Reflection, ids)
        if len(found) != len(ids):
            raise NotFound("Some of those reflections no longer exist.")
        pairs = review_versions(ctx, found)
        if not pairs:
            return Change("reflection", "unchanged", tuple(ids), ctx.last_seq())
        done = tuple(new.id for _, new in pairs)
        with ctx.write("reflection.reviewed", "reflection", done[0],
                       {"reflection_ids": list(done)}) as db:
            store_reviews(db, pairs)
        return Change("reflection", "reviewed", done, ctx.last_seq())

    # -- reads -------------------------------------------------------------------------
    def _get(self, reflection_id: str) -> Reflection:
        reflection = records.get(self.ctx.db, Reflection, reflection_id)
        if reflection is None:
            raise NotFound("That reflection no longer exists.")
        return reflection

    def get(self, reflection_id: str) -> Reflection:
        """The whole reflection: its author or a supervisor only."""
        ctx = self.ctx
        head = records.get(ctx.db, Reflection, reflection_id, with_text=False)
        if head is None:
            raise NotFound("That reflection no longer exists.")
        ctx.check(Action.READ, R, owns=head.author_id == ctx.actor.member_id)
        return self._get(reflection_id)

    def history(self, reflection_id: str) -> list[dict[str, Any]]:
        self.get(reflection_id)
        return records.history(self.ctx.db, "reflection", reflection_id)

    def for_session(self, session_id: str) -> Reflection | None:
        """The reflection on a session, if the actor may read it (else PermissionDenied)."""
        reflection_id = reflection_queries.id_for_session(self.ctx.db, session_id)
        if reflection_id is None:
            return None
        try:
            return self.get(reflection_id)
        except NotFound:
            return None

    def existence(self, session_ids: Sequence[str]) -> list[ReflectionPresence]:
        """Which sessions have a reflection, its request level and whether it was reviewed.

        Coordinators and supervisors see this for every session; an advisor for their own
        reflections only.
        """
        ctx = self.ctx
        rows = reflection_queries.presence(ctx.db, session_ids)
        if not ctx.allowed(Action.READ_EXISTENCE, R):
            ctx.check(Action.READ_EXISTENCE, R, owns=True)
            rows = [r for r in rows if r.author_id == ctx.actor.member_id]
        return [ReflectionPresence(r.session_id, r.reflection_id,
                                   SupervisionRequest(r.supervision_request), r.reviewed)
                for r in rows]

    def scoped(self, f: ReflectionFilter | None = None) -> ReflectionFilter:
        """The filter narrowed to what the actor may read (supervisor: all; advisor: own)."""
        ctx = self.ctx
        f = f or ReflectionFilter()
        if ctx.sees_all(R):
            return f
        if ctx.allowed(Action.READ, R, owns=True):
            return replace(f, author_id=ctx.actor.member_id)
        raise PermissionDenied("Only the author and supervisors can read reflections; "
                               "you can see which sessions have one.")

    def list_ids(self, f: ReflectionFilter | None = None, *, order: str = "created",
                 descending: bool = True, limit: int = 1_000_000,
                 offset: int = 0) -> list[str]:
        return reflection_queries.list_ids(self.ctx.db, self.scoped(f), order=order,
                                           descending=descending, limit=limit, offset=offset)

    def count(self, f: ReflectionFilter | None = None) -> int:
        return reflection_queries.count(self.ctx.db, self.scoped(f))

    def rows(self, ids: list[str]) -> list[ReflectionRow]:
        """Light rows (no text) for a list; ids outside the actor's scope are dropped."""
        scope = self.scoped()
        found = reflection_queries.rows(self.ctx.db, ids)
        if scope.author_id is None:
            return found
        return [r for r in found if r.author_id == scope.author_id]

    def mine(self, *, limit: int = 1_000_000, offset: int = 0) -> list[str]:
        """The acting advisor's own reflections, newest first."""
        ctx = self.ctx
        ctx.check(Action.READ, R, owns=True)
        return reflection_queries.list_ids(
            ctx.db, ReflectionFilter(author_id=ctx.actor.member_id), limit=limit, offset=offset)

    def queue(self, *, advisor_id: str | None = None, limit: int = 1_000_000) -> list[str]:
        """A supervisor's queue: unreviewed reflections asking for supervision, urgent first."""
        self.ctx.check(Action.REVIEW, R)
        f = ReflectionFilter(author_id=advisor_id, unreviewed=True,
                             requests=(SupervisionRequest.URGENT.value,
                                       SupervisionRequest.ROUTINE.value))
        return reflection_queries.list_ids(self.ctx.db, f, order="request", limit=limit)

    def owed(self, advisor_id: str, within_hours: int | None = 48) -> list[str]:
        """Session ids of ``advisor_id`` with no reflection yet, newest first.

        Only sessions that started in the last ``within_hours`` hours (None: any time up
        to now). An advisor may ask about themselves; coordinators and supervisors about
        anyone (this reveals existence only).
        """
        ctx = self.ctx
        ctx.check(Action.READ_EXISTENCE, R, owns=advisor_id == ctx.actor.member_id)
        now = ctx.now()
        since = "" if within_hours is None else codec.iso_dt(now - timedelta(hours=within_hours))
        return reflection_queries.owed(ctx.db, advisor_id, since, codec.iso_dt(now))


# -- reviewing, shared with supervision notes -----------------------------------------------
def review_versions(ctx: ServiceContext,
                    reflections: Iterable[Reflection]) -> list[tuple[Reflection, Reflection]]:
    """(old, reviewed) versions of the not-yet-reviewed ``reflections``."""
    now = ctx.now()
    by = ctx.actor.member_id
    return [(r, replace(r, meta=ctx.touched(r.meta), reviewed_at=now, reviewed_by=by))
            for r in reflections if r.reviewed_at is None]


def store_reviews(db: Database, pairs: Iterable[tuple[Reflection, Reflection]]) -> None:
    """Store reviewed versions inside the caller's transaction (history kept)."""
    for old, new in pairs:
        records.update(db, old, new)
