"""The accountability report's list of role grants and revocations in the period.

Power between members is a named risk in peer-support groups, so every change of a
member's roles (who changed it, whose, which role, when) is listed, from the signed
audit chain (docs/permissions.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from peerdesk.i18n import _
from peerdesk.reports.blocks import heading, para
from peerdesk.reports.data import RoleGrantRow
from peerdesk.reports.tables import data_table
from peerdesk.reports.wording import ROLES, word


def role_grant_block(rows: Sequence[RoleGrantRow]) -> Iterator[Flowable]:
    yield heading(_("Role changes ({n})").format(n=len(rows)))
    yield para(_("Every role granted or removed in the period, from the signed audit log. "
                 "Nobody can change their own roles; only a supervisor grants or removes "
                 "the supervisor role."), "small")
    yield from data_table(
        [_("When"), _("Changed by"), _("Member"), _("Role"), _("Change"), _("Audit entry")],
        [(r.when, r.by, r.member, word(ROLES, r.role), r.change, r.audit_seq) for r in rows],
        [30 * mm, 36 * mm, 36 * mm, 24 * mm, 22 * mm, 26 * mm],
        empty=_("No roles were granted or removed in this period."),
        alert_rows=[i for i, r in enumerate(rows) if r.role == "supervisor"])
