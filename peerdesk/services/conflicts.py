"""Conflicts between laptops, what the merges flagged, and quarantined changes: what a
person must decide or look at after changes from other laptops were applied
(docs/exchange.md).

A conflict is one field two laptops changed differently; both values are kept, the record
shows one until a person decides. Only someone who may change that record may decide
(docs/permissions.md, "Conflicts"). The decision is an ordinary local write, so it becomes a
change that travels and settles the same conflict on every laptop that receives it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from peerdesk.domain import change_rights as rules
from peerdesk.domain.merge import REVIEW
from peerdesk.domain.message import Message
from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import Role
from peerdesk.errors import N_, NotFound, ValidationError
from peerdesk.exchange.clock import Stamp
from peerdesk.services.context import ServiceContext
from peerdesk.storage import (
    apply_queries,
    change_queries,
    codec,
    conflict_queries,
    content_table,
    member_queries,
    record_content,
)
from peerdesk.storage.conflict_queries import ConflictRow
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import change_rights
from peerdesk.vault.record_apply import RESOLVED_ACTION

KEEP_MINE, KEEP_THEIRS = "mine", "theirs"
#: The longest text a field holds (as the text tables' limit).
MAX_TEXT = 50_000


@dataclass(frozen=True)
class Side:
    """One laptop's value of the field, with who changed it, when, and on which laptop."""

    value: Any
    author: str  # display name ("" when unknown)
    at: datetime | None
    laptop: str  # the laptop's name
    this_laptop: bool


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    record_id: str
    field: str
    mine: Side
    theirs: Side
    shown: Any  # the value the record shows until someone decides
    resolved: bool


@dataclass(frozen=True)
class QuarantineView:
    laptop: str
    seq: int
    author: str
    action: str
    reason: str
    at: str


#: Kinds of record only supervisors act on (a coordinator does not read reflections).
SUPERVISOR_KINDS = frozenset({"reflection", "supervision_note"})


@dataclass(frozen=True)
class FlagView:
    kind: str
    record_id: str
    flag: str
    detail: str
    at: str

    @property
    def role(self) -> Role:
        """Who acts on it: a supervisor reviews an escalation kept in the cautious state and
        looks at reflections and supervision notes; a coordinator looks at the rest."""
        if self.flag == REVIEW or self.kind in SUPERVISOR_KINDS:
            return Role.SUPERVISOR
        return Role.COORDINATOR

    @property
    def is_decision(self) -> bool:
        """A supervisor's review is a decision to make, not only something to look at."""
        return self.flag == REVIEW


def _when(stamp: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, UTC)
    except ValueError:
        return None


