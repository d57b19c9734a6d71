"""Supervision notes: written by supervisors about one advisor or a group of advisors.

A supervisor reads and manages every note. An advisor the note is about reads only the
shared part (:class:`SharedSupervisionView`: summary and actions, never the discussion
or training needs). A coordinator sees only that notes exist (dates and ids). Linking a
reflection marks it reviewed in the same transaction as the note, under one audit event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Member
from peerdesk.domain.records_practice import (
    Reflection,
    Session,
    SupervisionAction,
    SupervisionNote,
)
from peerdesk.domain.records_risk import Escalation
from peerdesk.domain.vocab import Role, SupervisionFormat
from peerdesk.errors import NotFound, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.services.reflections import review_versions, store_reviews
from peerdesk.storage import codec, records, supervision_queries
from peerdesk.storage.supervision_queries import CoverageRow, SupervisionFilter

R = Resource.SUPERVISION_NOTES


@dataclass(frozen=True)
class SharedSupervisionView:
    """What an advisor may read of a note about them."""

    id: str
    on: date
    format: SupervisionFormat
    supervisor_id: str
    shared_summary: str
    actions: tuple[SupervisionAction, ...]
    next_date: date | None


@dataclass(frozen=True)
class SupervisionExistence:
    """That a supervision note exists: all a coordinator may know about it."""

    note_id: str
    on: date
    format: SupervisionFormat
    supervisor_id: str
    advisor_ids: tuple[str, ...]
    next_date: date | None


@dataclass(frozen=True)
class ActionDue:
    note_id: str
    index: int  # position in the note's actions
    on: date  # date of the note
    text: str
    owner_id: str | None
    due: date | None
    done: bool


@dataclass(frozen=True)
class Coverage:
    advisor_id: str
    advisor_name: str
    supervised: bool  # at least one note about them in the period
    notes_in_period: int
    last_on: date | None  # last supervision on or before the end of the period


class SupervisionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes ------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        ctx.check(Action.CREATE, R)
        values = {"supervisor_id": ctx.actor.member_id, **dict(values)}
        note = validate.build_supervision_note(values, meta=ctx.new_meta(), now=ctx.now(),
                                               tz=ctx.tz)
        self._check_refs(note)
        reviews = self._reviews(note.reflection_ids)
        with ctx.write("supervision_note.created", "supervision_note", note.id,
                       _details(note, reviews)) as db:
            records.insert(db, note)
            supervision_queries.set_advisors(db, note.id, note.advisor_ids, note.on.isoformat())
            store_reviews(db, reviews)
        return Change("supervision_note", "created", (note.id,), ctx.last_seq(), note)

    def update(self, note_id: str, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        old = self._get(note_id)
        ctx.check(Action.UPDATE, R)
        new = validate.build_supervision_note({**validate.form_values(old), **dict(values)},
                                              meta=ctx.touched(old.meta), now=ctx.now(),
                                              tz=ctx.tz)
        self._check_refs(new)
        added = new.reflection_ids - old.reflection_ids
        reviews = self._reviews(added)
        with ctx.write("supervision_note.updated", "supervision_note", note_id,
                       _details(new, reviews)) as db:
            changed = records.update(db, old, new)
            if "advisor_ids" in changed or "on" in changed:
                supervision_queries.set_advisors(db, note_id, new.advisor_ids,
                                                 new.on.isoformat())
            store_reviews(db, reviews)
        return Change("supervision_note", "updated" if changed else "unchanged", (note_id,),
                      ctx.last_seq(), new)

    def delete(self, note_id: str) -> Change:
        ctx = self.ctx
        self._get(note_id)
        ctx.check(Action.DELETE, R)
        with ctx.write("supervision_note.deleted", "supervision_note", note_id, {}) as db:
            records.tombstone(db, SupervisionNote, note_id, ctx.actor.member_id,
                              codec.iso_dt(ctx.now()))
            supervision_queries.clear_advisors(db, note_id)
        return Change("supervision_note", "deleted", (note_id,), ctx.last_seq())

    def set_action_done(self, note_id: str, index: int, done: bool = True) -> Change:
        """Tick (or untick) one action. A supervisor: any action; an advisor: an action
        they own, in a note about them. Nothing else of the note changes."""
        ctx = self.ctx
        old = self._get(note_id)
        me = ctx.actor.member_id
        own = (self._about_me(old) and 0 <= index < len(old.actions)
               and old.actions[index].owner_id == me)
        ctx.check(Action.MARK_DONE, R, owns=own)
        if not 0 <= index < len(old.actions):
            raise ValidationError(N_("That action is not on this note."), "actions")
        actions = list(old.actions)
        actions[index] = replace(actions[index], done=bool(done))
        new = replace(old, meta=ctx.touched(old.meta), actions=tuple(actions))
        with ctx.write("supervision_note.action_done", "supervision_note", note_id,
                       {"index": index, "done": bool(done)}) as db:
            changed = records.update(db, old, new)
        return Change("supervision_note", "updated" if changed else "unchanged", (note_id,),
                      ctx.last_seq(), new)

    # -- helpers -----------------------------------------------------------------------
    def _reviews(self, ids: frozenset[str]) -> list[tuple[Reflection, Reflection]]:
        """Reviewed versions of the newly linked reflections that were not yet reviewed."""
        pairs = review_versions(self.ctx, self._reflections(ids))
        if pairs:
            self.ctx.check(Action.REVIEW, Resource.REFLECTIONS)
        return pairs

    def _reflections(self, ids: frozenset[str]) -> list[Reflection]:
        return records.get_many(self.ctx.db, Reflection, sorted(ids))

    def _check_refs(self, note: SupervisionNote) -> None:
        db = self.ctx.db
        supervisor = records.get(db, Member, note.supervisor_id, with_text=False)
        if supervisor is None or Role.SUPERVISOR not in supervisor.roles:
            raise ValidationError(N_("Choose a supervisor from the group."), "supervisor_id")
        advisors = records.get_many(db, Member, sorted(note.advisor_ids))
        if len(advisors) != len(note.advisor_ids) or any(
                Role.ADVISOR not in m.roles for m in advisors):
            raise ValidationError(N_("Choose advisors from the group."), "advisor_ids")
        sessions = records.get_many(db, Session, sorted(note.session_ids))
        if len(sessions) != len(note.session_ids):
            raise ValidationError(N_("Some linked sessions no longer exist."), "session_ids")
        if any(s.advisor_id not in note.advisor_ids for s in sessions):
            raise ValidationError(N_("Link only sessions of the advisors in this note."),
                                  "session_ids")
        reflections = self._reflections(note.reflection_ids)
        if len(reflections) != len(note.reflection_ids):
            raise ValidationError(N_("Some linked reflections no longer exist."), "reflection_ids")
        if any(r.author_id not in note.advisor_ids for r in reflections):
            raise ValidationError(N_("Link only reflections of the advisors in this note."),
                                  "reflection_ids")
        escalations = records.get_many(db, Escalation, sorted(note.escalation_ids))
        if len(escalations) != len(note.escalation_ids):
            raise ValidationError(N_("Some linked escalations no longer exist."), "escalation_ids")
        for action in note.actions:
            if action.owner_id is not None and action.owner_id not in {
                    note.supervisor_id, *note.advisor_ids}:
                raise ValidationError(N_("An action's owner must be the supervisor or an "
                                         "advisor in this note."), "actions")

    # -- reads -------------------------------------------------------------------------
    def _get(self, note_id: str, *, with_text: bool = True) -> SupervisionNote:
        note = records.get(self.ctx.db, SupervisionNote, note_id, with_text=with_text)
        if note is None:
            raise NotFound("That supervision note no longer exists.")
        return note

    def get(self, note_id: str) -> SupervisionNote:
        """The whole note (supervisors)."""
        head = self._get(note_id, with_text=False)
        self.ctx.check(Action.READ, R, owns=self._about_me(head))
        return self._get(note_id)

    def shared(self, note_id: str) -> SharedSupervisionView:
        """The shared part: for the advisors the note is about, and supervisors."""
        ctx = self.ctx
        head = self._get(note_id, with_text=False)
        ctx.check(Action.READ_SHARED, R, owns=self._about_me(head))
        return SharedSupervisionView(
            id=head.id, on=head.on, format=head.format, supervisor_id=head.supervisor_id,
            shared_summary=supervision_queries.shared_part(ctx.db, note_id),
            actions=head.actions, next_date=head.next_date)

    def view(self, note_id: str) -> SupervisionNote | SharedSupervisionView:
        """The most the actor may read: the whole note, or its shared part."""
        if self.ctx.allowed(Action.READ, R):
            return self.get(note_id)
        return self.shared(note_id)

    def history(self, note_id: str) -> list[dict[str, Any]]:
        self.get(note_id)
        return records.history(self.ctx.db, "supervision_note", note_id)

    def _about_me(self, note: SupervisionNote) -> bool:
        return self.ctx.actor.member_id in note.advisor_ids

    def _own_scope(self, advisor_id: str | None) -> str | None:
        """For readers of shared parts only: force (and check) ``advisor_id`` to be self."""
        ctx = self.ctx
        me = ctx.actor.member_id
        if advisor_id not in (None, me):
            ctx.check(Action.READ_SHARED, R, owns=False)
        ctx.check(Action.READ_SHARED, R, owns=True)
        return me

    def list_ids(self, f: SupervisionFilter | None = None, *, limit: int = 1_000_000,
                 offset: int = 0) -> list[str]:
        """Note ids, newest first: every note for a supervisor, notes about self for an
        advisor (who then reads them with :meth:`shared`)."""
        ctx = self.ctx
        f = f or SupervisionFilter()
        if not ctx.allowed(Action.READ, R):
            f = replace(f, advisor_id=self._own_scope(f.advisor_id))
        return supervision_queries.list_ids(ctx.db, f, limit=limit, offset=offset)

    def existence(self, advisor_id: str | None = None) -> list[SupervisionExistence]:
        """Dates and ids of notes (about ``advisor_id``, or all), newest first.

        Coordinators and supervisors: any advisor; an advisor: notes about themselves.
        """
        ctx = self.ctx
        if not ctx.allowed(Action.READ_EXISTENCE, R):
            advisor_id = self._own_scope(advisor_id)
        stubs = supervision_queries.stubs(ctx.db, SupervisionFilter(advisor_id=advisor_id))
        return [SupervisionExistence(
            s.note_id, date.fromisoformat(s.on), SupervisionFormat(s.format), s.supervisor_id,
            tuple(sorted(codec.decode(tuple[str, ...], s.advisor_ids))),
            None if s.next_date is None else date.fromisoformat(s.next_date))
            for s in stubs]

    def actions_due(self, advisor_id: str | None = None, *,
                    before: date | None = None) -> list[ActionDue]:
        """Open actions due before ``before`` (default: due any time up to today included),
        oldest first. A supervisor sees every action (or one advisor's); an advisor only
        actions in notes about them that are theirs or unowned."""
        ctx = self.ctx
        if not ctx.allowed(Action.READ, R):
            advisor_id = self._own_scope(advisor_id)
        if before is None:
            before = ctx.now().astimezone(ctx.tz).date() + timedelta(days=1)
        rows = supervision_queries.actions_due(ctx.db, before.isoformat(), advisor_id)
        return [ActionDue(r.note_id, r.index, date.fromisoformat(r.on), r.text, r.owner_id,
                          None if r.due is None else date.fromisoformat(r.due), r.done)
                for r in rows]

    def coverage(self, period_start: date, period_end: date, *, at: str | None = None
                 ) -> list[Coverage]:
        """For each active advisor: supervised in [start, end] or not, and when last. With
        ``at`` (UTC ISO text): for every advisor, from the notes entered before it."""
        ctx = self.ctx
        ctx.check(Action.READ_EXISTENCE, R)
        if period_end < period_start:
            raise ValidationError(N_("The period must end after it starts."), "period_end")
        rows: list[CoverageRow] = supervision_queries.coverage(
            ctx.db, period_start.isoformat(), period_end.isoformat(), at)
        return [Coverage(r.advisor_id, r.advisor_name, r.notes_in_period > 0,
                         r.notes_in_period,
                         None if r.last_on is None else date.fromisoformat(r.last_on))
                for r in rows]


def _details(note: SupervisionNote,
             reviews: list[tuple[Reflection, Reflection]]) -> dict[str, Any]:
    return {"advisor_ids": sorted(note.advisor_ids), "format": note.format.value,
            "reviewed_reflections": sorted(new.id for _, new in reviews)}

