"""Members of the group, their roles and training, and their logins (accounts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from peerdesk.crypto.kdf import KdfParams
from peerdesk.domain import role_grants, validate
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.records_people import Member
from peerdesk.domain.vocab import Role
from peerdesk.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.i18n import N_
from peerdesk.services.change import Change
from peerdesk.services.context import AuditNote, ServiceContext
from peerdesk.storage import member_queries, records, role_grant_queries, vault_tables

R = Resource.MEMBERS


class MemberService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        member = validate.build_member({"active": True, **dict(values)}, meta=ctx.new_meta(),
                                       now=ctx.now(), tz=ctx.tz)
        if not self._supervisor_grant_only(frozenset(), member.roles):
            ctx.check(Action.CREATE, R)
        grants = self._check_roles(member.id, frozenset(), member.roles)
        with ctx.write("member.created", "member", member.id,
                       {"roles": sorted(r.value for r in member.roles)},
                       also=grants) as db:
            records.insert(db, member)
        return Change("member", "created", (member.id,), ctx.last_seq(), member)

    def update(self, member_id: str, values: Mapping[str, Any]) -> Change:
        ctx = self.ctx
        old = self.get(member_id)
        new = validate.build_member({**validate.form_values(old), **dict(values)},
                                    meta=ctx.touched(old.meta), now=ctx.now(), tz=ctx.tz)
        same_otherwise = (old.display_name, old.active, old.training) == (
            new.display_name, new.active, new.training)
        grants = self._check_roles(member_id, old.roles, new.roles)
        if not (same_otherwise and self._supervisor_grant_only(old.roles, new.roles)):
            ctx.check(Action.UPDATE, R)
        if Role.COORDINATOR in old.roles and (
            Role.COORDINATOR not in new.roles or not new.active
        ) and member_queries.active_coordinators(ctx.db) <= 1:
            raise ValidationError(N_("The group needs at least one active coordinator."), "roles")
        with ctx.write("member.updated", "member", member_id,
                       {"roles": sorted(r.value for r in new.roles),
                        "active": new.active}, also=grants) as db:
            changed = records.update(db, old, new)
        return Change("member", "updated" if changed else "unchanged", (member_id,),
                      ctx.last_seq(), new)

    # -- role grants -------------------------------------------------------------------
    def grant_history(self) -> role_grants.GrantHistory:
        db = self.ctx.db
        founder_id, founder_account_id = role_grant_queries.founder(db)
        return role_grants.GrantHistory(
            founder_id=founder_id, founder_account_id=founder_account_id,
            supervisor_granted=role_grant_queries.supervisor_ever_granted(db),
            supervisor_login_given=role_grant_queries.supervisor_login_ever_given(db))

    def role_problem(self, member_id: str, old: frozenset[Role], new: frozenset[Role]) -> str:
        """Why the acting member may not change these roles ("" when they may): the form
        asks this to disable what it must not offer; the service enforces it."""
        return role_grants.role_change_problem(self.ctx.actor, member_id, old, new,
                                               self.grant_history())

    def role_locks(self, member_id: str | None = None) -> dict[Role, str]:
        """For each role, why the acting member may not add or remove it for this member
        (a new one when None); "" where they may. The member form disables the rest."""
        old = self.get(member_id).roles if member_id else frozenset()
        history = self.grant_history()
        return {role: role_grants.role_change_problem(self.ctx.actor, member_id or "", old,
                                                      old ^ {role}, history)
                for role in Role}

    def login_problem(self, member_id: str) -> str:
        """Why the acting member may not give this member a login ("" when they may)."""
        has_login = any(a.member_id == member_id
                        for a in vault_tables.live_accounts(self.ctx.db))
        return role_grants.login_problem(self.ctx.actor, self.get(member_id).roles,
                                         self.grant_history(), has_login)

    def _supervisor_grant_only(self, old: frozenset[Role], new: frozenset[Role]) -> bool:
        """A supervisor without the members permission may still grant or remove the
        supervisor role (and create a member whose only role it is)."""
        if Role.SUPERVISOR not in self.ctx.actor.roles:
            return False
        found = role_grants.changes("", old, new)
        return bool(found) and all(c.role is Role.SUPERVISOR for c in found)

    def _check_roles(self, member_id: str, old: frozenset[Role],
                     new: frozenset[Role]) -> list[AuditNote]:
        """Refuse a role change the actor may not make; else its audit events."""
        problem = self.role_problem(member_id, old, new)
        if problem:
            raise PermissionDenied(problem)
        return [(c.action, "member", member_id,
                 {"member_id": member_id, "role": c.role.value,
                  "by_member_id": self.ctx.actor.member_id})
                for c in role_grants.changes(member_id, old, new)]

    def get(self, member_id: str) -> Member:
        member = records.get(self.ctx.db, Member, member_id)
        if member is None:
            raise NotFound("No such member.")
        return member

    def all(self, *, role: Role | None = None, active_only: bool = False) -> list[Member]:
        """Names and roles are visible to every member (to pick advisors, owners...)."""
        ids = member_queries.list_ids(self.ctx.db, role=role.value if role else None,
                                      active_only=active_only)
        return records.get_many(self.ctx.db, Member, ids)

    def names(self) -> dict[str, str]:
        return member_queries.names(self.ctx.db)

    def history(self, member_id: str) -> list[dict[str, Any]]:
        self.ctx.check(Action.READ, R)
        return records.history(self.ctx.db, "member", member_id)

    # -- accounts ----------------------------------------------------------------------
    def accounts(self) -> list[tuple[str, str, str]]:
        """(account id, user name, member id) of every live login."""
        self.ctx.check(Action.READ, Resource.ACCOUNTS)
        return [(a.account_id, a.username, a.member_id)
                for a in vault_tables.live_accounts(self.ctx.db)]

    def add_account(self, member_id: str, username: str, passphrase: str,
                    kdf: KdfParams | None = None) -> Change:
        ctx = self.ctx
        member = self.get(member_id)
        if not (Role.SUPERVISOR in ctx.actor.roles and Role.SUPERVISOR in member.roles):
            ctx.check(Action.CREATE, Resource.ACCOUNTS)
        problem = self.login_problem(member_id)
        if problem:
            raise PermissionDenied(problem)
        errors = validate.validate_account({"member_id": member_id, "username": username})
        validate.require_valid(errors)
        account_id = ctx.vault.add_account(member_id, username.strip(), passphrase, kdf=kdf,
                                           roles=sorted(r.value for r in member.roles))
        return Change("account", "created", (account_id,), ctx.last_seq())

    def remove_account(self, account_id: str) -> Change:
        """Remove a login; the data key is rotated so the old key slot opens nothing."""
        ctx = self.ctx
        ctx.check(Action.DELETE, Resource.ACCOUNTS)
        if account_id == ctx.actor.account_id:
            raise PermissionDenied(N_("You cannot remove your own login."))
        ctx.vault.remove_account(account_id)
        return Change("account", "deleted", (account_id,), ctx.last_seq())
