"""Whether a received change's author was allowed to make it, by the author's roles as the
log knew them at that point: the author's member record as this laptop holds it when the
change is applied (changes apply in their chain's order and, across laptops, in clock
order). A change that was not allowed is quarantined: held on its chain, not applied,
listed for the coordinator with a one-line reason (docs/exchange.md, "Merging", last row).

The permission each write needs comes from ``peerdesk.domain.change_rights`` and the
permission table; role grants follow ``peerdesk.domain.role_grants``; escalation moves
follow ``peerdesk.domain.escalation``, exactly as the services check them locally.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.domain import change_rights as rules
from peerdesk.domain import role_grants
from peerdesk.domain.escalation import check_transition
from peerdesk.domain.permissions import Action, Actor, Resource, allowed
from peerdesk.domain.vocab import EscalationState, Role
from peerdesk.errors import InvalidTransition, PermissionDenied
from peerdesk.storage import advisee_queries, apply_fact_queries, apply_queries, content_table
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import group_actions, legacy_prefix
from peerdesk.vault.change_receipt import KEY_ADDED, Checked, Entry

_ROLES = frozenset(r.value for r in Role)
COORDINATOR_ONLY = "only a coordinator can add or remove a laptop"


class Rights:
    """The checks of one apply (it remembers which laptops joined the group)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._joined: dict[str, bool] = {}
        #: the upgrade blocks of founding chains in this apply (set by the apply)
        self.upgrade_blocks: legacy_prefix.Legacy | None = None

    def quarantine_reason(self, change: Checked) -> str | None:
        """One line saying why the change is not applied, or None when it may be."""
        if change.envelope is not None and self._starts_group(change):
            return None
        if self.upgrade_blocks is not None and self.upgrade_blocks.in_block(change.row):
            return None  # the founding laptop's keys as its own audit chain knew them
        return quarantine_reason(self.db, change)

    def _starts_group(self, change: Checked) -> bool:
        """A change that starts the chain of the laptop the group began on (its creation,
        an older vault's baseline, its logins' keys) needs no role: no member record exists
        before it. A laptop that joined later never gets this."""
        device = change.row.device
        if change.action not in rules.CHAIN_START:
            return False
        if not apply_fact_queries.chain_started_only(self.db, device, change.row.seq,
                                                tuple(sorted(rules.CHAIN_START))):
            return False
        if device not in self._joined:
            self._joined[device] = apply_fact_queries.was_added(self.db, device)
        return not self._joined[device]


def quarantine_reason(db: Database, change: Checked) -> str | None:
    """One line saying why the change is not applied, or None when it may be applied."""
    if change.envelope is None:
        return None
    row = change.row
    cutoff = apply_queries.revoked_cutoff(db, row.device)
    if cutoff is not None and row.seq > cutoff:
        return "made on a laptop after it was removed from the group"
    action = change.action
    actor = Actor(change.author, str(change.envelope["key_id"]), _roles(db, change.author))
    try:
        if action in group_actions.ACTIONS:
            return _group_action(db, change, actor) or None
        if action in rules.BULK_WRITES or action in rules.CHAIN_START:
            return None if Role.COORDINATOR in actor.roles else (
                f"only a coordinator can make a change of this kind ({action})")
        for entry in change.entries:
            problem = _record(db, change, actor, entry)
            if problem:
                return problem
    except (PermissionDenied, InvalidTransition) as exc:
        return str(exc)
    return None


def _roles(db: Database, member: str) -> frozenset[Role]:
    found = dict(content_table.contents(db, BY_KIND["member"], [member])).get(member)
    if not found or found.get("active") == 0:
        return frozenset()
    names = json.loads(str(found.get("roles", "[]")))
    return frozenset(Role(r) for r in names if r in _ROLES)


def _current(db: Database, kind: str, rid: str) -> dict[str, Any] | None:
    return dict(content_table.contents(db, BY_KIND[kind], [rid])).get(rid)


