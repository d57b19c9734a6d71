"""Who may do what: the permission matrix of docs/permissions.md as data, and its checks.

Services call :func:`check` before every read or write; the UI may call
:func:`allowed` to hide what a member cannot do, but never relies on it.

A member with several roles has the union of their rights. Scopes:

* ``ANY`` — any record of the resource;
* ``OWN`` — the actor's own record (their reflection, an agreement they are party to,
  a supervision note about them, a report about themselves, their own account);
* ``ASSIGNED`` — records of advisees assigned to the actor (``owns`` also satisfies it);
* ``OPERATIONAL`` — reports of an operational kind only (no note text).

``manage`` grants read, create, update, delete and manage. ``read`` also grants
``read_existence`` and ``read_shared`` at the same scope.

Decisions beyond the table (documented, tested):

* every member may read and update their *own* account (change their passphrase);
* referral resources: coordinator and supervisor manage and verify; advisors read;
* escalations are append-only: nobody deletes one; a coordinator's "update" includes
  acknowledging and adding events; closing is supervisor-only;
* nobody deletes a reflection (it is the author's record; erasure is retention's job);
* an advisor ticks their own supervision actions done (``mark_done`` at ``OWN`` scope: an
  action owned by them, in a note about them) and changes nothing else of the note; a
  supervisor marks any action done or not done (see docs/daily-work.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from peerdesk.domain.message import Message
from peerdesk.domain.permission_wording import DOING, SCOPED_SENTENCES, roles_joined
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_, PermissionDenied

__all__ = [
    "APPLICABLE",
    "MATRIX",
    "Action",
    "Actor",
    "Resource",
    "Role",
    "Scope",
    "allowed",
    "check",
    "grant_scope",
]


class Resource(StrEnum):
    MEMBERS = "members"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    BACKUP = "backup"
    ADVISEES = "advisees"
    SESSIONS = "sessions"
    REFLECTIONS = "reflections"
    AGREEMENTS = "agreements"
    SUPERVISION_NOTES = "supervision_notes"
    ESCALATIONS = "escalations"
    REPORTS = "reports"
    AUDIT = "audit"
    REFERRAL_RESOURCES = "referral_resources"


class Action(StrEnum):
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MANAGE = "manage"
    ACKNOWLEDGE = "acknowledge"
    REVIEW = "review"
    CLOSE = "close"
    VERIFY = "verify"
    RAISE = "raise"
    ADD_EVENT = "add_event"
    READ_EXISTENCE = "read_existence"
    READ_SHARED = "read_shared"
    MARK_DONE = "mark_done"


class Scope(StrEnum):
    ANY = "any"
    OWN = "own"
    ASSIGNED = "assigned"
    OPERATIONAL = "operational"


@dataclass(frozen=True, slots=True)
class Actor:
    member_id: str
    account_id: str
    roles: frozenset[Role]


R, A, S = Resource, Action, Scope
_CRUD = frozenset({A.READ, A.CREATE, A.UPDATE, A.DELETE, A.MANAGE})

#: Which actions mean anything for each resource.
APPLICABLE: Mapping[Resource, frozenset[Action]] = {
    R.MEMBERS: _CRUD,
    R.ACCOUNTS: _CRUD,
    R.SETTINGS: _CRUD,
    R.BACKUP: _CRUD,
    R.ADVISEES: _CRUD,
    R.SESSIONS: _CRUD,
    R.REFLECTIONS: frozenset({A.READ, A.READ_EXISTENCE, A.CREATE, A.UPDATE, A.DELETE,
                              A.REVIEW}),
    R.AGREEMENTS: _CRUD | {A.ACKNOWLEDGE, A.REVIEW},
    R.SUPERVISION_NOTES: _CRUD | {A.READ_EXISTENCE, A.READ_SHARED, A.MARK_DONE},
    R.ESCALATIONS: frozenset({A.READ, A.RAISE, A.UPDATE, A.DELETE, A.ACKNOWLEDGE,
                              A.ADD_EVENT, A.CLOSE}),
    R.REPORTS: frozenset({A.READ, A.CREATE}),
    R.AUDIT: frozenset({A.READ, A.VERIFY}),
    R.REFERRAL_RESOURCES: _CRUD | {A.VERIFY},
}


def _manage(scope: Scope = S.ANY) -> dict[Action, Scope]:
    return dict.fromkeys(_CRUD, scope)


def _grant(scope: Scope, *actions: Action) -> dict[Action, Scope]:
    return dict.fromkeys(actions, scope)


#: The table of docs/permissions.md: role → resource → action → scope.
MATRIX: Mapping[Role, Mapping[Resource, Mapping[Action, Scope]]] = {
    Role.COORDINATOR: {
        R.MEMBERS: _manage(),
        R.ACCOUNTS: _manage(),
        R.SETTINGS: _manage(),
        R.BACKUP: _manage(),
        R.ADVISEES: _manage(),
        R.SESSIONS: _manage(),
        R.REFLECTIONS: _grant(S.ANY, A.READ_EXISTENCE),
        R.AGREEMENTS: _manage(),
        R.SUPERVISION_NOTES: _grant(S.ANY, A.READ_EXISTENCE),
        R.ESCALATIONS: _grant(S.ANY, A.READ, A.RAISE, A.UPDATE, A.ACKNOWLEDGE, A.ADD_EVENT),
        R.REPORTS: _grant(S.OPERATIONAL, A.READ, A.CREATE),
        R.AUDIT: _grant(S.ANY, A.READ),
        R.REFERRAL_RESOURCES: _manage() | _grant(S.ANY, A.VERIFY),
    },
    Role.ADVISOR: {
        R.ACCOUNTS: _grant(S.OWN, A.READ, A.UPDATE),
        R.ADVISEES: _grant(S.ASSIGNED, A.READ),
        R.SESSIONS: _grant(S.ASSIGNED, A.READ, A.CREATE),
        R.REFLECTIONS: _grant(S.OWN, A.READ, A.CREATE, A.UPDATE),
        R.AGREEMENTS: _grant(S.OWN, A.READ, A.ACKNOWLEDGE),
        R.SUPERVISION_NOTES: _grant(S.OWN, A.READ_SHARED, A.MARK_DONE),
        R.ESCALATIONS: _grant(S.ASSIGNED, A.READ, A.RAISE, A.ADD_EVENT),
        R.REPORTS: _grant(S.OWN, A.READ, A.CREATE),
        R.REFERRAL_RESOURCES: _grant(S.ANY, A.READ),
    },
    Role.SUPERVISOR: {
        R.MEMBERS: _grant(S.ANY, A.READ),
        R.ACCOUNTS: _grant(S.ANY, A.READ) | _grant(S.OWN, A.UPDATE),
        R.SETTINGS: _grant(S.ANY, A.READ),
        R.BACKUP: _grant(S.ANY, A.READ),
        R.ADVISEES: _grant(S.ANY, A.READ),
        R.SESSIONS: _grant(S.ANY, A.READ),
        R.REFLECTIONS: _grant(S.ANY, A.READ, A.REVIEW),
        R.AGREEMENTS: _grant(S.ANY, A.READ, A.REVIEW),
        R.SUPERVISION_NOTES: _manage() | _grant(S.ANY, A.MARK_DONE),
        R.ESCALATIONS: _grant(S.ANY, A.READ, A.RAISE, A.UPDATE, A.ACKNOWLEDGE, A.ADD_EVENT,
                              A.CLOSE),
        R.REPORTS: _grant(S.ANY, A.READ, A.CREATE),
        R.AUDIT: _grant(S.ANY, A.READ, A.VERIFY),
        R.REFERRAL_RESOURCES: _manage() | _grant(S.ANY, A.VERIFY),
    },
}

_IMPLIED_BY_READ = frozenset({A.READ_EXISTENCE, A.READ_SHARED})
_BREADTH = {S.ANY: 3, S.OPERATIONAL: 2, S.ASSIGNED: 1, S.OWN: 0}


def grant_scope(role: Role, action: Action, resource: Resource) -> Scope | None:
    """The broadest scope at which ``role`` may do ``action``, or None."""
    if action not in APPLICABLE[resource]:
        return None
    grants = MATRIX[role].get(resource, {})
    scopes = [grants[action]] if action in grants else []
    if action in _IMPLIED_BY_READ and A.READ in grants:
        scopes.append(grants[A.READ])
    return max(scopes, key=_BREADTH.__getitem__, default=None)


def _scope_met(scope: Scope, *, owns: bool, assigned: bool, operational: bool) -> bool:
    if scope is S.ANY:
        return True
    if scope is S.OWN:
        return owns
    if scope is S.ASSIGNED:
        return assigned or owns
    return operational


def allowed(actor: Actor, action: Action, resource: Resource, *, owns: bool = False,
            assigned: bool = False, operational: bool = False) -> bool:
    """Whether ``actor`` may do ``action`` on ``resource``.

    ``owns``: the record is the actor's own; ``assigned``: it concerns an advisee assigned
    to the actor; ``operational``: the report kind is operational (no note text).
    """
    for role in actor.roles:
        scope = grant_scope(role, action, resource)
        if scope is not None and _scope_met(scope, owns=owns, assigned=assigned,
                                            operational=operational):
            return True
    return False


_VERB: Mapping[Action, str] = {
    A.READ: "read", A.CREATE: "create", A.UPDATE: "change", A.DELETE: "delete",
    A.MANAGE: "manage", A.ACKNOWLEDGE: "acknowledge", A.REVIEW: "review",
    A.CLOSE: "close", A.VERIFY: "verify", A.RAISE: "raise", A.ADD_EVENT: "add events to",
    A.READ_EXISTENCE: "see the list of", A.READ_SHARED: "read the shared part of",
    A.MARK_DONE: "mark actions done on",
}
_ONE: Mapping[Resource, str] = {
    R.MEMBERS: "a member", R.ACCOUNTS: "an account", R.SETTINGS: "the settings",
    R.BACKUP: "backups", R.ADVISEES: "an advisee", R.SESSIONS: "a session",
    R.REFLECTIONS: "a reflection", R.AGREEMENTS: "a boundary agreement",
    R.SUPERVISION_NOTES: "a supervision note", R.ESCALATIONS: "an escalation",
    R.REPORTS: "a report", R.AUDIT: "the audit log",
    R.REFERRAL_RESOURCES: "a referral resource",
}
_MANY: Mapping[Resource, str] = {
    R.MEMBERS: "members", R.ACCOUNTS: "accounts", R.SETTINGS: "settings",
    R.BACKUP: "backups", R.ADVISEES: "advisees", R.SESSIONS: "sessions",
    R.REFLECTIONS: "reflections", R.AGREEMENTS: "boundary agreements",
    R.SUPERVISION_NOTES: "supervision notes", R.ESCALATIONS: "escalations",
    R.REPORTS: "reports", R.AUDIT: "audit log entries",
    R.REFERRAL_RESOURCES: "referral resources",
}


def _denial(actor: Actor, action: Action, resource: Resource) -> str:
    """The refusal in English, as a :class:`Message` whose translation is a whole sentence:
    one template per sentence shape, and the action with its object translated as one
    phrase (``permission_wording``), never a verb and a noun glued together."""
    verb = _VERB[action]
    target = _MANY[resource] if action is A.READ_EXISTENCE else _ONE[resource]
    scoped = [s for r in actor.roles if (s := grant_scope(r, action, resource)) is not None]
    if S.OPERATIONAL in scoped:
        return Message(N_("You can only produce and read operational reports (without note "
                          "text)."))
    limited = (SCOPED_SENTENCES.get((S.ASSIGNED, action, resource)) if S.ASSIGNED in scoped
               else SCOPED_SENTENCES.get((S.OWN, action, resource)) if S.OWN in scoped
               else None)
    if limited is not None:
        return Message(limited)
    if S.ASSIGNED in scoped or S.OWN in scoped:  # a grant the wording does not know yet
        return _scoped_english(scoped, verb, action, resource)
    roles = [r for r in Role if grant_scope(r, action, resource) is not None]
    doing = DOING.get((action, resource))
    if doing is None:  # an action that means nothing for this resource, or a new grant
        if not roles:
            return f"Nobody can {verb} {target}."
        article = "an" if roles[0] is Role.ADVISOR else "a"
        return f"Only {article} {' or '.join(roles)} can {verb} {target}."
    if not roles:
        return Message(N_("Nobody can {doing}."), doing=doing)
    who = roles_joined(roles)
    if roles[0] is Role.ADVISOR:
        return Message(N_("Only an {who} can {doing}."), who=who, doing=doing)
    return Message(N_("Only a {who} can {doing}."), who=who, doing=doing)


def _scoped_english(scoped: list[Scope], verb: str, action: Action,
                    resource: Resource) -> str:
    if S.ASSIGNED in scoped:
        if resource is R.ADVISEES:
            return f"You can only {verb} advisees assigned to you."
        return f"You can only {verb} {_MANY[resource]} of advisees assigned to you."
    if resource is R.SUPERVISION_NOTES:
        return f"You can only {verb} supervision notes about you."
    return f"You can only {verb} your own {_MANY[resource]}."


def check(actor: Actor, action: Action, resource: Resource, *, owns: bool = False,
          assigned: bool = False, operational: bool = False) -> None:
    """Raise :class:`PermissionDenied` with a clear message unless :func:`allowed`."""
    if not allowed(actor, action, resource, owns=owns, assigned=assigned,
                   operational=operational):
        raise PermissionDenied(_denial(actor, action, resource))
