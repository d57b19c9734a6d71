"""Reading and checking the audit log (coordinator reads; supervisor reads and verifies)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peerdesk.domain.permissions import Action, Resource
from peerdesk.services.context import ServiceContext
from peerdesk.storage import audit_table, member_queries, vault_tables
from peerdesk.vault.verify import VerifyReport, verify_vault


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor_name: str
    action: str
    target_kind: str
    target_id: str
    details: dict[str, Any]


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count(self) -> int:
        self.ctx.check(Action.READ, Resource.AUDIT)
        return audit_table.count(self.ctx.db)

    def recent(self, limit: int = 200, offset: int = 0) -> list[AuditRow]:
        """Newest first. Details hold ids and counts only, never note text or names."""
        ctx = self.ctx
        ctx.check(Action.READ, Resource.AUDIT)
        names = member_queries.names(ctx.db)
        accounts = {a.account_id: a.member_id for a in vault_tables.live_accounts(ctx.db)}
        out = []
        for ev in audit_table.recent(ctx.db, limit, offset):
            actor = str(ev["actor"])
            name = "Recovery key" if actor == "recovery" else names.get(
                accounts.get(actor, ""), "a removed account")
            out.append(AuditRow(int(ev["seq"]), str(ev["at"]), name, str(ev["action"]),
                                str(ev["target_kind"]), str(ev["target_id"]),
                                json.loads(str(ev["details"]))))
        return out

    def verify(self, anchor: tuple[int, str] | None = None) -> VerifyReport:
        self.ctx.check(Action.VERIFY, Resource.AUDIT)
        return verify_vault(self.ctx.vault, anchor)
