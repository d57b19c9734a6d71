"""Who really uses a laptop: members who confirmed it themselves (docs/exchange.md).

A coordinator adds a laptop and says who uses it, but what a laptop receives follows from
its members, so a coordinator who could name anyone would receive, on a laptop of their
own, another member's reflections from that member's own laptop. So each member named in
``device.added`` confirms it with their own account key, which only their passphrase opens
(they type it on the coordinator's laptop while pairing): a signature over the group, the
laptop and their member id. A laptop seals to another only what the members who confirmed
it may read. The group's first laptop and a laptop's own upgrade need no confirmation (no
``device.added`` names them); a laptop that continues a forked chain has its
predecessor's members.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.storage import apply_queries, exchange_queries
from peerdesk.storage.change_queries import DeviceRow
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import key_id

_DOMAIN = b"peerdesk/device-member/v1\x00"


def message(group: str, device: str, member: str) -> bytes:
    return _DOMAIN + canonical_json([group, device, member])


def sign(key: Ed25519PrivateKey, public_b64: str, group: str, device: str,
         member: str) -> dict[str, str]:
    return {"key_id": key_id(public_b64),
            "signature": b64e(key.sign(message(group, device, member)))}


def _member_key(db: Database, kid: str) -> tuple[str, str] | None:
    """(member, public key) of an account key: bound by a key.added change, or a login
    of this vault."""
    bound = apply_queries.key(db, kid)
    if bound is not None:
        return bound
    return next(((member, public) for member, public in exchange_queries.account_keys(db)
                 if key_id(public) == kid), None)


def confirmed(db: Database, group: str, device: str, members: tuple[str, ...],
              consent: object) -> tuple[str, ...]:
    """Of ``members``, those whose confirmation in ``consent`` verifies."""
    if not isinstance(consent, Mapping):
        return ()
    out = []
    for member in members:
        entry = consent.get(member)
        if not isinstance(entry, Mapping):
            continue
        found = _member_key(db, str(entry.get("key_id")))
        if found is None or found[0] != member:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(b64d(found[1])).verify(
                b64d(entry.get("signature")), message(group, device, member))
        except (InvalidSignature, ValueError):
            continue
        out.append(member)
    return tuple(out)


def members_of(db: Database, group: str, row: DeviceRow, depth: int = 0) -> tuple[str, ...]:
    """The members a laptop may receive for: those who confirmed it."""
    predecessor = exchange_queries.predecessor(db, row.id)
    if predecessor is not None and depth < 16:
        older = next((d for d in _devices(db) if d.id == predecessor), None)
        return () if older is None else members_of(db, group, older, depth + 1)
    details = exchange_queries.device_added_details(db, row.id)
    if details is None:
        return row.members  # the group's first laptop, or a vault's own upgrade
    try:
        data = json.loads(details)
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return confirmed(db, group, row.id, row.members, data.get("consent"))


def _devices(db: Database) -> list[DeviceRow]:
    from peerdesk.storage import change_queries

    return change_queries.devices(db)
