"""Boundary agreements: terms per advisor–advisee pair, acknowledgements, review, breaches
and drift alerts computed from the pair's sessions (loaded without their text).

Who may do what (docs/permissions.md): a coordinator manages agreements and records the advisee's
acknowledgement; the advisor of an agreement reads it and acknowledges it; a supervisor
reads every agreement and reviews (status changes, breaches).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from peerdesk.domain import validate
from peerdesk.domain.drift import DriftAlert, DriftKind, drift_alerts
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Advisee, Member
from peerdesk.domain.records_practice import BoundaryAgreement, Breach, Session
from peerdesk.domain.vocab import AckMethod, AgreementStatus, Role
from peerdesk.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import agreement_queries, codec, records
from peerdesk.storage.agreement_queries import AgreementFilter, AgreementRow

R = Resource.AGREEMENTS
S = AgreementStatus

#: Acknowledgements have their own calls; create/update keep them as they are.
_ACK_FIELDS = ("advisee_ack_date", "advisee_ack_how", "advisor_ack_date")
_LIVE = frozenset({S.ACTIVE, S.UNDER_REVIEW})

#: Status changes: a draft becomes active; an active agreement goes under review and back;
#: anything not yet ended may end. An ended agreement stays ended (write a new one).
TRANSITIONS: Mapping[AgreementStatus, frozenset[AgreementStatus]] = {
    S.DRAFT: frozenset({S.ACTIVE, S.ENDED}),
    S.ACTIVE: frozenset({S.UNDER_REVIEW, S.ENDED}),
    S.UNDER_REVIEW: frozenset({S.ACTIVE, S.ENDED}),
    S.ENDED: frozenset(),
}

#: Alerts that come from sessions (as opposed to dates and acknowledgements).
SESSION_DRIFT = frozenset({
    DriftKind.OVER_MONTHLY_CAP, DriftKind.OUTSIDE_CONTACT_DAYS,
    DriftKind.OUTSIDE_CONTACT_HOURS, DriftKind.CHANNEL_NOT_AGREED, DriftKind.SESSION_TOO_LONG,
})


@dataclass(frozen=True)
class AttentionItem:
    """One entry of the "needs attention" queue; ``detail`` never holds names or text."""

    kind: str  # "review_overdue" | "not_acknowledged" | "drift" | "missing"
    advisee_id: str
    advisor_id: str
    agreement_id: str | None = None
    detail: str = ""
    alerts: tuple[DriftAlert, ...] = ()


class AgreementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- writes ------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        ctx.check(Action.CREATE, R)
        clean = {k: v for k, v in values.items() if k not in _ACK_FIELDS}
        agreement = validate.build_agreement({"status": S.DRAFT, **clean},
                                             meta=ctx.new_meta(), now=ctx.now(), tz=ctx.tz)
        self._check_refs(agreement)
        self._check_one_live(agreement)
        with ctx.write("agreement.created", "agreement", agreement.id,
                       _details(agreement)) as db:
            records.insert(db, agreement)
        return Change("agreement", "created", (agreement.id,), ctx.last_seq(), agreement)

    def update(self, agreement_id: str, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        old = self._get(agreement_id)
        ctx.check(Action.UPDATE, R)
        clean = {k: v for k, v in values.items() if k not in _ACK_FIELDS}
        new = self._build(old, clean)
        if new.status is not old.status:
            self._check_transition(old, new.status)
        if (new.advisor_id, new.advisee_id) != (old.advisor_id, old.advisee_id):
            self._check_refs(new)
        self._check_one_live(new)
        return self._store("agreement.updated", "updated", old, new)

    def delete(self, agreement_id: str) -> Change:
        ctx = self.ctx
        self._get(agreement_id)
        ctx.check(Action.DELETE, R)
        with ctx.write("agreement.deleted", "agreement", agreement_id, {}) as db:
            records.tombstone(db, BoundaryAgreement, agreement_id, ctx.actor.member_id,
                              codec.iso_dt(ctx.now()))
        return Change("agreement", "deleted", (agreement_id,), ctx.last_seq())

    def acknowledge_advisee(self, agreement_id: str, on: date | str,
                            how: AckMethod | str) -> Change:
        """Record when and how the advisee acknowledged the agreement (coordinator)."""
        ctx = self.ctx
        old = self._get(agreement_id)
        ctx.check(Action.UPDATE, R)
        self._refuse_if_ended(old, "advisee_ack_date")
        new = self._build(old, {"advisee_ack_date": on, "advisee_ack_how": how})
        return self._store("agreement.acknowledged", "acknowledged", old, new,
                           {"by": "advisee"})

    def acknowledge_advisor(self, agreement_id: str, on: date | str) -> Change:
        """The advisor of the agreement acknowledges it."""
        ctx = self.ctx
        old = self._get(agreement_id)
        ctx.check(Action.ACKNOWLEDGE, R, owns=old.advisor_id == ctx.actor.member_id)
        if old.advisor_id != ctx.actor.member_id:
            raise PermissionDenied("Only the advisor of this agreement can acknowledge it.")
        self._refuse_if_ended(old, "advisor_ack_date")
        new = self._build(old, {"advisor_ack_date": on})
        return self._store("agreement.acknowledged", "acknowledged", old, new,
                           {"by": "advisor"})

    def set_status(self, agreement_id: str, status: AgreementStatus | str, *,
                   review_date: date | str | None = None,
                   end_date: date | str | None = None) -> Change:
        """Change the status (supervisor review, or the coordinator who manages it).

        ``review_date`` sets the next review (e.g. when a review ends and the agreement
        is active again); ``end_date`` is needed to end an agreement that has none.
        """
        ctx = self.ctx
        old = self._get(agreement_id)
        if not ctx.allowed(Action.UPDATE, R):
            ctx.check(Action.REVIEW, R)
        try:
            target = S(status)
        except ValueError:
            raise ValidationError(N_("Choose a status from the list."), "status") from None
        self._check_transition(old, target)
        values: dict[str, Any] = {"status": target}
        if review_date is not None:
            values["review_date"] = review_date
        if end_date is not None:
            values["end_date"] = end_date
        new = self._build(old, values)
        self._check_one_live(new)
        return self._store("agreement.status_changed", "transition", old, new)

    def start_review(self, agreement_id: str) -> Change:
        return self.set_status(agreement_id, S.UNDER_REVIEW)

    def log_breach(self, agreement_id: str, values: Mapping[str, Any]) -> Change:
        """Record a breach of an agreement (coordinator or supervisor)."""
        ctx = self.ctx
        self._get(agreement_id)
        if not ctx.allowed(Action.UPDATE, R):
            ctx.check(Action.REVIEW, R)
        breach = validate.build_breach({**values, "agreement_id": agreement_id},
                                       meta=ctx.new_meta(), now=ctx.now())
        with ctx.write("breach.logged", "breach", breach.id,
                       {"agreement_id": agreement_id, "kind": breach.kind.value}) as db:
            records.insert(db, breach)
        return Change("breach", "created", (breach.id,), ctx.last_seq(), breach)

    # -- helpers -----------------------------------------------------------------------
    def _build(self, old: BoundaryAgreement, values: Mapping[str, Any]) -> BoundaryAgreement:
        ctx = self.ctx
        return validate.build_agreement({**validate.form_values(old), **dict(values)},
                                        meta=ctx.touched(old.meta), now=ctx.now(), tz=ctx.tz)

    def _store(self, action: str, op: str, old: BoundaryAgreement, new: BoundaryAgreement,
               extra: dict[str, Any] | None = None) -> Change:
        ctx = self.ctx
        with ctx.write(action, "agreement", old.id, {**_details(new), **(extra or {})}) as db:
            changed = records.update(db, old, new)
        return Change("agreement", op if changed else "unchanged", (old.id,), ctx.last_seq(),
                      new)

    def _check_refs(self, agreement: BoundaryAgreement) -> None:
        db = self.ctx.db
        advisor = records.get(db, Member, agreement.advisor_id, with_text=False)
        if advisor is None or Role.ADVISOR not in advisor.roles:
            raise ValidationError(N_("Choose an advisor from the group."), "advisor_id")
        if records.get(db, Advisee, agreement.advisee_id, with_text=False) is None:
            raise ValidationError(N_("That advisee does not exist."), "advisee_id")

    def _check_one_live(self, agreement: BoundaryAgreement) -> None:
        if agreement.status not in _LIVE:
            return
        others = [i for i in agreement_queries.live_for_pair(
            self.ctx.db, agreement.advisor_id, agreement.advisee_id) if i != agreement.id]
        if others:
            raise ValidationError(N_("This advisor and advisee already have an agreement in "
                                     "force; end it first."), "status")

    @staticmethod
    def _check_transition(old: BoundaryAgreement, target: AgreementStatus) -> None:
        if target is old.status:
            return
        if target not in TRANSITIONS[old.status]:
            raise InvalidTransition(f"An agreement cannot go from {old.status.value} to "
                                    f"{target.value}.")

    @staticmethod
    def _refuse_if_ended(old: BoundaryAgreement, field: str) -> None:
        if old.status is S.ENDED:
            raise ValidationError(N_("This agreement has ended."), field)

    # -- reads -------------------------------------------------------------------------
    def _get(self, agreement_id: str, *, with_text: bool = True) -> BoundaryAgreement:
        agreement = records.get(self.ctx.db, BoundaryAgreement, agreement_id,
                                with_text=with_text)
        if agreement is None:
            raise NotFound("That agreement no longer exists.")
        return agreement

    def _readable(self, agreement_id: str, *, with_text: bool) -> BoundaryAgreement:
        ctx = self.ctx
        agreement = self._get(agreement_id, with_text=with_text)
        ctx.check(Action.READ, R, owns=agreement.advisor_id == ctx.actor.member_id)
        return agreement

    def get(self, agreement_id: str) -> BoundaryAgreement:
        return self._readable(agreement_id, with_text=True)

    def history(self, agreement_id: str) -> list[dict[str, Any]]:
        self.get(agreement_id)
        return records.history(self.ctx.db, "agreement", agreement_id)

    def _scope(self) -> str | None:
        """None when the actor reads every agreement, else their own member id."""
        ctx = self.ctx
        if ctx.sees_all(R):
            return None
        if ctx.allowed(Action.READ, R, owns=True):
            return ctx.actor.member_id
        raise PermissionDenied(N_("You cannot read boundary agreements."))

    def scoped(self, f: AgreementFilter | None = None) -> AgreementFilter:
        f = f or AgreementFilter()
        scope = self._scope()
        if scope is None:
            return f
        if f.advisor_id and f.advisor_id != scope:
            return AgreementFilter(advisor_id=scope, advisee_id=f.advisee_id,
                                   statuses=())  # someone else's: nothing
        return AgreementFilter(advisor_id=scope, advisee_id=f.advisee_id, statuses=f.statuses)

    def list_ids(self, f: AgreementFilter | None = None, *, limit: int = 1_000_000,
                 offset: int = 0) -> list[str]:
        return agreement_queries.list_ids(self.ctx.db, self.scoped(f), limit=limit,
                                          offset=offset)

    def count(self, f: AgreementFilter | None = None) -> int:
        return agreement_queries.count(self.ctx.db, self.scoped(f))

    def rows(self, ids: list[str]) -> list[AgreementRow]:
        scope = self._scope()
        found = agreement_queries.rows(self.ctx.db, ids)
        return found if scope is None else [r for r in found if r.advisor_id == scope]

    def breaches(self, agreement_id: str) -> list[Breach]:
        """Breaches of an agreement, oldest first (readers of the agreement)."""
        self._readable(agreement_id, with_text=False)
        ids = agreement_queries.breach_ids(self.ctx.db, agreement_id)
        return records.get_many(self.ctx.db, Breach, ids, with_text=True)

    # -- drift -------------------------------------------------------------------------
    def _alerts(self, agreement: BoundaryAgreement) -> list[DriftAlert]:
        ctx = self.ctx
        # A day's margin either side in UTC; drift_alerts keeps local dates in the period.
        start = datetime.combine(agreement.start_date - timedelta(days=1), time(), ctx.tz)
        end = None if agreement.end_date is None else codec.iso_dt(
            datetime.combine(agreement.end_date + timedelta(days=2), time(), ctx.tz))
        ids = agreement_queries.pair_session_ids(ctx.db, agreement.advisor_id,
                                                 agreement.advisee_id, codec.iso_dt(start),
                                                 end)
        sessions = records.get_many(ctx.db, Session, ids, with_text=False)
        return drift_alerts(agreement, sessions, tz=ctx.tz, now=ctx.now())

    def drift(self, agreement_id: str) -> list[DriftAlert]:
        return self._alerts(self._readable(agreement_id, with_text=False))

    def _drift_for(self, f: AgreementFilter) -> dict[str, list[DriftAlert]]:
        ids = self.list_ids(f)
        agreements = records.get_many(self.ctx.db, BoundaryAgreement, ids, with_text=False)
        out: dict[str, list[DriftAlert]] = {}
        for agreement in agreements:
            alerts = self._alerts(agreement)
            if alerts:
                out[agreement.id] = alerts
        return out

    def drift_for_advisor(self, advisor_id: str) -> dict[str, list[DriftAlert]]:
        """Alerts of the advisor's agreements in force, by agreement id (only those with any)."""
        ctx = self.ctx
        ctx.check(Action.READ, R, owns=advisor_id == ctx.actor.member_id)
        return self._drift_for(AgreementFilter(advisor_id=advisor_id,
                                               statuses=agreement_queries.LIVE))

    def drift_for_advisee(self, advisee_id: str) -> dict[str, list[DriftAlert]]:
        """Alerts of the advisee's agreements in force (an advisor: only their own)."""
        return self._drift_for(AgreementFilter(advisee_id=advisee_id,
                                               statuses=agreement_queries.LIVE))

    def needing_attention(self) -> list[AttentionItem]:
        """Agreements past their review date, not acknowledged, or drifting; and pairs with
        sessions but no agreement in force ("missing"). An advisor sees their own only."""
        ctx = self.ctx
        scope = self._scope()
        db = ctx.db
        today = ctx.now().astimezone(ctx.tz).date().isoformat()
        items: list[AttentionItem] = []
        overdue = agreement_queries.review_overdue(db, today, scope)
        unacked = agreement_queries.unacknowledged(db, scope)
        live = agreement_queries.list_ids(db, AgreementFilter(advisor_id=scope,
                                                              statuses=agreement_queries.LIVE))
        by_id = {a.id: a for a in records.get_many(db, BoundaryAgreement, live,
                                                   with_text=False)}
        for agreement_id in overdue:
            a = by_id[agreement_id]
            items.append(AttentionItem("review_overdue", a.advisee_id, a.advisor_id, a.id,
                                       f"Review was due on {a.review_date}."))
        for agreement_id in unacked:
            a = by_id[agreement_id]
            who = [w for w, d in (("advisee", a.advisee_ack_date),
                                  ("advisor", a.advisor_ack_date)) if d is None]
            items.append(AttentionItem("not_acknowledged", a.advisee_id, a.advisor_id, a.id,
                                       f"Not acknowledged by the {' or the '.join(who)}."))
        for a in by_id.values():
            alerts = tuple(x for x in self._alerts(a) if x.kind in SESSION_DRIFT)
            if alerts:
                items.append(AttentionItem("drift", a.advisee_id, a.advisor_id, a.id,
                                           f"{len(alerts)} drift alert(s).", alerts))
        for advisee_id, advisor_id in agreement_queries.missing(db, scope):
            items.append(AttentionItem("missing", advisee_id, advisor_id, None,
                                       "Sessions but no boundary agreement in force."))
        return items


def _details(a: BoundaryAgreement) -> dict[str, Any]:
    return {"advisor_id": a.advisor_id, "advisee_id": a.advisee_id, "status": a.status.value}
