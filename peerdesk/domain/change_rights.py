"""Which permission a change received from another laptop needs (docs/permissions.md,
"Changes from other laptops").

The services check every write before it is made; a change made on another laptop is
checked again when it arrives, against the permission table and its author's roles as the
log knew them at that point, because a laptop is only as honest as the person who holds
it. A change its author was not allowed to make is quarantined, never applied.

Pure: the vault gathers the facts (roles, ownership, assignment) and asks here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from peerdesk.domain.permissions import Action, Resource

A, R = Action, Resource

#: The resource each record kind belongs to.
KIND_RESOURCE: Mapping[str, Resource] = {
    "member": R.MEMBERS,
    "advisee": R.ADVISEES,
    "session": R.SESSIONS,
    "reflection": R.REFLECTIONS,
    "agreement": R.AGREEMENTS,
    "breach": R.AGREEMENTS,
    "supervision_note": R.SUPERVISION_NOTES,
    "escalation": R.ESCALATIONS,
    "escalation_event": R.ESCALATIONS,
    "disclosure": R.ESCALATIONS,
    "referral_resource": R.REFERRAL_RESOURCES,
    "issued_report": R.REPORTS,
}

#: What each write (the audit action a change carries) needs, on its resource.
WRITES: Mapping[str, tuple[Resource, Action]] = {
    "advisee.created": (R.ADVISEES, A.CREATE),
    "advisee.updated": (R.ADVISEES, A.UPDATE),
    "advisee.deleted": (R.ADVISEES, A.DELETE),
    "advisee.erased": (R.ADVISEES, A.DELETE),
    "agreement.created": (R.AGREEMENTS, A.CREATE),
    "agreement.updated": (R.AGREEMENTS, A.UPDATE),
    "agreement.deleted": (R.AGREEMENTS, A.DELETE),
    "agreement.status_changed": (R.AGREEMENTS, A.REVIEW),
    "agreement.acknowledged": (R.AGREEMENTS, A.ACKNOWLEDGE),
    "breach.logged": (R.AGREEMENTS, A.REVIEW),
    "escalation.raised": (R.ESCALATIONS, A.RAISE),
    "escalation.transition": (R.ESCALATIONS, A.ADD_EVENT),
    "escalation.note_added": (R.ESCALATIONS, A.ADD_EVENT),
    "escalation.disclosure_logged": (R.ESCALATIONS, A.ADD_EVENT),
    "member.created": (R.MEMBERS, A.CREATE),
    "member.updated": (R.MEMBERS, A.UPDATE),
    "role.granted": (R.MEMBERS, A.UPDATE),
    "role.revoked": (R.MEMBERS, A.UPDATE),
    "referral.created": (R.REFERRAL_RESOURCES, A.CREATE),
    "referral.updated": (R.REFERRAL_RESOURCES, A.UPDATE),
    "referral.deleted": (R.REFERRAL_RESOURCES, A.DELETE),
    "referral.verified": (R.REFERRAL_RESOURCES, A.VERIFY),
    "reflection.created": (R.REFLECTIONS, A.CREATE),
    "reflection.updated": (R.REFLECTIONS, A.UPDATE),
    "reflection.reviewed": (R.REFLECTIONS, A.REVIEW),
    "report.issued": (R.REPORTS, A.CREATE),
    "session.created": (R.SESSIONS, A.CREATE),
    "session.updated": (R.SESSIONS, A.UPDATE),
    "session.deleted": (R.SESSIONS, A.DELETE),
    "supervision_note.created": (R.SUPERVISION_NOTES, A.CREATE),
    "supervision_note.updated": (R.SUPERVISION_NOTES, A.UPDATE),
    "supervision_note.deleted": (R.SUPERVISION_NOTES, A.DELETE),
    "supervision_note.action_done": (R.SUPERVISION_NOTES, A.MARK_DONE),
}

#: Writes the services allow with either of two permissions (the second one here).
ALTERNATIVE: Mapping[str, Action] = {
    "agreement.status_changed": A.UPDATE,
    "breach.logged": A.UPDATE,
}
#: Writes of many records at once (imports, the demo): a coordinator's.
BULK_WRITES = frozenset({"import.json", "import.csv", "import.records", "history.csv",
                         "themes.csv", "demo.generated"})
#: The writes a laptop's chain starts with: the group's creation, an older vault's
#: baseline, and the keys of its logins. Allowed only before any other change of the chain.
CHAIN_START = frozenset({"vault.created", "device.baseline", "key.added"})
#: A person's decision on a conflict: the right to change that record.
RESOLUTION = "conflict.resolved"


@dataclass(frozen=True)
class Needed:
    """The permission a record of a change needs (``alternative``: or this one)."""

    resource: Resource
    action: Action
    alternative: Action | None = None


def needed(action: str, kind: str, is_new: bool, is_deleted: bool) -> Needed:
    """What a change with audit action ``action`` needs for one record of ``kind``."""
    resource = KIND_RESOURCE[kind]
    found = WRITES.get(action)
    if found is not None and found[0] is resource:
        return Needed(found[0], found[1], ALTERNATIVE.get(action))
    if found is not None and resource is R.ESCALATIONS:
        return Needed(resource, A.ADD_EVENT)
    if is_new:
        return Needed(resource, A.RAISE if resource is R.ESCALATIONS else A.CREATE)
    return Needed(resource, A.DELETE if is_deleted else A.UPDATE)
