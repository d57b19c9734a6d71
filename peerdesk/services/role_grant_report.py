"""The role grants and revocations of a period, prepared for the accountability report."""

from __future__ import annotations

from collections.abc import Callable

from peerdesk.i18n import N_, _
from peerdesk.reports.data import RoleGrantRow
from peerdesk.services.context import ServiceContext
from peerdesk.storage import role_grant_queries

CHANGE_WORDS = {"role.granted": N_("granted"), "role.revoked": N_("removed")}


def role_grant_rows(ctx: ServiceContext, lo: str, hi: str,
                    name: Callable[[str | None], str],
                    local: Callable[[str], str]) -> tuple[RoleGrantRow, ...]:
    """Rows for ``lo <= at < hi`` (ISO UTC): names through ``name`` (aliases when the
    report is redacted), times through ``local`` (the group's zone)."""
    return tuple(
        RoleGrantRow(when=local(e.at), by=name(e.actor_member_id or "recovery"),
                     member=name(e.member_id), role=e.role,
                     change=_(CHANGE_WORDS.get(e.action, e.action)), audit_seq=e.seq)
        for e in role_grant_queries.role_events(ctx.db, lo, hi))
