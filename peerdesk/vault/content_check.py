"""Content digests at write time and at ``peerdesk verify``.

At write time: the digests of the records a transaction changed, for its audit event.
At verify: the ``audit_content`` rows are checked against the signed claims of their events,
then every stored record's content is recomputed and compared with the digest the chain last
recorded for it. A record is named by kind and id only, never by its content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peerdesk.storage import content_table
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND, SPECS
from peerdesk.vault.content_digest import UnreadableContent, claim, record_digest

Entry = tuple[str, str, str | None]


def changed_entries(db: Database) -> list[Entry]:
    """[kind, id, digest] of every record changed in this transaction, sorted."""
    touched = content_table.take_touched(db)
    entries: list[Entry] = []
    for kind, ids in touched.items():
        found = {
            rid: record_digest(kind, fields)
            for rid, fields in content_table.contents(db, BY_KIND[kind], ids)
        }
        entries.extend((kind, rid, found.get(rid)) for rid in ids)
    entries.sort(key=lambda e: (e[0], e[1]))
    return entries


@dataclass
class ContentReport:
    records: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_content(db: Database, claims: dict[int, Any]) -> ContentReport:
    """Check the stored digests against the chain's claims, then every record against them."""
    report = ContentReport()
    latest = _recorded_digests(db, claims, report.problems)
    for spec in SPECS:
        for rid, fields in content_table.contents(db, spec):
            report.records += 1
            try:
                digest: str | None = record_digest(spec.kind, fields)
            except UnreadableContent:
                digest = None
            key = (spec.kind, rid)
            if key not in latest:
                report.problems.append(
                    f"{spec.kind} {rid} is not in the audit chain (added outside peerdesk)")
            elif latest.pop(key) != digest:
                report.problems.append(f"{spec.kind} {rid} was changed outside peerdesk")
    for (kind, rid), digest in sorted(latest.items()):
        if digest is not None:
            report.problems.append(f"{kind} {rid} was removed outside peerdesk")
    return report


def _recorded_digests(
    db: Database, claims: dict[int, Any], problems: list[str]
) -> dict[tuple[str, str], str | None]:
    """The last digest the chain recorded for each record (from verified rows only)."""
    latest: dict[tuple[str, str], str | None] = {}
    seen: set[int] = set()
    group: list[Entry] = []
    group_seq = 0

    def close() -> None:
        if not group:
            return
        seen.add(group_seq)
        if group_seq not in claims:
            problems.append(f"content digests beside event {group_seq} are not in the chain")
        elif claims[group_seq] != claim(group):
            problems.append(f"the content digests of event {group_seq} were altered")
        else:
            latest.update(((k, r), d) for k, r, d in group)

    for seq, kind, rid, digest in content_table.iter_rows(db):
        if seq != group_seq:
            close()
            group, group_seq = [], seq
        group.append((kind, rid, digest))
    close()
    for seq in sorted(set(claims) - seen):
        problems.append(f"the content digests of event {seq} are missing")
    return latest
