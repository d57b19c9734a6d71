"""What every record carries: id, who/when created and updated, and a version."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime


def new_id() -> str:
    """A new random record id (UUID4, canonical lower-case string)."""
    return str(uuid.uuid4())


def require_aware_utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC; a naive datetime is a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime: peerdesk stores aware UTC datetimes only")
    return moment.astimezone(UTC)


@dataclass(frozen=True, kw_only=True, slots=True)
class RecordMeta:
    id: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    version: int = 1

    @classmethod
    def new(cls, *, by: str, now: datetime, id: str | None = None) -> RecordMeta:
        at = require_aware_utc(now)
        return cls(id=id or new_id(), created_at=at, created_by=by, updated_at=at,
                   updated_by=by, version=1)

    def touched(self, *, by: str, now: datetime) -> RecordMeta:
        """The metadata of the next version of this record."""
        return replace(self, updated_at=require_aware_utc(now), updated_by=by,
                       version=self.version + 1)


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """Base of every stored record. ``record.id`` is a shortcut for ``record.meta.id``."""

    meta: RecordMeta

    @property
    def id(self) -> str:
        return self.meta.id
