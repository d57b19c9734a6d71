"""This laptop's own change chain: its device, and one change appended per write.

Every write that changes records appends, in the same transaction, one change to this
device's chain (docs/format.md, "The change log in the vault"): a signed envelope naming, for
each record touched, its kind, id, the digest it had before (its *base*) and the digest it
has after; the canonical content after is kept beside the change and checked against that
digest. The records and their content come from the audit event's own content digests
(``content_check.changed_records``), so nothing is read twice. The group id is the vault id
of the vault the group started in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.crypto.encoding import b64e, canonical_json
from peerdesk.exchange.changes import device_genesis, make_link
from peerdesk.exchange.clock import Stamp, tick
from peerdesk.exchange.device import DeviceKeys
from peerdesk.storage import change_queries, content_table, vault_tables
from peerdesk.storage.change_queries import ChangeRow, DeviceRow
from peerdesk.storage.database import Database
from peerdesk.storage.tables import SPECS
from peerdesk.vault import clock_memory
from peerdesk.vault.audit_chain import key_id
from peerdesk.vault.content_check import Changed, Entry
from peerdesk.vault.content_digest import record_digest
from peerdesk.vault.layout import iso, utc_now

#: The version of a change envelope (docs/format.md).
ENVELOPE_FORMAT = 1
#: A write that touches more records than this (a bulk import, the demo, the baseline) is
#: logged as consecutive changes of at most this many records each, in the same transaction.
MAX_RECORDS_PER_CHANGE = 1000
#: The audit action that gives a laptop its device, and the action of its baseline changes.
DEVICE_CREATED = "device.created"
BASELINE_ACTION = "device.baseline"
#: Who added a device when the recovery key was in use.
RECOVERY_MEMBER = "recovery"


@dataclass(frozen=True)
class Author:
    """Who signs a change: the acting account's member ("" for the recovery key) and key."""

    member: str
    key_id: str
    signing_key: Ed25519PrivateKey


def author_of(db: Database, account_id: str | None, sign_public: str,
              signing_key: Ed25519PrivateKey) -> Author:
    """The author of a write by this account (``None``: the recovery key)."""
    info = None if account_id is None else vault_tables.account(db, account_id)
    return Author("" if info is None else info.member_id, key_id(sign_public), signing_key)


def create_device(db: Database, keys: DeviceKeys, *, label: str, members: Iterable[str],
                  by: str) -> str:
    """Store this laptop's device keys and its entry in the device directory."""
    public = keys.public.to_json()
    change_queries.add_device(db, DeviceRow(
        id=public["id"], label=label, sign_public=public["sign"],
        kem_x25519=public["kem_x25519"], kem_mlkem768=public["kem_mlkem768"],
        members=tuple(members), added_by=by, added_at=iso(utc_now()), revoked_at=None,
    ))
    change_queries.set_self(db, public["id"], keys.to_bytes())
    return str(public["id"])


class ChangeWriter:
    """Collects the records of one write and appends them to this device's chain."""

    def __init__(self, db: Database, *, group: str, device: str, author: Author,
                 action: str, details: dict[str, Any] | None = None) -> None:
        self._db = db
        self._group = group
        self._device = device
        self._author = author
        self._action = action
        self._details = details
        self._pending: list[Changed] = []
        self._baseline = action == BASELINE_ACTION

    def add(self, record: Changed) -> None:
        self._pending.append(record)
        if len(self._pending) >= MAX_RECORDS_PER_CHANGE:
            self.flush()

    def flush(self, *, empty: bool = False) -> None:
        """Append the pending records as one change (before the write's audit content is
        stored, so the last recorded digest of each record is still its base). With
        ``empty``, a change is appended even when no record is pending (a change that only
        carries details, such as a device added to the group)."""
        if not self._pending and not empty:
            return
        pending, self._pending = self._pending, []
        bases: dict[tuple[str, str], str | None] = {}
        if not self._baseline:
            by_kind: dict[str, list[str]] = {}
            for kind, rid, _digest, _fields in pending:
                by_kind.setdefault(kind, []).append(rid)
            for kind, ids in by_kind.items():
                found = change_queries.last_digests(self._db, kind, ids)
                bases.update(((kind, rid), digest) for rid, digest in found.items())
        records: list[dict[str, Any]] = []
        content: list[tuple[str, str, str]] = []
        for kind, rid, digest, fields in pending:
            records.append({"kind": kind, "id": rid, "base": bases.get((kind, rid)),
                            "after": digest})
            if fields is not None:
                content.append((kind, rid, canonical_json(fields).decode("utf-8")))
        head = change_queries.head(self._db, self._device)
        seq, prev, last = (1, "", None) if head is None else (
            head[0] + 1, head[1], Stamp.parse(head[2]))
        if head is None:
            prev = device_genesis(self._group, self._device)
        last = clock_memory.after(last, self._db)  # after what was applied from others
        stamp = tick(last, int(utc_now().timestamp() * 1000), self._device)
        envelope = {
            "format": ENVELOPE_FORMAT, "group": self._group, "stamp": str(stamp),
            "author": self._author.member, "key_id": self._author.key_id,
            "action": self._action, "records": records,
        }
        if self._details is not None:
            envelope["details"] = self._details
            self._details = None  # only the first change of a write carries them
        link = make_link(self._device, seq, prev, envelope)
        signature = b64e(self._author.signing_key.sign(bytes.fromhex(link.hash)))
        change_queries.append(self._db, ChangeRow(
            self._device, seq, prev, link.digest, link.hash,
            canonical_json(envelope).decode("utf-8"), signature,
        ), content)


def log_write(db: Database, records: Iterable[Changed], *, group: str, author: Author,
              action: str, details: dict[str, Any] | None = None) -> list[Entry]:
    """Append the change(s) of a write whose changed records are ``records`` (the first
    carrying ``details``); returns their (kind, id, digest) entries for the audit event."""
    own = change_queries.self_device(db)
    writer = None if own is None else ChangeWriter(
        db, group=group, device=own, author=author, action=action, details=details)
    entries: list[Entry] = []
    for record in records:
        entries.append((record[0], record[1], record[2]))
        if writer is not None:
            writer.add(record)
    if writer is not None:
        writer.flush()
    return entries


def log_event(db: Database, *, group: str, author: Author, action: str,
              details: dict[str, Any]) -> None:
    """Append one change that touches no record and carries ``details`` (for example
    ``device.added``); a no-op on a vault that has no device yet."""
    own = change_queries.self_device(db)
    if own is None:
        return
    ChangeWriter(db, group=group, device=own, author=author, action=action,
                 details=details).flush(empty=True)


def device_details(keys: DeviceKeys) -> dict[str, Any]:
    """What the audit event that gives a laptop its device records (public keys only)."""
    public = keys.public.to_json()
    return {"device_id": public["id"], "sign": public["sign"]}


def start_chain(db: Database, keys: DeviceKeys, *, group: str, author: Author) -> None:
    """An existing vault's upgrade: this laptop's device (used by every member with a login)
    and a baseline of every record present now, as changes with no base, so that a laptop
    could be built from this chain alone."""
    members = sorted({a.member_id for a in vault_tables.live_accounts(db)})
    device = create_device(db, keys, label="This laptop", members=members,
                           by=author.member or RECOVERY_MEMBER)
    writer = ChangeWriter(db, group=group, device=device, author=author,
                          action=BASELINE_ACTION)
    for spec in SPECS:
        for rid, fields in content_table.contents(db, spec):
            writer.add((spec.kind, rid, record_digest(spec.kind, fields), fields))
    writer.flush()
