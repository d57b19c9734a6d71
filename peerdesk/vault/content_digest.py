"""Digests of record content for the audit chain (docs/format.md, "Content digests").

A record's digest is SHA-256 over a domain string and the canonical JSON of
``{"kind": KIND, "fields": {column: value}}``: every column of the record's row and of its
text row (the text row's ``id`` left out) whose value is not NULL. Values are text or
integers; anything else cannot be stored by peerdesk and makes the record unreadable.

An audit event that changed records carries ``content_digests``: how many records it
changed and the SHA-256 of the sorted list of ``[kind, id, digest]`` entries (the digest is
``null`` for a record that no longer exists). The entries themselves are kept beside the
event in ``audit_content``; the signed event is what makes them trustworthy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from peerdesk.crypto.encoding import canonical_json

RECORD_DOMAIN = b"peerdesk/record/v1\x00"
SET_DOMAIN = b"peerdesk/content-set/v1\x00"
#: The key of an audit event's details that holds its content claim.
DETAILS_KEY = "content_digests"
#: The event that covers every record present when a vault gained content digests.
BASELINE_ACTION = "vault.content_baseline"
#: What SQLite gives back for the values peerdesk stores (text and integers).
_STORED_TYPES = frozenset({str, int})


class UnreadableContent(ValueError):
    """A stored value that peerdesk never writes (a real number or bytes)."""


def record_digest(kind: str, fields: dict[str, Any]) -> str:
    if not {type(v) for v in fields.values()} <= _STORED_TYPES:
        raise UnreadableContent("a stored value is neither text nor an integer")
    body = canonical_json({"kind": kind, "fields": fields})
    return hashlib.sha256(RECORD_DOMAIN + body).hexdigest()


def record_digest_of_text(kind: str, fields: dict[str, Any], text: str) -> str:
    """``record_digest(kind, fields)`` when ``text`` is the canonical JSON of ``fields``,
    computed from the text (no re-encoding). When ``text`` is not canonical, the result
    differs from ``record_digest``: a digest match therefore also proves the text canonical."""
    if not {type(v) for v in fields.values()} <= _STORED_TYPES:
        raise UnreadableContent("a stored value is neither text nor an integer")
    body = b'{"fields":' + text.encode("utf-8") + b',"kind":' + canonical_json(kind) + b"}"
    return hashlib.sha256(RECORD_DOMAIN + body).hexdigest()


def set_digest(entries: Iterable[tuple[str, str, str | None]]) -> tuple[int, str]:
    """(count, digest) of entries already sorted by kind, then id."""
    h = hashlib.sha256(SET_DOMAIN)
    count = 0
    for kind, record_id, digest in entries:
        h.update(canonical_json([kind, record_id, digest]) + b"\n")
        count += 1
    return count, h.hexdigest()


def claim(entries: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """What an event's details carry for these entries."""
    count, digest = set_digest(entries)
    return {"records": count, "sha256": digest}