def _record(db: Database, change: Checked, actor: Actor, entry: Entry) -> str:
    new = entry.content
    if new is None:
        return ""  # not sent here: nothing of it is applied, nothing to judge
    old = _current(db, entry.kind, entry.record_id)
    if old is not None and entry.base is not None:  # as its author saw it
        seen = apply_queries.content_at(db, entry.kind, entry.record_id, entry.base)
        old = old if seen is None else dict(json.loads(seen))
    deleted = new.get("deleted_at") is not None and (old or {}).get("deleted_at") is None
    if change.action == rules.RESOLUTION and old is not None:
        need = rules.Needed(rules.KIND_RESOURCE[entry.kind], Action.UPDATE)
    else:
        need = rules.needed(change.action, entry.kind, old is None, deleted)
    owns, assigned = facts(db, actor.member_id, entry.kind, old or new, new, old is None)
    ok = allowed(actor, need.action, need.resource, owns=owns, assigned=assigned,
                 operational=True)
    if not ok and need.alternative is not None:
        ok = allowed(actor, need.alternative, need.resource, owns=owns, assigned=assigned)
    if not ok:
        return (f"its author was not allowed to {need.action.value.replace('_', ' ')} "
                f"this {entry.kind.replace('_', ' ')}")
    if entry.kind == "escalation" and old is not None and old.get("state") != new.get("state"):
        check_transition(EscalationState(str(old["state"])), EscalationState(str(new["state"])),
                         actor.roles)
    if entry.kind == "member":
        return _roles_problem(db, actor, entry.record_id, old, new)
    return ""


def facts(db: Database, author: str, kind: str, before: dict[str, Any],
           new: dict[str, Any], is_new: bool) -> tuple[bool, bool]:
    """(owns, assigned) of the author for the record as it was before the change (a change
    cannot make its own author the owner or the assigned advisor)."""
    def assigned_to(advisee: object) -> bool:
        return bool(author) and advisee_queries.is_assigned(db, str(advisee or ""), author)

    if kind == "advisee":
        return False, not is_new and assigned_to(before.get("id"))
    if kind == "session":
        own = before.get("advisor_id") == author
        return False, assigned_to(before.get("advisee_id")) and (own or not is_new)
    if kind == "reflection":
        return before.get("author_id") == author, False
    if kind == "agreement":
        return before.get("advisor_id") == author, False
    if kind == "supervision_note":
        return author in json.loads(str(before.get("advisor_ids", "[]"))), False
    if kind == "escalation":
        return False, assigned_to(before.get("advisee_id"))
    if kind in ("escalation_event", "disclosure"):
        return False, assigned_to(apply_fact_queries.escalation_advisee(
            db, str(new.get("escalation_id", ""))))
    if kind == "issued_report":
        return True, False
    return False, False


def _history(db: Database) -> role_grants.GrantHistory:
    founder = apply_fact_queries.founder(db)
    return role_grants.GrantHistory(
        founder_id=founder[0], founder_account_id=founder[1],
        supervisor_granted=apply_fact_queries.supervisor_ever(db),
        supervisor_login_given=apply_fact_queries.supervisor_key_bound(db))


def _roles_problem(db: Database, actor: Actor, member: str, old: dict[str, Any] | None,
                   new: dict[str, Any]) -> str:
    def roles(fields: dict[str, Any] | None) -> frozenset[Role]:
        names = json.loads(str((fields or {}).get("roles", "[]")))
        return frozenset(Role(r) for r in names if r in _ROLES)

    return role_grants.role_change_problem(actor, member, roles(old), roles(new), _history(db))


def _group_action(db: Database, change: Checked, actor: Actor) -> str:
    action, details = change.action, change.details
    if action == KEY_ADDED:
        target = str(details.get("member", ""))
        target_roles = _roles(db, target)
        if not actor.member_id:  # the recovery key resets a login
            return role_grants.reset_problem(target_roles)
        if not allowed(actor, Action.CREATE, Resource.ACCOUNTS):
            return "only a coordinator can give a member a login"
        return role_grants.login_problem(actor, target_roles, _history(db))
    if action == group_actions.DEVICE_SUCCEEDED:
        predecessor = str(details.get("predecessor", ""))
        members = apply_queries.device_members(db, predecessor)
        if members is None or actor.member_id not in members:
            return "its author does not use the laptop it claims to continue"
        if apply_queries.revoked_cutoff(db, predecessor) is not None:
            return "it continues a laptop that was removed from the group"
        return ""
    if Role.COORDINATOR not in actor.roles:
        return COORDINATOR_ONLY
    return ""
