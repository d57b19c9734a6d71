"""Who may grant or revoke a role, and who may give a supervisor a login.

The rule (written out in docs/permissions.md):

* nobody adds or removes a role of their own member record;
* only a supervisor grants or revokes the supervisor role, gives a supervisor a login,
  or resets a supervisor's login; the recovery key never resets a supervisor's
  passphrase;
* bootstrap: the member who founded the vault, through the login that created it, may
  create the first supervisor (the role, and then one login for a supervisor), once.
  Whether a supervisor (or a supervisor's login) has ever existed is read from the audit
  chain, so removing them again does not reopen the door.

Pure functions: each returns ``""`` when the change is allowed, else the one-line reason
(marked ``N_``: the member form shows it in the member's language).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peerdesk.domain.permissions import Action, Actor, Resource, allowed
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_

SELF_CHANGE = N_("Nobody can change their own roles; ask another coordinator or a supervisor.")
SUPERVISOR_ONLY = N_("Only a supervisor can grant or remove the supervisor role.")
SUPERVISOR_LOGIN = N_("Only a supervisor can give a supervisor a login.")
SUPERVISOR_RESET = N_("The recovery key cannot reset a supervisor's passphrase; another "
                         "supervisor can give them a new login.")
OTHER_ROLES = N_("Only a coordinator can grant or remove the coordinator and advisor roles.")
SECOND_LOGIN = N_("This member already has a login; remove it first, or reset its passphrase "
                     "with the recovery key.")


@dataclass(frozen=True)
class GrantHistory:
    """What the audit chain says about the supervisor role so far."""

    founder_id: str
    #: The founder's own login (the one that created the vault): a login given to the
    #: founder's member record later, by someone else, does not carry the bootstrap.
    founder_account_id: str
    supervisor_granted: bool
    supervisor_login_given: bool


@dataclass(frozen=True)
class RoleChange:
    member_id: str
    role: Role
    granted: bool

    @property
    def action(self) -> str:
        return "role.granted" if self.granted else "role.revoked"


def changes(member_id: str, old: Iterable[Role], new: Iterable[Role]) -> list[RoleChange]:
    """Each role added or removed, in a stable order."""
    before, after = frozenset(old), frozenset(new)
    return [RoleChange(member_id, r, r in after) for r in Role if (r in before) != (r in after)]


def may_bootstrap(actor: Actor, history: GrantHistory) -> bool:
    return (bool(actor.member_id) and actor.member_id == history.founder_id
            and bool(actor.account_id) and actor.account_id == history.founder_account_id)


def role_change_problem(actor: Actor, member_id: str, old: Iterable[Role],
                        new: Iterable[Role], history: GrantHistory) -> str:
    """Why ``actor`` may not change ``member_id``'s roles from ``old`` to ``new``."""
    found = changes(member_id, old, new)
    if not found:
        return ""
    if member_id == actor.member_id:
        return SELF_CHANGE
    for change in found:
        if change.role is Role.SUPERVISOR:
            if Role.SUPERVISOR in actor.roles:
                continue
            first = change.granted and not history.supervisor_granted
            if first and may_bootstrap(actor, history):
                continue
            return SUPERVISOR_ONLY
        if not allowed(actor, Action.UPDATE, Resource.MEMBERS):
            return OTHER_ROLES
    return ""


def login_problem(actor: Actor, member_roles: Iterable[Role], history: GrantHistory,
                  has_login: bool = False) -> str:
    """Why ``actor`` may not give a login to a member holding ``member_roles`` (who already
    has a live login when ``has_login``).

    Only a supervisor may give a member a second live login (a supervisor who forgot their
    passphrase gets a new one from another supervisor): anyone else's second login would
    let whoever chose its passphrase act as the member while their own login still works.
    """
    if Role.SUPERVISOR in actor.roles:
        return ""
    if Role.SUPERVISOR in frozenset(member_roles) and not (
            not history.supervisor_login_given and may_bootstrap(actor, history)):
        return SUPERVISOR_LOGIN
    return SECOND_LOGIN if has_login else ""


def reset_problem(member_roles: Iterable[Role]) -> str:
    """Why the recovery key may not reset the passphrase of a member with these roles."""
    return SUPERVISOR_RESET if Role.SUPERVISOR in frozenset(member_roles) else ""
