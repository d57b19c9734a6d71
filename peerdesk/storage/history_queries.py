"""Records as they were at a past moment, from ``record_history`` (docs/reports-as-at.md).

``record_history`` keeps every prior version of a record with the moment it was replaced
(``changed_at``). The version a record had at a moment ``at`` is therefore the first prior
version replaced at or after ``at``; a record with no such entry had its current version.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar, cast

from peerdesk.domain.records_base import Record
from peerdesk.storage import codec
from peerdesk.storage.database import Database
from peerdesk.storage.tables import spec_for

R = TypeVar("R", bound=Record)


def versions_at(db: Database, kind: str, at: str) -> dict[str, dict[str, Any]]:
    """For each record of ``kind`` changed at or after ``at`` (UTC ISO text): the snapshot
    of the version it had at ``at``. Records unchanged since then are not listed."""
    first: dict[str, str] = {}
    for record_id, snapshot in db.query(
        "SELECT record_id, snapshot FROM record_history WHERE kind = ? AND changed_at >= ? "
        "ORDER BY record_id, version", (kind, at),
    ):
        first.setdefault(str(record_id), str(snapshot))
    return {record_id: json.loads(text) for record_id, text in first.items()}


def records_at(db: Database, cls: type[R], found: Sequence[R], at: str) -> list[R]:
    """Of ``found`` (current versions), those entered before ``at``, each in the version it
    had at ``at``."""
    old = versions_at(db, spec_for(cls).kind, at)
    moment = codec.parse_dt(at)
    return [cast(R, codec.from_snapshot(cls, old[r.id])) if r.id in old else r
            for r in found if r.meta.created_at < moment]


def existed(alias: str) -> str:
    """SQL: the row ``alias`` was entered before the moment and not yet removed at it.
    Takes two parameters, both the moment."""
    return f"{alias}.created_at < ? AND ({alias}.deleted_at IS NULL OR {alias}.deleted_at >= ?)"
