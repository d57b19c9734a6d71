"""What every service needs: the unlocked vault, who is acting, the clock and the zone."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.domain.escalation import GroupPolicy
from peerdesk.domain.permissions import Action, Actor, Resource, allowed, check
from peerdesk.domain.records_base import RecordMeta
from peerdesk.storage import advisee_queries, audit_table
from peerdesk.storage.database import Database
from peerdesk.vault.vault import Vault

#: An audit event to sign in the same transaction: (action, kind, record id, details).
AuditNote = tuple[str, str, str, dict[str, Any]]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass
class ServiceContext:
    vault: Vault
    actor: Actor
    tz: tzinfo = UTC
    policy: GroupPolicy = field(default_factory=GroupPolicy)
    clock: Callable[[], datetime] = _utc_now

    @property
    def db(self) -> Database:
        return self.vault.db

    def now(self) -> datetime:
        return self.clock()

    def new_meta(self) -> RecordMeta:
        return RecordMeta.new(by=self.actor.member_id or "recovery", now=self.now())

    def touched(self, meta: RecordMeta) -> RecordMeta:
        return meta.touched(by=self.actor.member_id or "recovery", now=self.now())

    @contextlib.contextmanager
    def write(self, action: str, kind: str, record_id: str,
              details: dict[str, Any] | None = None, *,
              also: Sequence[AuditNote] = ()
              ) -> Iterator[Database]:
        """One transaction: the change, then an audit event for it. ``also`` adds events
        (action, kind, id, details) that must stand on their own in the chain, such as a
        role grant; they are signed in the same transaction, so all or nothing."""
        with self.vault.write(action, kind, record_id, details) as db:
            yield db
            for extra in also:
                with self.vault.write(*extra):
                    pass

    def last_seq(self) -> int:
        head = audit_table.head(self.db)
        return 0 if head is None else head[0]

    # -- permissions -------------------------------------------------------------------
    def check(self, action: Action, resource: Resource, *, owns: bool = False,
              assigned: bool = False, operational: bool = False) -> None:
        check(self.actor, action, resource, owns=owns, assigned=assigned,
              operational=operational)

    def allowed(self, action: Action, resource: Resource, *, owns: bool = False,
                assigned: bool = False, operational: bool = False) -> bool:
        return allowed(self.actor, action, resource, owns=owns, assigned=assigned,
                       operational=operational)

    def is_assigned(self, advisee_id: str) -> bool:
        return advisee_queries.is_assigned(self.db, advisee_id, self.actor.member_id)

    def sees_all(self, resource: Resource) -> bool:
        """True when the actor may read every record of ``resource`` (no scoping)."""
        return self.allowed(Action.READ, resource)
