"""Sessions: log, correct, delete (tombstone), read, and list with lazy pages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_practice import Session
from peerdesk.domain.vocab import AdviseeStatus, Role
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import advisee_queries, codec, member_queries, records, session_queries
from peerdesk.storage.session_queries import SessionFilter, SessionRow

__all__ = ["SessionFilter", "SessionRow", "SessionService"]

R = Resource.SESSIONS
#: The length offered for an advisor who has not logged a session yet.
DEFAULT_SESSION_MINUTES = 45


class SessionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes ------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        values = dict(values)
        if Role.COORDINATOR not in ctx.actor.roles and not values.get("advisor_id"):
            values["advisor_id"] = ctx.actor.member_id
        if not ctx.allowed(Action.CREATE, R):  # an advisor: own sessions, own advisees
            advisee_id = str(values.get("advisee_id") or "")
            owns = values.get("advisor_id") == ctx.actor.member_id
            ctx.check(Action.CREATE, R,
                      assigned=owns and bool(advisee_id) and ctx.is_assigned(advisee_id))
        self._check_refs(values)
        session = validate.build_session(values, meta=ctx.new_meta(), now=ctx.now(), tz=ctx.tz)
        with ctx.write("session.created", "session", session.id,
                       {"advisee_id": session.advisee_id, "advisor_id": session.advisor_id,
                        "risk_noticed": session.risk_noticed}) as db:
            records.insert(db, session)
        return Change("session", "created", (session.id,), ctx.last_seq(), session)

    def update(self, session_id: str, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        old = self._get(session_id)
        ctx.check(Action.UPDATE, R, assigned=ctx.is_assigned(old.advisee_id))
        merged = {**_values(old), **dict(values)}
        self._check_refs(merged)
        new = validate.build_session(merged, meta=ctx.touched(old.meta), now=ctx.now(),
                                     tz=ctx.tz)
        with ctx.write("session.updated", "session", session_id, {}) as db:
            changed = records.update(db, old, new)
        if not changed:
            return Change("session", "unchanged", (session_id,), ctx.last_seq(), old)
        return Change("session", "updated", (session_id,), ctx.last_seq(), new)

    def delete(self, session_id: str) -> Change:
        ctx = self.ctx
        old = self._get(session_id)
        ctx.check(Action.DELETE, R, assigned=ctx.is_assigned(old.advisee_id))
        with ctx.write("session.deleted", "session", session_id, {}) as db:
            records.tombstone(db, Session, session_id, ctx.actor.member_id,
                              codec.iso_dt(ctx.now()))
        return Change("session", "deleted", (session_id,), ctx.last_seq())

    def _check_refs(self, values: Mapping[str, Any]) -> None:
        # Two small lookups, not the two whole records: this runs on every save.
        db = self.ctx.db
        advisee_id = str(values.get("advisee_id") or "")
        status = advisee_queries.status(db, advisee_id) if advisee_id else None
        if advisee_id and status is None:
            raise ValidationError(N_("That advisee does not exist."), "advisee_id")
        if status == AdviseeStatus.CLOSED.value:
            raise ValidationError(N_("That advisee's record is closed; reopen it first."),
                                  "advisee_id")
        advisor_id = str(values.get("advisor_id") or "")
        roles = member_queries.roles(db, advisor_id) if advisor_id else None
        if advisor_id and (roles is None or Role.ADVISOR.value not in roles):
            raise ValidationError(N_("Choose an advisor from the group."), "advisor_id")

    # -- reads -------------------------------------------------------------------------
    def _get(self, session_id: str) -> Session:
        session = records.get(self.ctx.db, Session, session_id)
        if session is None:
            raise NotFound("That session no longer exists.")
        return session

    def get(self, session_id: str) -> Session:
        ctx = self.ctx
        session = self._get(session_id)
        ctx.check(Action.READ, R, assigned=ctx.is_assigned(session.advisee_id))
        return session

    def history(self, session_id: str) -> list[dict[str, Any]]:
        self.get(session_id)
        return records.history(self.ctx.db, "session", session_id)

    def scoped(self, f: SessionFilter | None = None) -> SessionFilter:
        """The filter narrowed to what the actor may see."""
        ctx = self.ctx
        f = f or SessionFilter()
        if ctx.sees_all(R):
            return f
        if ctx.allowed(Action.READ, R, assigned=True):
            return replace(f, assigned_to=ctx.actor.member_id)
        raise PermissionDenied(N_("You cannot read sessions."))

    def list_ids(self, f: SessionFilter | None = None, *, order: str = "start",
                 descending: bool = True, limit: int = 1_000_000, offset: int = 0) -> list[str]:
        return session_queries.list_ids(self.ctx.db, self.scoped(f), order=order,
                                        descending=descending, limit=limit, offset=offset)

    def count(self, f: SessionFilter | None = None) -> int:
        return session_queries.count(self.ctx.db, self.scoped(f))

    def rows(self, ids: list[str]) -> list[SessionRow]:
        """Light rows for a list; ids outside the actor's scope are dropped."""
        rows = session_queries.rows(self.ctx.db, ids)
        if self.ctx.sees_all(R):
            return rows
        return [r for r in rows if self.ctx.is_assigned(r.advisee_id)]

    def defaults_for(self, advisee_id: str) -> dict[str, Any]:
        """Sensible defaults for logging a session afterwards: the advisor (the actor, or the
        advisee's assigned advisor), the advisee's last channel, the advisor's usual length
        (``DEFAULT_SESSION_MINUTES`` until they have logged one) and a start that long ago."""
        from peerdesk.domain.records_people import Advisee

        ctx = self.ctx
        advisee = records.get(ctx.db, Advisee, advisee_id, with_text=False)
        out: dict[str, Any] = {"advisee_id": advisee_id, "start": ctx.now(),
                               "duration_minutes": DEFAULT_SESSION_MINUTES}
        if advisee is None:
            return out
        channel = session_queries.last_channel(ctx.db, advisee_id)
        if channel:
            out["channel"] = channel
        if Role.COORDINATOR not in ctx.actor.roles:
            out["advisor_id"] = ctx.actor.member_id
        elif advisee.advisor_ids:
            out["advisor_id"] = sorted(advisee.advisor_ids)[0]
        if out.get("advisor_id"):
            usual = session_queries.usual_minutes(ctx.db, str(out["advisor_id"]))
            out["duration_minutes"] = usual or DEFAULT_SESSION_MINUTES
        out["start"] = ctx.now() - timedelta(minutes=int(out["duration_minutes"]))
        return out


def _values(session: Session) -> dict[str, Any]:
    return validate.form_values(session)
