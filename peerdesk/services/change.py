"""What a write returns: enough for every view to refresh from one signal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    kind: str  # record kind, e.g. "session"
    op: str  # "created", "updated", "deleted", "erased", "transition", ...
    ids: tuple[str, ...]
    audit_seq: int
    record: Any = None  # the record as saved, where there is one

    @property
    def id(self) -> str:
        return self.ids[0] if self.ids else ""
