"""Advisees: pseudonymous codes, consent, status, assigned advisors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.codes import next_code
from peerdesk.domain.message import Message
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Advisee, Member
from peerdesk.domain.vocab import AdviseeStatus, Role
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import advisee_queries, codec, records

R = Resource.ADVISEES


class AdviseeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def next_code(self) -> str:
        return next_code(advisee_queries.codes(self.ctx.db))

    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        ctx.check(Action.CREATE, R)
        values = {"status": AdviseeStatus.ACTIVE, **dict(values)}
        if not values.get("code"):
            values["code"] = self.next_code()
        self._check_advisors(values.get("advisor_ids") or ())
        advisee = validate.build_advisee(values, meta=ctx.new_meta(), now=ctx.now(), tz=ctx.tz)
        if advisee_queries.id_for_code(ctx.db, advisee.code):
            raise ValidationError(N_("Another advisee already has that code."), "code")
        with ctx.write("advisee.created", "advisee", advisee.id,
                       {"code": advisee.code}) as db:
            records.insert(db, advisee)
            advisee_queries.set_advisors(db, advisee.id, advisee.advisor_ids)
        return Change("advisee", "created", (advisee.id,), ctx.last_seq(), advisee)

    def update(self, advisee_id: str, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        old = self._get(advisee_id)
        ctx.check(Action.UPDATE, R, assigned=ctx.is_assigned(advisee_id))
        merged = {**validate.form_values(old), **dict(values)}
        if merged.get("code") != old.code:
            other = advisee_queries.id_for_code(ctx.db, str(merged.get("code") or ""))
            if other and other != advisee_id:
                raise ValidationError(N_("Another advisee already has that code."), "code")
        self._check_advisors(merged.get("advisor_ids") or ())
        new = validate.build_advisee(merged, meta=ctx.touched(old.meta), now=ctx.now(),
                                     tz=ctx.tz)
        with ctx.write("advisee.updated", "advisee", advisee_id, {}) as db:
            changed = records.update(db, old, new)
            if "advisor_ids" in changed:
                advisee_queries.set_advisors(db, advisee_id, new.advisor_ids)
        return Change("advisee", "updated" if changed else "unchanged", (advisee_id,),
                      ctx.last_seq(), new)

    def delete(self, advisee_id: str) -> Change:
        ctx = self.ctx
        self._get(advisee_id)
        ctx.check(Action.DELETE, R)
        with ctx.write("advisee.deleted", "advisee", advisee_id, {}) as db:
            records.tombstone(db, Advisee, advisee_id, ctx.actor.member_id,
                              codec.iso_dt(ctx.now()))
        return Change("advisee", "deleted", (advisee_id,), ctx.last_seq())

    def _check_advisors(self, advisor_ids: Any) -> None:
        if isinstance(advisor_ids, str):
            advisor_ids = [advisor_ids]
        for member in records.get_many(self.ctx.db, Member, list(advisor_ids)):
            if Role.ADVISOR not in member.roles:
                raise ValidationError(Message(N_("{name} is not an advisor."),
                                              name=member.display_name), "advisor_ids")
        if len(records.get_many(self.ctx.db, Member, list(advisor_ids))) != len(set(advisor_ids)):
            raise ValidationError(N_("Choose advisors from the group."), "advisor_ids")

    # -- reads -------------------------------------------------------------------------
    def _get(self, advisee_id: str) -> Advisee:
        advisee = records.get(self.ctx.db, Advisee, advisee_id)
        if advisee is None:
            raise NotFound("That advisee no longer exists.")
        return advisee

    def get(self, advisee_id: str) -> Advisee:
        ctx = self.ctx
        advisee = self._get(advisee_id)
        ctx.check(Action.READ, R, assigned=ctx.is_assigned(advisee_id))
        return advisee

    def by_code(self, code: str) -> Advisee:
        advisee_id = advisee_queries.id_for_code(self.ctx.db, code.strip().upper())
        if advisee_id is None:
            raise NotFound(Message(N_("No advisee with code {code}."),
                                   code=code.strip().upper()[:20]))
        return self.get(advisee_id)

    def history(self, advisee_id: str) -> list[dict[str, Any]]:
        self.get(advisee_id)
        return records.history(self.ctx.db, "advisee", advisee_id)

    def _scope(self) -> str | None:
        ctx = self.ctx
        if ctx.sees_all(R):
            return None
        if ctx.allowed(Action.READ, R, assigned=True):
            return ctx.actor.member_id
        raise PermissionDenied(N_("You cannot read advisees."))

    def list_ids(self, *, status: str | None = None, code_prefix: str | None = None,
                 limit: int = 100_000, offset: int = 0) -> list[str]:
        return advisee_queries.list_ids(self.ctx.db, advisor_id=self._scope(), status=status,
                                        code_prefix=code_prefix, limit=limit, offset=offset)

    def fetch(self, ids: list[str] | None = None, *, with_text: bool = False) -> list[Advisee]:
        """Advisees without their personal text unless asked (names, contact)."""
        ids = self.list_ids() if ids is None else ids
        found = records.get_many(self.ctx.db, Advisee, ids, with_text=with_text)
        scope = self._scope()
        if scope is None:
            return found
        return [a for a in found if scope in a.advisor_ids]

    def picker(self) -> list[tuple[str, str, str]]:
        """(id, code, advisor ids) for a type-ahead picker, scoped to the actor."""
        return advisee_queries.picker(self.ctx.db, self._scope())

    def no_contact_since(self, cutoff_iso: str) -> list[str]:
        return advisee_queries.no_contact_since(self.ctx.db, cutoff_iso, self._scope())
