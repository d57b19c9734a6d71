"""Who an imported record belongs to: the importer, with what the file said kept as a claim.

An import never speaks in another member's name. Every imported record is created and
last updated by the importing member, at the time of the import (its id and version are
kept). What the file said (who created and last changed the record and when, who deleted
it, and who wrote it: a reflection's author, a supervision note's supervisor, who raised
an escalation or added an event) is kept as a *claim* in ``import_claims``, with the
file's name and SHA-256, and shown as a claim wherever the author is shown. A claim the
file itself carries (``_claim``: what an earlier import was told) is kept inside the new
one as ``earlier`` (one generation back), never believed.
See docs/permissions.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from peerdesk.domain.records_base import Record, RecordMeta
from peerdesk.services.context import ServiceContext
from peerdesk.services.import_validation import Batch
from peerdesk.storage import codec
from peerdesk.storage.import_claim_queries import ClaimRow

#: The field of each kind that names who wrote the record (kept, and shown as claimed).
AUTHOR_FIELDS: Mapping[str, str] = {
    "reflection": "author_id",
    "supervision_note": "supervisor_id",
    "escalation": "raised_by",
    "escalation_event": "by",
}
#: Longest file name kept with a claim.
SOURCE_MAX = 255


def source_name(name: str) -> str:
    """The file name as kept with each claim: printable, at most :data:`SOURCE_MAX`."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    return clean[:SOURCE_MAX]


def _one_generation(earlier: dict[str, Any]) -> dict[str, Any]:
    """The file's claim without the claims before it (one generation back is kept)."""
    claimed = earlier.get("claimed")
    if isinstance(claimed, dict) and "earlier" in claimed:
        earlier = {**earlier, "claimed": {k: v for k, v in claimed.items() if k != "earlier"}}
    return earlier


def importer_id(ctx: ServiceContext) -> str:
    return ctx.actor.member_id or "recovery"


def attribute(ctx: ServiceContext, batch: Batch, *, source: str, sha256: str,
              claimed: bool) -> list[ClaimRow]:
    """Re-attribute every built record to the importer; return the claims to store.

    ``claimed``: the values carried their own metadata (a JSON export), so there is
    something to keep as a claim; CSV rows only record where they came from.
    """
    by = importer_id(ctx)
    now = ctx.now()
    at = codec.iso_dt(now)
    rows: list[ClaimRow] = []
    for kind, items in batch.built.items():
        stored = batch.storage.get(kind, {})
        earlier = batch.claims.get(kind, {})
        author = AUTHOR_FIELDS.get(kind)
        fresh: list[Record] = []
        for record in items:
            claim: dict[str, Any] = {}
            if claimed:
                meta = record.meta
                claim = {"created_by": meta.created_by, "created_at": codec.iso_dt(
                    meta.created_at), "updated_by": meta.updated_by,
                    "updated_at": codec.iso_dt(meta.updated_at)}
                if author is not None:
                    claim["author"] = str(getattr(record, author))
            if record.id in earlier:
                claim["earlier"] = _one_generation(earlier[record.id])
            extra = stored.get(record.id)
            if extra and extra.get("deleted_by"):
                claim["deleted_by"] = extra["deleted_by"]
                extra["deleted_by"] = by
            meta = RecordMeta(id=record.id, created_at=now, created_by=by, updated_at=now,
                              updated_by=by, version=record.meta.version)
            fresh.append(dataclasses.replace(record, meta=meta))  # type: ignore[type-var]
            rows.append(ClaimRow(kind, record.id, source, sha256, by, at, claim))
        batch.built[kind] = fresh
    return rows


def attribute_history(ctx: ServiceContext, history: Sequence[Mapping[str, Any]],
                      claims: Sequence[ClaimRow]) -> list[dict[str, Any]]:
    """Prior versions from the file, written by the importer; who and when the file said
    each version was made is added to that record's claim (``versions``)."""
    by = importer_id(ctx)
    at = codec.iso_dt(ctx.now())
    index = {(c.kind, c.record_id): c for c in claims}
    out: list[dict[str, Any]] = []
    for item in history:
        claim = index.get((str(item["kind"]), str(item["record_id"])))
        if claim is not None:
            versions = claim.claimed.setdefault("versions", {})
            versions[str(item["version"])] = {"changed_by": item["changed_by"],
                                              "changed_at": item["changed_at"]}
        out.append({**item, "changed_by": by, "changed_at": at})
    return out
