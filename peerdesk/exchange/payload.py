"""What a bundle carries inside its encryption: the payload, encoded and read back.

The payload is canonical JSON (docs/format.md, "The payload"): the sender's acknowledgement
(``have``: per device, the highest seq it holds without a gap; ``heads``: the hash of the
change at that seq) and the changes the
receiver lacks, in per-device seq order, each with the content it may read. A first
snapshot also carries the group's name and time zone, the device directory and the key
slots of the members chosen for the new laptop (still sealed by their own passphrases).

Reading is bounded (counts and sizes) and strict: anything that is not exactly what
``encode`` would have written is refused as damaged, with one line (``BundleRefused``,
exit 7), before anything is applied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peerdesk.crypto.encoding import canonical_json
from peerdesk.errors import N_, BundleRefused

FORMAT_VERSION = 1

#: Bounds checked while reading (the container already caps the inflated size at 1 GiB).
MAX_CHANGES = 2_000_000
MAX_DEVICES = 256
MAX_CONTENT_PER_CHANGE = 1000
MAX_ENVELOPE_CHARS = 4 * 1024 * 1024
MAX_CONTENT_CHARS = 1024 * 1024
MAX_SLOTS = 256
MAX_SLOT_CHARS = 16 * 1024
MAX_SEQ = 2**53

#: The key a reduced record's content carries (docs/format.md, "Stubs"); never a column.
STUB_KEY = "_stub"

_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_DEVICE = re.compile(r"[0-9a-f]{32}\Z")
_B64_SIG = re.compile(r"[A-Za-z0-9+/]{86}==\Z")
_KIND = re.compile(r"[a-z_]{1,40}\Z")


@dataclass(frozen=True)
class Change:
    """One change as it travels: its link, its envelope (None: a placeholder), the author's
    signature, and the content of each record the receiver may read (kind, id, JSON)."""

    device: str
    seq: int
    prev: str
    digest: str
    hash: str
    envelope: str | None
    signature: str | None
    content: tuple[tuple[str, str, str], ...] = ()

    @property
    def is_placeholder(self) -> bool:
        return self.envelope is None


@dataclass(frozen=True)
class Snapshot:
    """What only a first snapshot carries."""

    group_name: str
    timezone: str
    #: The device directory: public device records with "label", "members", "revoked".
    devices: tuple[dict[str, Any], ...]
    #: The chosen members' key slots, exactly as in keyslots.json (and the recovery slot).
    slots: tuple[dict[str, Any], ...]
    #: For each account slot: {"account_id", "member_id", "username"}.
    accounts: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Payload:
    have: Mapping[str, int]
    changes: tuple[Change, ...]
    snapshot: Snapshot | None = None
    #: The hash of the change at each ``have`` seq: a laptop that holds another change
    #: there learns that the chain forked (a laptop restored from a backup).
    heads: Mapping[str, str] = field(default_factory=dict)


def _damaged(_what: str = "") -> BundleRefused:
    """``_what`` names the check in the code only; a person always reads the same line."""
    return BundleRefused("damaged", N_("This bundle is damaged or was changed after it was "
                                       "made; ask for a new one."))


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "device": change.device, "seq": change.seq, "prev": change.prev,
        "digest": change.digest, "hash": change.hash,
        "envelope": None if change.envelope is None else json.loads(change.envelope),
        "signature": change.signature,
        "content": [list(c) for c in change.content],
    }


def encode(payload: Payload) -> bytes:
    """The canonical JSON bytes of ``payload``."""
    doc: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "have": dict(payload.have),
        "heads": dict(payload.heads),
        "changes": [_change_json(c) for c in payload.changes],
    }
    snap = payload.snapshot
    if snap is not None:
        doc["group"] = {"name": snap.group_name, "timezone": snap.timezone}
        doc["devices"] = list(snap.devices)
        doc["slots"] = list(snap.slots)
        doc["accounts"] = list(snap.accounts)
    return canonical_json(doc)


# -- reading -------------------------------------------------------------------------------


def _text(value: object, limit: int, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _damaged("text")
    if pattern is not None and not pattern.match(value):
        raise _damaged("pattern")
    return value


def _seq(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_SEQ:
        raise _damaged("seq")
    return value


def _read_have(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > MAX_DEVICES:
        raise _damaged("have")
    return {_text(k, 32, _DEVICE): _seq(v) for k, v in value.items()}


def _read_heads(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or len(value) > MAX_DEVICES:
        raise _damaged("heads")
    return {_text(k, 32, _DEVICE): _text(v, 64, _HEX64) for k, v in value.items()}


def _read_content(value: object) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(value, list) or len(value) > MAX_CONTENT_PER_CHANGE:
        raise _damaged("content list")
    out = []
    for item in value:
        if not isinstance(item, list) or len(item) != 3:
            raise _damaged("content item")
        kind = _text(item[0], 40, _KIND)
        rid = _text(item[1], 64)
        text = _text(item[2], MAX_CONTENT_CHARS)
        try:
            fields = json.loads(text)
        except ValueError as exc:
            raise _damaged("content json") from exc
        if not isinstance(fields, dict) or canonical_json(fields).decode("utf-8") != text:
            raise _damaged("content not canonical")
        out.append((kind, rid, text))
    return tuple(out)


def _read_change(value: object) -> Change:
    keys = {"device", "seq", "prev", "digest", "hash", "envelope", "signature", "content"}
    if not isinstance(value, dict) or set(value) != keys:
        raise _damaged("change keys")
    envelope = value["envelope"]
    envelope_text: str | None = None
    signature: str | None = None
    if envelope is not None:
        if not isinstance(envelope, dict):
            raise _damaged("envelope")
        envelope_text = canonical_json(envelope).decode("utf-8")
        if len(envelope_text) > MAX_ENVELOPE_CHARS:
            raise _damaged("envelope size")
        signature = _text(value["signature"], 88, _B64_SIG)
    elif value["signature"] is not None or value["content"]:
        raise _damaged("placeholder with more than a link")
    seq = _seq(value["seq"])
    if seq < 1:
        raise _damaged("seq 0")
    return Change(
        device=_text(value["device"], 32, _DEVICE), seq=seq,
        prev=_text(value["prev"], 64, _HEX64), digest=_text(value["digest"], 64, _HEX64),
        hash=_text(value["hash"], 64, _HEX64), envelope=envelope_text, signature=signature,
        content=_read_content(value["content"]),
    )


def _read_list(value: object, limit: int, what: str) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise _damaged(what)
    return value


def _read_snapshot(doc: dict[str, Any]) -> Snapshot:
    group = doc["group"]
    if not isinstance(group, dict) or set(group) != {"name", "timezone"}:
        raise _damaged("group")
    devices = _read_list(doc["devices"], MAX_DEVICES, "devices")
    slots = _read_list(doc["slots"], MAX_SLOTS, "slots")
    accounts = _read_list(doc["accounts"], MAX_SLOTS, "accounts")
    for item in devices + slots:
        if not isinstance(item, dict) or len(canonical_json(item)) > MAX_SLOT_CHARS:
            raise _damaged("device or slot")
    for acc in accounts:
        if not isinstance(acc, dict) or set(acc) != {"account_id", "member_id", "username"}:
            raise _damaged("account")
        for v in acc.values():
            _text(v, 200)
    return Snapshot(
        group_name=_text(group["name"], 200), timezone=_text(group["timezone"], 64),
        devices=tuple(devices), slots=tuple(slots), accounts=tuple(accounts),
    )


def decode(data: bytes, *, snapshot: bool) -> Payload:
    """Read a payload; ``snapshot``: the bundle's header says it is a first snapshot.

    Refuses (``BundleRefused``, exit 7) anything malformed, oversized, out of order, or
    that does not encode back to exactly ``data``."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _damaged("json") from exc
    base = {"format", "have", "heads", "changes"}
    expected = base | ({"group", "devices", "slots", "accounts"} if snapshot else set())
    if not isinstance(doc, dict):
        raise _damaged("not an object")
    if isinstance(doc.get("format"), int) and doc["format"] > FORMAT_VERSION:
        raise BundleRefused("newer-format", N_("This bundle was made by a newer peerdesk; "
                                               "update peerdesk on this laptop first."))
    if doc.get("format") != FORMAT_VERSION or set(doc) != expected:
        raise _damaged("keys")
    changes_doc = _read_list(doc["changes"], MAX_CHANGES, "changes")
    changes = tuple(_read_change(c) for c in changes_doc)
    _check_order(changes)
    have = _read_have(doc["have"])
    heads = _read_heads(doc["heads"])
    if set(heads) != set(have):
        raise _damaged("heads")
    payload = Payload(have=have, changes=changes,
                      snapshot=_read_snapshot(doc) if snapshot else None, heads=heads)
    if encode(payload) != data:
        raise _damaged("round trip")
    return payload


def _check_order(changes: Sequence[Change]) -> None:
    """Per device, strictly increasing seq (a device's changes may be interleaved with
    other devices', never out of order or repeated)."""
    last: dict[str, int] = {}
    for change in changes:
        if change.seq <= last.get(change.device, 0):
            raise _damaged("order")
        last[change.device] = change.seq
