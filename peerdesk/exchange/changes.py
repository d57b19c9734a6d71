"""Changes on per-device chains: hashing, signing, placeholders, and what is applicable.

Every write on a laptop is a change on that laptop's own chain (device, seq, previous hash),
so two laptops never contend for a number. A change's hash covers the digest of its
*envelope* (who, when, what, on which version, the content), so a laptop that may not read
a change can hold a placeholder (the chain fields and the envelope digest) and still check
the chain across it. Byte layouts: docs/format.md ("Changes on per-device chains").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from peerdesk.crypto.encoding import canonical_json

_ENVELOPE_DOMAIN = b"peerdesk/change-envelope/v1\x00"
_CHANGE_DOMAIN = b"peerdesk/change/v1\x00"
_DEVICE_GENESIS = b"peerdesk/device-genesis/v1\x00"


def device_genesis(group: str, device: str) -> str:
    """The ``prev`` of a device's first change."""
    return hashlib.sha256(_DEVICE_GENESIS + f"{group}\x00{device}".encode()).hexdigest()


def envelope_digest(envelope: Mapping[str, Any]) -> str:
    return hashlib.sha256(_ENVELOPE_DOMAIN + canonical_json(dict(envelope))).hexdigest()


def change_hash(device: str, seq: int, prev: str, digest: str) -> str:
    return hashlib.sha256(_CHANGE_DOMAIN + canonical_json([device, seq, prev, digest])).hexdigest()


@dataclass(frozen=True)
class Link:
    """A change's place on its device's chain. A placeholder is a link and nothing more."""

    device: str
    seq: int
    prev: str
    digest: str  # of the envelope
    hash: str

    def holds(self) -> bool:
        return change_hash(self.device, self.seq, self.prev, self.digest) == self.hash


def make_link(device: str, seq: int, prev: str, envelope: Mapping[str, Any]) -> Link:
    digest = envelope_digest(envelope)
    return Link(device, seq, prev, digest, change_hash(device, seq, prev, digest))


class Fork(ValueError):
    """The same device and seq with another hash: a laptop restored from an old backup."""

    def __init__(self, device: str, seq: int) -> None:
        self.device = device
        self.seq = seq
        super().__init__("A laptop's changes disagree with what it sent before "
                         "(it was probably restored from a backup).")


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def check_links(links: Iterable[Link], group: str, device: str) -> list[str]:
    """Problems with one device's chain, from seq 1 on (empty when it holds)."""
    problems: list[str] = []
    prev = device_genesis(group, device)
    expected = 1
    for link in links:
        if link.device != device or link.seq != expected:
            problems.append(f"change {expected} of a laptop is missing or out of order")
            break
        if link.prev != prev:
            problems.append(f"change {link.seq} of a laptop does not link to the one before")
        if not link.holds():
            problems.append(f"change {link.seq} of a laptop was altered after it was made")
        prev, expected = link.hash, expected + 1
    return problems


@dataclass(frozen=True)
class Sorted:
    """Incoming links sorted against what this laptop holds."""

    apply: tuple[Link, ...]  # in order, each continuing its device's chain
    duplicates: int  # already held: nothing to do
    waiting: tuple[Link, ...]  # their predecessors have not arrived yet


def sort_incoming(group: str, heads: Mapping[str, Head],
                  held: Mapping[tuple[str, int], str], incoming: Iterable[Link]) -> Sorted:
    """Which incoming changes continue a chain now, which are duplicates, which must wait.

    ``heads``: per device, the highest unbroken change held; ``held``: (device, seq) -> hash
    of changes held (to tell a duplicate from a fork). Raises :class:`Fork` when an incoming
    change has the seq of a held one but another hash.
    """
    by_device: dict[str, dict[int, Link]] = {}
    duplicates = 0
    for link in incoming:
        known = held.get((link.device, link.seq))
        if known is not None:
            if known != link.hash:
                raise Fork(link.device, link.seq)
            duplicates += 1
            continue
        seen = by_device.setdefault(link.device, {})
        if link.seq in seen and seen[link.seq].hash != link.hash:
            raise Fork(link.device, link.seq)
        seen[link.seq] = link
    apply: list[Link] = []
    waiting: list[Link] = []
    for device in sorted(by_device):
        links = by_device[device]
        head = heads.get(device)
        seq, prev = (head.seq, head.hash) if head else (0, device_genesis(group, device))
        while seq + 1 in links:
            if links[seq + 1].prev != prev:
                raise Fork(device, seq)
            link = links.pop(seq + 1)
            apply.append(link)
            seq, prev = link.seq, link.hash
        waiting.extend(links[s] for s in sorted(links))
    return Sorted(tuple(apply), duplicates, tuple(waiting))
