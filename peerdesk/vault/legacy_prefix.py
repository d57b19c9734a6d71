"""The legacy part of an upgraded founding laptop's chain (docs/exchange.md, "A group that
used peerdesk before the exchange").

A vault made before member keys has a chain whose first changes are signed by account keys
bound only later, when the first unlock after the upgrade wrote its **upgrade block**: the
first run of consecutive ``key.added`` changes marked ``"upgrade": true``, each signed by a
key the block bound before it (the first one by the key it binds itself), binding every key
the vault's audit chain knows, retired ones included. The changes before the block (the
*legacy prefix*; for a vault a release without the block upgraded, it includes that
release's own ``key.added`` changes and what followed them) are checked against the keys of
that block, looked ahead in the same apply.

Only a chain may have one that this laptop holds nothing of yet, that is not this laptop's
own, that this laptop's device directory holds (from the snapshot it was made from) and
that no ``device.added`` or ``device.succeeded`` (held, or in the same apply) introduces:
the laptop the group began on. A paired laptop can never claim one, nor a laptop nobody
added. A
candidate chain whose block has not arrived yet waits (it is not refused: a relay may stop
before the block, and the rest comes from another laptop).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from peerdesk.crypto.encoding import b64d
from peerdesk.storage import apply_fact_queries, change_queries
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import key_id
from peerdesk.vault.change_receipt import KEY_ADDED

#: The mark of a ``key.added`` change written by an upgrade's binding.
UPGRADE = "upgrade"
_INTRODUCING = ("device.added", "device.succeeded")

Keys = dict[str, tuple[str, str]]  # key id -> (member, public signing key)


class _Queued(Protocol):
    @property
    def row(self) -> ChangeRow: ...


@dataclass(frozen=True)
class Block:
    """A verified upgrade block: its keys sign the device's changes up to ``last``."""

    first: int
    last: int
    keys: Keys


@dataclass
class Legacy:
    blocks: dict[str, Block]
    #: candidate founding chains whose block is not in this apply: they wait
    waiting: set[str]

    def keys_for(self, row: ChangeRow) -> Keys | None:
        block = self.blocks.get(row.device)
        return block.keys if block is not None and row.seq <= block.last else None

    def in_block(self, row: ChangeRow) -> bool:
        block = self.blocks.get(row.device)
        return block is not None and block.first <= row.seq <= block.last


def find(db: Database, held: Mapping[str, object],
         queues: Mapping[str, Mapping[int, _Queued]]) -> Legacy:
    """The legacy prefixes of this apply, of the chains ``held`` holds nothing of."""
    out = Legacy({}, set())
    fresh = [d for d in sorted(queues) if d not in held and 1 in queues[d]]
    if not fresh:
        return out
    own = change_queries.self_device(db)
    directory = {d.id for d in change_queries.devices(db)}
    introduced = _introduced(q.row for queue in queues.values() for q in queue.values())
    for device in fresh:
        if device == own or device not in directory or device in introduced \
                or apply_fact_queries.was_added(db, device):
            continue
        rows = _run(queues[device])
        first = _envelope(rows[0])
        if first is not None and first.get("action") in (KEY_ADDED, "device.succeeded"):
            continue  # an ordinary chain: it starts with its keys
        try:
            block = _block(rows)
        except _Broken:
            continue  # checked as any chain: its first change is refused
        if block is None:
            out.waiting.add(device)
        else:
            out.blocks[device] = block
    return out


class _Broken(Exception):
    """An upgrade block that does not check out."""


def _run(queue: Mapping[int, _Queued]) -> list[ChangeRow]:
    rows, seq = [], 1
    while seq in queue:
        rows.append(queue[seq].row)
        seq += 1
    return rows


def _block(rows: list[ChangeRow]) -> Block | None:
    """The upgrade block of a run from seq 1 (None: not in it yet); raises ``_Broken``."""
    start = next((i for i, r in enumerate(rows) if _marked(_envelope(r))), None)
    if start is None:
        return None
    keys: Keys = {}
    last = rows[start].seq
    for index in range(start, len(rows)):
        row = rows[index]
        envelope = _envelope(row)
        if envelope is None or not _marked(envelope):
            break
        details = envelope["details"]
        member, kid, sign = details.get("member"), details.get("key_id"), details.get("sign")
        if not (isinstance(member, str) and isinstance(kid, str) and isinstance(sign, str)):
            raise _Broken
        try:
            if key_id(sign) != kid:
                raise _Broken
        except ValueError:
            raise _Broken from None
        signer = keys.get(str(envelope.get("key_id")))
        if signer is None and index == start and envelope.get("key_id") == kid:
            signer = (member, sign)  # the block's first change binds its own signer
        if signer is None or signer[0] != envelope.get("author") or not _verifies(
                signer[1], row):
            raise _Broken
        keys.setdefault(kid, (member, sign))
        last = row.seq
    return Block(rows[start].seq, last, keys) if keys else None


def _marked(envelope: dict[str, Any] | None) -> bool:
    """A ``key.added`` of an upgrade block."""
    details = None if envelope is None else envelope.get("details")
    return (envelope is not None and envelope.get("action") == KEY_ADDED
            and isinstance(details, dict) and details.get(UPGRADE) is True)


def _verifies(public: str, row: ChangeRow) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(b64d(public)).verify(
            b64d(row.signature or ""), bytes.fromhex(row.hash))
    except (InvalidSignature, ValueError):
        return False
    return True


def _introduced(rows: Iterable[ChangeRow]) -> set[str]:
    """Devices a ``device.added`` or ``device.succeeded`` of this apply names."""
    out: set[str] = set()
    for row in rows:
        if row.envelope is None or not any(a in row.envelope for a in _INTRODUCING):
            continue
        envelope = _envelope(row)
        details = None if envelope is None else envelope.get("details")
        if envelope is not None and envelope.get("action") in _INTRODUCING and isinstance(
                details, dict) and isinstance(details.get("device"), dict):
            out.add(str(details["device"].get("id")))
    return out


def _envelope(row: ChangeRow) -> dict[str, Any] | None:
    if row.envelope is None:
        return None
    try:
        found = json.loads(row.envelope)
    except ValueError:
        return None
    return found if isinstance(found, dict) else None
