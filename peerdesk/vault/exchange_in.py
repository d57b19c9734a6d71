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

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peerdesk.crypto.encoding import b64d
from peerdesk.errors import BundleRefused
from peerdesk.exchange import payload as payload_format
from peerdesk.exchange.container import BundleHeader, open_bundle
from peerdesk.exchange.device import DeviceKeys, DevicePublic
from peerdesk.exchange.payload import Change, Payload
from peerdesk.storage import change_queries, exchange_queries
from peerdesk.storage.change_queries import ChangeRow, DeviceRow
from peerdesk.storage.database import Database
from peerdesk.storage.exchange_queries import BundleRow
from peerdesk.vault.change_apply import Incoming, apply_changes
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
        raise BundleRefused("unknown-sender", "This vault has no laptop keys yet; unlock it "
                                              "once, then try again.")
    return DeviceKeys.from_bytes(raw)


def open_received(db: Database, group: str, data: bytes) -> Received:
    """Check and decrypt a bundle for this laptop, or raise ``BundleRefused`` (exit 7)."""
    directory = change_queries.devices(db)
    known = {r.id: public_of(r) for r in directory if r.revoked_at is None}
    revoked = {r.id for r in directory if r.revoked_at is not None}
    opened = open_bundle(data, me=own_keys(db), group=group, known=known, revoked=revoked)
    body = payload_format.decode(opened.payload, snapshot=opened.header.kind == "snapshot")
    return Received(opened.header, body)


def incoming(changes: Sequence[Change]) -> list[Incoming]:
    return [Incoming(ChangeRow(c.device, c.seq, c.prev, c.digest, c.hash, c.envelope,
                               c.signature), c.content) for c in changes]


def apply_received(vault: Vault, received: Received) -> Any:
    """Apply the bundle's changes (one transaction, in the engine), then remember the
    sender's acknowledgement and the bundle."""
    header = received.header
    result = apply_changes(vault, incoming(received.payload.changes))
    remember(vault.db, header, received.payload)
    return result


def remember(db: Database, header: BundleHeader, body: Payload) -> None:
    now = iso(utc_now())
    with db.transaction():
        exchange_queries.record_received(db, header.sender, body.have, now)
        exchange_queries.add_bundle(db, BundleRow(header.bundle, "in", header.sender, now,
                                                  {}, None))
