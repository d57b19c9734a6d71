"""Content digests at write time and at ``peerdesk verify``.

At write time: the records a transaction changed with their content and digests, for its
audit event and its change.
At verify: the ``audit_content`` rows are checked against the signed claims of their events,
then every stored record's content is recomputed and compared with the digest the chain last
recorded for it. A record is named by kind and id only, never by its content.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from peerdesk.storage import content_table
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND, SPECS
from peerdesk.vault.content_digest import UnreadableContent, claim, record_digest

Entry = tuple[str, str, str | None]


#: A changed record: kind, id, digest after the change (None: gone), fields (None: gone).
Changed = tuple[str, str, str | None, dict[str, Any] | None]


def changed_records(db: Database) -> Iterator[Changed]:
    """Every record changed in this transaction with its content, sorted by kind, then id.

    The content is read once, here, for both the audit event's digests and the change log;
    it is yielded a chunk at a time so a bulk write never holds every record in memory."""
    touched = content_table.take_touched(db)
    for kind in sorted(touched):
        ids = sorted(touched[kind])
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found = dict(content_table.contents(db, BY_KIND[kind], chunk))
            for rid in chunk:
                fields = found.get(rid)
                yield kind, rid, None if fields is None else record_digest(kind, fields), fields


@dataclass
class ContentReport:
    records: int = 0
    problems: list[str] = field(default_factory=list)
    #: The digest of every stored record now (None: unreadable), for the change log's check.
    digests: dict[tuple[str, str], str | None] = field(default_factory=dict)

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
            report.digests[key] = digest
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
