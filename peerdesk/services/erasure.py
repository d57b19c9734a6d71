"""Erasure of one advisee's personal text (consent withdrawn, retention ended).

What goes: the advisee's name, contact and closing reason; the text of their sessions,
of the reflections on those sessions, of their agreements and breaches, of their
escalations, escalation events and disclosures; the same text in every prior version
(``record_history``); their entries in the full-text index. What stays: the rows of the
main tables (dates, channels, levels, states, durations) so that anonymous counts and
past reports stay right, and an audit event ``advisee.erased`` (no text). Drafts are
left alone: they are keyed by form, not by advisee, and are the author's own.

Supervision notes are not touched: they are about the advisor's practice; supervisors
are asked not to name advisees in them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Advisee
from peerdesk.domain.retention import due_for_erasure, erasure_date
from peerdesk.errors import NotFound, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import ServiceContext
from peerdesk.storage import codec, erasure_queries, records

R = Resource.ADVISEES

#: Record kinds erased, in the order they are processed.
ERASED_KINDS = ("advisee", "session", "reflection", "agreement", "breach", "escalation",
                "escalation_event", "disclosure")


class ErasureReason(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"
    RETENTION_ENDED = "retention_ended"
    ADVISEE_REQUEST = "advisee_request"
    OTHER = "other"


@dataclass(frozen=True)
class DueForErasure:
    advisee_id: str
    code: str
    closed_on: date
    erase_from: date


class ErasureService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def erase_advisee(self, advisee_id: str, reason: ErasureReason | str, *,
                      compact: bool = True) -> Change:
        """Erase in one transaction; then (``compact``) rebuild the file without free pages.

        Irreversible. Only a coordinator may erase.
        """
        ctx = self.ctx
        ctx.check(Action.DELETE, R)
        try:
            why = ErasureReason(reason)
        except ValueError:
            raise ValidationError(N_("Choose why the records are erased."), "reason") from None
        advisee = records.get(ctx.db, Advisee, advisee_id, with_text=False,
                              include_deleted=True)
        if advisee is None:
            raise NotFound("That advisee does not exist.")
        if erasure_queries.is_erased(ctx.db, advisee_id):
            raise ValidationError(N_("That advisee's records were already erased."))
        scope = erasure_queries.scope(ctx.db, advisee_id)
        now = ctx.now()
        details = {"reason": why.value, "code": advisee.code,
                   "counts": {k: scope.count(k) for k in ERASED_KINDS}}
        erasure_queries.set_secure_delete(ctx.db, True)
        try:
            with ctx.write("advisee.erased", "advisee", advisee_id, details) as db:
                for kind in ERASED_KINDS:
                    erasure_queries.blank_text(db, kind, scope.ids.get(kind, []))
                erasure_queries.mark_erased(db, advisee_id, codec.iso_dt(now),
                                            now.astimezone(ctx.tz).date().isoformat())
                erasure_queries.merge_search_index(db)
        finally:
            erasure_queries.set_secure_delete(ctx.db, False)
        if compact:
            erasure_queries.compact(ctx.db)
        return Change("advisee", "erased", (advisee_id,), ctx.last_seq())

    def due_for_erasure(self) -> list[DueForErasure]:
        """Closed advisees whose retention period (group setting) has ended."""
        from peerdesk.services.settings import SettingsService

        ctx = self.ctx
        ctx.check(Action.DELETE, R)
        policy = SettingsService(ctx).retention()
        candidates = records.get_many(ctx.db, Advisee,
                                      erasure_queries.closed_not_erased_ids(ctx.db))
        out = []
        for a in due_for_erasure(candidates, ctx.now(), policy, ctx.tz):
            when = erasure_date(a, policy)
            if a.closed_on is not None and when is not None:
                out.append(DueForErasure(a.id, a.code, a.closed_on, when))
        return out

    def is_erased(self, advisee_id: str) -> bool:
        return erasure_queries.is_erased(self.ctx.db, advisee_id)
