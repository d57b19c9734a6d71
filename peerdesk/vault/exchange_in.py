"""Opening a bundle addressed to this laptop and handing its changes to the apply engine.

Everything that can refuse a bundle runs before anything is stored: the container's checks
(group, recipient, sender known and not revoked, signature, decryption), then the payload's
(shape, sizes, order, round trip). The changes then go, all at once, to
``peerdesk.vault.change_apply.apply_changes``, which checks every link and signature and
applies them in one transaction; this module never writes a received change itself. What
the bundle says the sender holds (its acknowledgement) and the bundle's id are recorded
after, so a sync can skip the bundle next time after reading its header alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.crypto.encoding import b64d
from peerdesk.errors import N_, BundleRefused
from peerdesk.exchange import payload as payload_format
from peerdesk.exchange.container import BundleHeader, Refusal, open_bundle, read_header, refuse
from peerdesk.exchange.device import DeviceKeys, DevicePublic
from peerdesk.exchange.payload import Change, Payload
from peerdesk.storage import apply_queries, change_queries, exchange_queries
from peerdesk.storage.change_queries import ChangeRow, DeviceRow
from peerdesk.storage.database import Database
from peerdesk.storage.exchange_queries import BundleRow
from peerdesk.vault import fork
from peerdesk.vault.change_apply import Incoming, Progress, ShouldCancel, apply_changes
from peerdesk.vault.layout import iso, utc_now
from peerdesk.vault.vault import Vault


@dataclass(frozen=True)
class Received:
    header: BundleHeader
    payload: Payload


def public_of(row: DeviceRow) -> DevicePublic:
    return DevicePublic(b64d(row.sign_public), b64d(row.kem_x25519), b64d(row.kem_mlkem768))


def own_keys(db: Database) -> DeviceKeys:
    raw = change_queries.self_keys(db)
    if raw is None:
        raise BundleRefused("unknown-sender", N_("This vault has no laptop keys yet; unlock "
                                                 "it once, then try again."))
    return DeviceKeys.from_bytes(raw)


def open_received(db: Database, group: str, data: bytes) -> Received:
    """Check and decrypt a bundle for this laptop, or raise ``BundleRefused`` (exit 7)."""
    directory = change_queries.devices(db)
    known = {r.id: public_of(r) for r in directory if r.revoked_at is None}
    revoked = {r.id for r in directory if r.revoked_at is not None}
    header = read_header(data)
    successor = header.sender not in known and header.sender not in revoked \
        and header.sender_keys is not None and header.kind == "changes"
    if successor:
        assert header.sender_keys is not None
        known[header.sender] = header.sender_keys
    opened = open_bundle(data, me=own_keys(db), group=group, known=known, revoked=revoked)
    body = payload_format.decode(opened.payload, snapshot=opened.header.kind == "snapshot")
    if successor and not _succeeds(body, header.sender, known):
        raise refuse(Refusal.UNKNOWN_SENDER)
    return Received(opened.header, body)


def _succeeds(body: Payload, sender: str, known: dict[str, DevicePublic]) -> bool:
    """A bundle from a laptop this one does not know is taken only as the first bundle of a
    new chain of a known laptop (one restored from a backup): it must carry that chain's
    first change, a ``device.succeeded`` naming these keys and a known, not removed,
    predecessor. The change's author signature and right are checked when it is applied."""
    first = next((c for c in body.changes if c.device == sender and c.seq == 1), None)
    if first is None or first.envelope is None:
        return False
    envelope = json.loads(first.envelope)
    details = envelope.get("details") if isinstance(envelope, dict) else None
    return (isinstance(details, dict) and envelope.get("action") == fork.DEVICE_SUCCEEDED
            and isinstance(details.get("device"), dict)
            and details["device"].get("id") == sender
            and details.get("predecessor") in known
            and details.get("predecessor") != sender)


def incoming(changes: Sequence[Change]) -> list[Incoming]:
    return [Incoming(ChangeRow(c.device, c.seq, c.prev, c.digest, c.hash, c.envelope,
                               c.signature), c.content) for c in changes]


def apply_received(vault: Vault, received: Received, progress: Progress | None = None,
                   should_cancel: ShouldCancel | None = None) -> Any:
    """Apply the bundle's changes (one transaction, in the engine), then remember the
    sender's acknowledgement and the bundle. A cancel (``should_cancel``) stops inside
    the transaction: nothing of the bundle is applied or remembered."""
    header = received.header
    result = apply_changes(vault, incoming(received.payload.changes), progress,
                           should_cancel)
    forked = remember(vault.db, header, received.payload)
    if result.forks or forked:
        fork.succeed_if_forked(vault)
    return result


def remember(db: Database, header: BundleHeader, body: Payload) -> bool:
    """Record the sender's acknowledgement and the bundle; a head the sender holds that
    differs from the change held here at that seq is recorded as a fork (True)."""
    now = iso(utc_now())
    forked = False
    with db.transaction():
        exchange_queries.record_received(db, header.sender, body.have, now)
        exchange_queries.add_bundle(db, BundleRow(header.bundle, "in", header.sender, now,
                                                  {}, None))
        for device, seq in body.have.items():
            held = apply_queries.held_hash(db, device, seq)
            theirs = body.heads[device]
            if held is not None and held != theirs:
                forked = apply_queries.add_fork(db, device, seq, held, theirs, now) or forked
    return forked
