"""What an import may grant: roles of imported members, and the kinds it may write.

An import is one more way to grant a role, so the role-grant rule applies to every
member it brings in (docs/permissions.md): the supervisor role only through the
founder's one-time bootstrap (an import is never a supervisor's), and each role granted
is its own audit event. Into a vault that already holds records, an import may only
write kinds the importer could write through the app.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from peerdesk.domain import role_grants
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import Role
from peerdesk.errors import ImportRejected
from peerdesk.services.context import AuditNote, ServiceContext
from peerdesk.services.import_validation import LABELS, Batch, Problems
from peerdesk.services.members import MemberService

#: Kinds whose text only their author and supervisors may read or write.
_PRIVATE: Mapping[str, Resource] = {
    "reflection": Resource.REFLECTIONS,
    "supervision_note": Resource.SUPERVISION_NOTES,
}


def refuse_private_kinds(ctx: ServiceContext, records: Mapping[str, Any]) -> None:
    """Refuse reflections or supervision notes the importer may not write."""
    for kind, resource in _PRIVATE.items():
        if records.get(kind) and not ctx.allowed(Action.CREATE, resource):
            raise ImportRejected(
                f"The file holds {LABELS[kind]}s, which you cannot write into a vault that "
                "already holds records; import them only into a new vault.")


def role_grant_events(ctx: ServiceContext, batch: Batch, problems: Problems) -> list[AuditNote]:
    """Note a problem for each imported member whose roles the importer may not grant;
    else the ``role.granted`` audit events of the import."""
    history = MemberService(ctx).grant_history()
    events: list[AuditNote] = []
    for member, row in zip(batch.built.get("member", []), batch.rows.get("member", []),
                           strict=True):
        roles = frozenset(getattr(member, "roles", ()))
        problem = role_grants.role_change_problem(ctx.actor, member.id, frozenset(), roles,
                                                  history)
        if problem:
            problems.add("member", row, "roles", f"member record: {problem}")
            continue
        for change in role_grants.changes(member.id, frozenset(), roles):
            if change.role is Role.SUPERVISOR:
                history = dataclasses.replace(history, supervisor_granted=True)
            events.append((change.action, "member", member.id,
                           {"member_id": member.id, "role": change.role.value,
                            "by_member_id": ctx.actor.member_id}))
    return events
