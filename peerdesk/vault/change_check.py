"""``peerdesk verify`` for the change log: every device chain held, and this laptop's own
chain against the records.

For each device: the links (``exchange.changes.check_links``), each envelope against its
digest, and each author signature against the keys the audit chain vouches for. For this
laptop's own chain: the content kept beside each change against the record digest its
envelope names, and the latest change of each record against the record as stored now.
Records are named by kind and id only; no content is ever printed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from peerdesk.crypto.encoding import b64d
from peerdesk.exchange.changes import Link, check_links, envelope_digest
from peerdesk.storage import apply_queries, change_queries
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import ChainReport
from peerdesk.vault.content_digest import UnreadableContent, record_digest

MAX_PROBLEMS = 200
Key = tuple[str, str]


@dataclass
class ChangeLogReport:
    devices: int = 0
    changes: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem(self, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)


def check_change_log(db: Database, group: str, chain: ChainReport,
                     records: dict[Key, str | None]) -> ChangeLogReport:
    """``chain``: the verified audit chain (its keys and whose they are); ``records``: the
    digest of every stored record now (None: unreadable)."""
    report = ChangeLogReport()
    own = change_queries.self_device(db)
    if own is None:
        report.problem("this laptop has no device: its change log is missing")
        return report
    latest: dict[Key, str | None] = {}
    lost: set[Key] = set()
    for device in change_queries.chain_devices(db):
        report.devices += 1
        name = f"laptop {device[:8]}"
        links: list[Link] = []
        for row in change_queries.iter_changes(db, device):
            report.changes += 1
            links.append(Link(row.device, row.seq, row.prev, row.digest, row.hash))
            envelope = _envelope(db, row, group, chain, report, name)
            if device == own and envelope is not None:
                _replay(db, row, envelope, latest, lost, report, name)
        for text in check_links(links, group, device):
            report.problem(f"{name}: {text}")
    applied = change_queries.applied_last(db)  # records an apply of received changes set
    for key, digest in sorted(records.items()):
        kind, rid = key
        if key in applied:
            latest.pop(key, None)  # checked against the audit chain's digest instead
            continue
        if key not in latest:
            report.problem(f"{kind} {rid} is not in this laptop's change log")
        elif latest.pop(key) != digest:
            report.problem(f"{kind} {rid} differs from its latest change")
        elif key in lost:
            report.problem(f"the change log lost the content of {kind} {rid}")
    for (kind, rid), digest in sorted(latest.items()):
        if digest is not None and (kind, rid) not in applied:
            report.problem(f"{kind} {rid} is gone but its latest change keeps it")
    return report


def _envelope(db: Database, row: ChangeRow, group: str, chain: ChainReport,
              report: ChangeLogReport, name: str) -> dict[str, Any] | None:
    """The change's envelope when it matches its digest and its author's signature."""
    if row.envelope is None:
        return None  # a placeholder: the link alone is checked
    where = f"{name}: change {row.seq}"
    try:
        envelope = json.loads(row.envelope)
        digest = envelope_digest(envelope)
    except (ValueError, TypeError):
        report.problem(f"{where} is unreadable")
        return None
    if not isinstance(envelope, dict) or digest != row.digest:
        report.problem(f"{where} was altered after it was made")
        return None
    if envelope.get("group") != group:
        report.problem(f"{where} belongs to another group")
    kid = str(envelope.get("key_id"))
    public, member = chain.keys.get(kid), chain.key_members.get(kid)
    bound = apply_queries.key(db, kid)  # a key bound by a key.added change
    if public is None and bound is not None:
        member, public = bound
    if public is None:
        report.problem(f"{where} is signed by a key the audit chain does not know")
        return None
    if member != envelope.get("author"):
        report.problem(f"{where} names an author whose key did not sign it")
        return None
    try:
        Ed25519PublicKey.from_public_bytes(b64d(public)).verify(
            b64d(row.signature or ""), bytes.fromhex(row.hash))
    except (InvalidSignature, ValueError):
        report.problem(f"{where} has an invalid signature")
        return None
    return envelope


def _replay(db: Database, row: ChangeRow, envelope: dict[str, Any],
            latest: dict[Key, str | None], lost: set[Key], report: ChangeLogReport,
            name: str) -> None:
    """Follow each record through this laptop's chain; check the content kept beside it."""
    kept = change_queries.contents_of(db, row.device, row.seq)
    entries = envelope.get("records")
    for entry in entries if isinstance(entries, list) else []:
        key = (str(entry.get("kind")), str(entry.get("id")))
        after = entry.get("after")
        latest[key] = after
        content = kept.pop(key, None)
        if content is None:
            if after is None:
                lost.discard(key)
            else:
                lost.add(key)  # purged by an erasure, or lost: only the latest must be kept
            continue
        lost.discard(key)
        try:
            ok = record_digest(key[0], json.loads(content)) == after
        except (ValueError, TypeError, AttributeError, UnreadableContent):
            ok = False
        if not ok:
            report.problem(f"{name}: the content change {row.seq} keeps of {key[0]} {key[1]} "
                           "was altered")
    for kind, rid in sorted(kept):
        report.problem(f"{name}: change {row.seq} keeps content of {kind} {rid} it does not "
                       "list")
