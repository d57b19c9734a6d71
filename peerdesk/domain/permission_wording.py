"""The words of a permission refusal, marked for the catalog as whole phrases.

Hindi puts the object before the verb and bends both, so a refusal is never a verb and a
noun glued together: each (action, resource) pair a refusal can name is one phrase
(:data:`DOING`, "close an escalation"), set into one template per sentence shape ("Only a
{who} can {doing}."); a refusal that limits a member to their own or their advisees'
records is a whole sentence of its own (:data:`SCOPED_SENTENCES`). Keys are the plain
values of ``permissions.Action``, ``Resource`` and ``Scope`` (they are ``str`` enums), so
this module needs nothing from the permission table itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from peerdesk.domain.message import NC_, Message, Term
from peerdesk.domain.vocab import Role
from peerdesk.domain.wording import ROLE_LABELS
from peerdesk.errors import N_

__all__ = ["DOING", "SCOPED_SENTENCES", "roles_joined"]

#: (action, resource) → the action on its object, as "Only a … can …" names it.
DOING: Mapping[tuple[str, str], Term] = {
    ("read", "members"): NC_("permission", "read a member"),
    ("create", "members"): NC_("permission", "create a member"),
    ("update", "members"): NC_("permission", "change a member"),
    ("delete", "members"): NC_("permission", "delete a member"),
    ("manage", "members"): NC_("permission", "manage a member"),
    ("create", "accounts"): NC_("permission", "create an account"),
    ("delete", "accounts"): NC_("permission", "delete an account"),
    ("manage", "accounts"): NC_("permission", "manage an account"),
    ("read", "settings"): NC_("permission", "read the settings"),
    ("create", "settings"): NC_("permission", "create the settings"),
    ("update", "settings"): NC_("permission", "change the settings"),
    ("delete", "settings"): NC_("permission", "delete the settings"),
    ("manage", "settings"): NC_("permission", "manage the settings"),
    ("read", "backup"): NC_("permission", "read backups"),
    ("create", "backup"): NC_("permission", "create backups"),
    ("update", "backup"): NC_("permission", "change backups"),
    ("delete", "backup"): NC_("permission", "delete backups"),
    ("manage", "backup"): NC_("permission", "manage backups"),
    ("create", "advisees"): NC_("permission", "create an advisee"),
    ("update", "advisees"): NC_("permission", "change an advisee"),
    ("delete", "advisees"): NC_("permission", "delete an advisee"),
    ("manage", "advisees"): NC_("permission", "manage an advisee"),
    ("create", "sessions"): NC_("permission", "create a session"),
    ("update", "sessions"): NC_("permission", "change a session"),
    ("delete", "sessions"): NC_("permission", "delete a session"),
    ("manage", "sessions"): NC_("permission", "manage a session"),
    ("read", "reflections"): NC_("permission", "read a reflection"),
    ("create", "reflections"): NC_("permission", "create a reflection"),
    ("update", "reflections"): NC_("permission", "change a reflection"),
    ("delete", "reflections"): NC_("permission", "delete a reflection"),
    ("review", "reflections"): NC_("permission", "review a reflection"),
    ("create", "agreements"): NC_("permission", "create a boundary agreement"),
    ("update", "agreements"): NC_("permission", "change a boundary agreement"),
    ("delete", "agreements"): NC_("permission", "delete a boundary agreement"),
    ("manage", "agreements"): NC_("permission", "manage a boundary agreement"),
    ("acknowledge", "agreements"): NC_("permission", "acknowledge a boundary agreement"),
    ("review", "agreements"): NC_("permission", "review a boundary agreement"),
    ("read", "supervision_notes"): NC_("permission", "read a supervision note"),
    ("create", "supervision_notes"): NC_("permission", "create a supervision note"),
    ("update", "supervision_notes"): NC_("permission", "change a supervision note"),
    ("delete", "supervision_notes"): NC_("permission", "delete a supervision note"),
    ("manage", "supervision_notes"): NC_("permission", "manage a supervision note"),
    ("read_existence", "supervision_notes"): NC_("permission",
                                                 "see the list of supervision notes"),
    ("read_shared", "supervision_notes"): NC_("permission",
                                              "read the shared part of a supervision note"),
    ("mark_done", "supervision_notes"): NC_("permission",
                                            "mark actions done on a supervision note"),
    ("update", "escalations"): NC_("permission", "change an escalation"),
    ("delete", "escalations"): NC_("permission", "delete an escalation"),
    ("acknowledge", "escalations"): NC_("permission", "acknowledge an escalation"),
    ("close", "escalations"): NC_("permission", "close an escalation"),
    ("read", "audit"): NC_("permission", "read the audit log"),
    ("verify", "audit"): NC_("permission", "verify the audit log"),
    ("create", "referral_resources"): NC_("permission", "create a referral resource"),
    ("update", "referral_resources"): NC_("permission", "change a referral resource"),
    ("delete", "referral_resources"): NC_("permission", "delete a referral resource"),
    ("manage", "referral_resources"): NC_("permission", "manage a referral resource"),
    ("verify", "referral_resources"): NC_("permission", "verify a referral resource"),
}

#: (scope, action, resource) → the refusal to a member whose grant stops at their own
#: records ("own") or their assigned advisees' ("assigned").
SCOPED_SENTENCES: Mapping[tuple[str, str, str], str] = {
    ("assigned", "read", "advisees"): N_("You can only read advisees assigned to you."),
    ("assigned", "read", "sessions"): N_(
        "You can only read sessions of advisees assigned to you."),
    ("assigned", "create", "sessions"): N_(
        "You can only create sessions of advisees assigned to you."),
    ("assigned", "read", "escalations"): N_(
        "You can only read escalations of advisees assigned to you."),
    ("assigned", "raise", "escalations"): N_(
        "You can only raise escalations of advisees assigned to you."),
    ("assigned", "add_event", "escalations"): N_(
        "You can only add events to escalations of advisees assigned to you."),
    ("own", "read", "accounts"): N_("You can only read your own accounts."),
    ("own", "update", "accounts"): N_("You can only change your own accounts."),
    ("own", "read", "reflections"): N_("You can only read your own reflections."),
    ("own", "read_existence", "reflections"): N_(
        "You can only see the list of your own reflections."),
    ("own", "create", "reflections"): N_("You can only create your own reflections."),
    ("own", "update", "reflections"): N_("You can only change your own reflections."),
    ("own", "read", "agreements"): N_("You can only read your own boundary agreements."),
    ("own", "acknowledge", "agreements"): N_(
        "You can only acknowledge your own boundary agreements."),
    ("own", "read_shared", "supervision_notes"): N_(
        "You can only read the shared part of supervision notes about you."),
    ("own", "mark_done", "supervision_notes"): N_(
        "You can only tick your own actions done, in supervision notes about you."),
    ("own", "read", "reports"): N_("You can only produce and read reports about yourself."),
    ("own", "create", "reports"): N_("You can only produce and read reports about yourself."),
}


def roles_joined(roles: Iterable[Role]) -> str:
    """"coordinator or supervisor", each role by its catalog name ("संयोजक या मार्गदर्शक")."""
    words = [Term(ROLE_LABELS[r], english=r.value) for r in roles]
    out: str = words[0]
    for word in words[1:]:
        out = Message(N_("{first} or {then}"), first=out, then=word)
    return out