class ConflictService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reads ---------------------------------------------------------------------------
    def open(self) -> list[ConflictView]:
        """Open conflicts on records this person may change."""
        out = []
        for row in conflict_queries.listed(self.ctx.db):
            if self._may_decide(row):
                out.append(self._view(row))
        return out

    def show(self, conflict_id: str) -> ConflictView:
        return self._view(self._get(conflict_id))

    def flags(self) -> list[FlagView]:
        """What merges settled that a person should still look at (coordinator,
        supervisor)."""
        self.ctx.check(Action.READ, Resource.AUDIT)
        return [FlagView(f.kind, f.record_id, f.flag, f.detail, f.at)
                for f in conflict_queries.flags(self.ctx.db)]

    def to_look_at(self) -> list[FlagView]:
        """The flags for this person, by role (``FlagView.role``): what the decisions
        queue shows under "Settled automatically"."""
        if not self.ctx.allowed(Action.READ, Resource.AUDIT):
            return []
        roles = self.ctx.actor.roles
        return [f for f in self.flags() if f.role in roles]

    def quarantined(self) -> list[QuarantineView]:
        """Changes from other laptops not applied, with the reason (coordinator,
        supervisor)."""
        self.ctx.check(Action.READ, Resource.AUDIT)
        names = member_queries.names(self.ctx.db)
        laptops = {d.id: d.label for d in change_queries.devices(self.ctx.db)}
        return [QuarantineView(laptops.get(q.device, q.device[:8]), q.seq,
                               names.get(q.author, "the recovery key" if not q.author else ""),
                               q.action, q.reason, q.at)
                for q in apply_queries.quarantined(self.ctx.db)]

    def clear_flag(self, kind: str, record_id: str, flag: str) -> None:
        """A coordinator or supervisor has looked at what a merge flagged (audited)."""
        ctx = self.ctx
        ctx.check(Action.READ, Resource.AUDIT)
        with ctx.write("flag.cleared", kind, record_id, {"flag": flag}) as db:
            if not conflict_queries.clear_flag(db, kind, record_id, flag,
                                               codec.iso_dt(ctx.now())):
                raise NotFound("No such flag on that record.")

    # -- the decision --------------------------------------------------------------------
    def resolve(self, conflict_id: str, keep: str) -> ConflictView:
        """Settle a conflict: ``keep`` is "mine", "theirs", or a new text for the field."""
        ctx = self.ctx
        row = self._get(conflict_id)
        if row.resolved_at is not None:
            raise ValidationError("That conflict was already decided.")
        view = self._view(row)
        if keep == KEEP_MINE:
            value = view.mine.value
        elif keep == KEEP_THEIRS:
            value = view.theirs.value
        elif row.field in BY_KIND[row.kind].text_fields:
            value = keep.strip()
            if len(value) > MAX_TEXT:
                raise ValidationError(Message(N_("A text can hold at most {limit} characters."),
                                              limit=f"{MAX_TEXT:,}"))
        else:
            raise ValidationError('This field takes "mine" or "theirs", not a new text.')
        current = self._content(row.kind, row.record_id)
        new = dict(current)
        if value is None:
            new.pop(row.field, None)
        else:
            new[row.field] = value
        new["updated_at"] = codec.iso_dt(ctx.now())
        new["updated_by"] = ctx.actor.member_id or "recovery"
        new["version"] = int(current.get("version", 1)) + 1
        with ctx.vault.write(RESOLVED_ACTION, row.kind, row.record_id,
                             {"conflict": row.id, "field": row.field},
                             change_details={"conflicts": [row.id]}) as db:
            record_content.write(db, row.kind, new, current)
            conflict_queries.resolve(db, row.id, ctx.actor.member_id, codec.iso_dt(ctx.now()))
        return self._view(self._get(conflict_id))

    # -- helpers -------------------------------------------------------------------------
    def _get(self, conflict_id: str) -> ConflictRow:
        row = conflict_queries.get(self.ctx.db, conflict_id)
        if row is None or not self._may_decide(row):
            raise NotFound("No such conflict, or not one you can decide.")
        return row

    def _content(self, kind: str, record_id: str) -> dict[str, Any]:
        found = dict(content_table.contents(self.ctx.db, BY_KIND[kind], [record_id]))
        if record_id not in found:
            raise NotFound("The record of that conflict is not on this laptop.")
        return found[record_id]

    def _may_decide(self, row: ConflictRow) -> bool:
        ctx = self.ctx
        fields = dict(content_table.contents(ctx.db, BY_KIND[row.kind], [row.record_id]))
        current = fields.get(row.record_id)
        if current is None:
            return False
        owns, assigned = change_rights.facts(ctx.db, ctx.actor.member_id, row.kind, current,
                                             current, False)
        return ctx.allowed(Action.UPDATE, rules.KIND_RESOURCE[row.kind], owns=owns,
                           assigned=assigned)

    def _view(self, row: ConflictRow) -> ConflictView:
        db = self.ctx.db
        own = change_queries.self_device(db) or ""
        names = member_queries.names(db)
        laptops = {d.id: d.label for d in change_queries.devices(db)}

        def side(value: str | None, device: str, author: str, stamp: str) -> Side:
            return Side(None if value is None else json.loads(value), names.get(author, ""),
                        _when(stamp), laptops.get(device, device[:8]), device == own)

        a = side(row.a_value, row.a_device, row.a_author, row.a_stamp)
        b = side(row.b_value, row.b_device, row.b_author, row.b_stamp)
        mine, theirs = (b, a) if b.this_laptop and not a.this_laptop else (a, b)
        if not a.this_laptop and not b.this_laptop:
            mine, theirs = b, a  # neither is this laptop's: "mine" is what it shows
        current = dict(content_table.contents(db, BY_KIND[row.kind], [row.record_id]))
        shown = current.get(row.record_id, {}).get(row.field)
        return ConflictView(row.id, row.kind, row.record_id, row.field, mine, theirs, shown,
                            row.resolved_at is not None)

