"""Checking one change received from another laptop before anything of it is stored.

A change is taken only whole: its link must hold, its envelope must match the digest the
link covers and belong to this group, its author signature must verify with the account key
its ``key_id`` names, bound to its author (``key.added``), and every content row must be
listed by the envelope and match the record digest the envelope names. Anything else means
the bundle was damaged or forged, and the whole apply is refused (exit 7, nothing changed).
The refusal names the laptop and the change number, never any content.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from peerdesk.crypto.encoding import b64d, canonical_json
from peerdesk.domain.message import Message, term
from peerdesk.errors import N_, BundleRefused
from peerdesk.exchange.changes import Link, envelope_digest
from peerdesk.exchange.clock import ClockError, Stamp
from peerdesk.storage import apply_queries, content_table
from peerdesk.storage.change_queries import ChangeRow
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import stub_apply
from peerdesk.vault.audit_chain import key_id
from peerdesk.vault.content_digest import UnreadableContent, record_digest_of_text

#: The group action that binds a member's account key (docs/format.md).
KEY_ADDED = "key.added"
ENVELOPE_FORMAT = 1


@dataclass(frozen=True)
class Entry:
    """One record a change lists, with the content it carries (None: not sent here)."""

    kind: str
    record_id: str
    base: str | None
    after: str | None
    content: dict[str, Any] | None


@dataclass(frozen=True)
class Checked:
    """A received change that passed every check. ``envelope`` is None for a placeholder."""

    row: ChangeRow
    envelope: dict[str, Any] | None
    entries: tuple[Entry, ...]

    @property
    def author(self) -> str:
        return "" if self.envelope is None else str(self.envelope["author"])

    @property
    def action(self) -> str:
        return "" if self.envelope is None else str(self.envelope["action"])

    @property
    def stamp(self) -> str:
        return "" if self.envelope is None else str(self.envelope["stamp"])

    @property
    def details(self) -> dict[str, Any]:
        found = None if self.envelope is None else self.envelope.get("details")
        return found if isinstance(found, dict) else {}


def damaged(row: ChangeRow, what: str) -> BundleRefused:
    """``what``: the check that failed, ``N_``-marked (or a ``Message``), so the app says it
    in the person's language."""
    return BundleRefused("damaged", Message(
        N_("This bundle is damaged or was changed after it was made (change {seq} of laptop "
           "{laptop}: {what}); ask for a new one. Nothing was applied."),
        seq=row.seq, laptop=str(row.device)[:8], what=term(what)))


def check(db: Database, group: str, row: ChangeRow,
          content: Sequence[tuple[str, str, str]],
          legacy: Mapping[str, tuple[str, str]] | None = None) -> Checked:
    """The change, checked; raises :class:`BundleRefused` (``damaged``) otherwise.
    ``legacy``: the keys of its chain's upgrade block, for a change of a founding laptop's
    legacy prefix or of that block (``legacy_prefix``)."""
    if not Link(row.device, row.seq, row.prev, row.digest, row.hash).holds():
        raise damaged(row, N_("its link does not hold"))
    if row.envelope is None:
        if row.signature is not None or content:
            raise damaged(row, N_("a placeholder carries more than its link"))
        return Checked(row, None, ())
    try:
        envelope = json.loads(row.envelope)
    except ValueError:
        raise damaged(row, N_("its envelope is unreadable")) from None
    if not isinstance(envelope, dict) or canonical_json(envelope).decode() != row.envelope:
        raise damaged(row, N_("its envelope is not canonical"))
    if envelope_digest(envelope) != row.digest:
        raise damaged(row, N_("its envelope was altered"))
    if envelope.get("format") != ENVELOPE_FORMAT:
        raise BundleRefused("newer-format", N_("This bundle holds changes made by a newer "
                               "peerdesk; update peerdesk on this laptop first. Nothing was "
                               "applied."))
    if envelope.get("group") != group:
        raise damaged(row, N_("it belongs to another group"))
    for name in ("stamp", "author", "key_id", "action"):
        if not isinstance(envelope.get(name), str):
            raise damaged(row, Message(N_("its envelope has no {name}"), name=name))
    try:
        stamp = Stamp.parse(str(envelope["stamp"]))
    except ClockError:
        raise damaged(row, N_("its clock stamp is malformed")) from None
    if stamp.device != row.device:
        raise damaged(row, N_("its clock stamp names another laptop"))
    _check_signature(db, row, envelope, legacy or {})
    return Checked(row, envelope, _entries(db, row, envelope, content))


def _signer(db: Database, envelope: Mapping[str, Any],
            legacy: Mapping[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(member, public key) that signed: a bound key (a retired one only in a legacy
    prefix), a key of the chain's upgrade block for its legacy prefix, or the key a
    ``key.added`` binds for its own author when this laptop holds no key yet (the first
    contact with a group)."""
    kid = str(envelope["key_id"])
    if kid in legacy:
        return legacy[kid]
    found = apply_queries.key(db, kid)
    if found is not None:
        return None if apply_queries.key_retired(db, kid) else found
    details = envelope.get("details")
    if (envelope["action"] == KEY_ADDED and isinstance(details, dict)
            and details.get("key_id") == envelope["key_id"]
            and details.get("member") == envelope["author"]
            and isinstance(details.get("sign"), str) and not apply_queries.has_keys(db)):
        return str(details["member"]), str(details["sign"])
    return None


def _check_signature(db: Database, row: ChangeRow, envelope: Mapping[str, Any],
                     legacy: Mapping[str, tuple[str, str]]) -> None:
    signer = _signer(db, envelope, legacy)
    if signer is None:
        raise damaged(row, N_("it is signed by a key this laptop does not know"))
    member, public = signer
    if member != envelope["author"]:
        raise damaged(row, N_("it names an author whose key did not sign it"))
    try:
        if key_id(public) != envelope["key_id"]:
            raise ValueError
        Ed25519PublicKey.from_public_bytes(b64d(public)).verify(
            b64d(row.signature or ""), bytes.fromhex(row.hash))
    except (InvalidSignature, ValueError):
        raise damaged(row, N_("its signature does not verify")) from None


def _entries(db: Database, row: ChangeRow, envelope: Mapping[str, Any],
             content: Sequence[tuple[str, str, str]]) -> tuple[Entry, ...]:
    listed = envelope.get("records")
    if not isinstance(listed, list):
        raise damaged(row, N_("its envelope lists no records"))
    kept: dict[tuple[str, str], str] = {}
    for kind, rid, text in content:
        if (kind, rid) in kept:
            raise damaged(row, N_("it carries a record twice"))
        kept[(kind, rid)] = text
    out: list[Entry] = []
    for item in listed:
        if not isinstance(item, dict) or item.get("kind") not in BY_KIND \
                or not isinstance(item.get("id"), str):
            raise damaged(row, N_("it lists a record it cannot name"))
        kind, rid = str(item["kind"]), str(item["id"])
        base, after = item.get("base"), item.get("after")
        if not (base is None or isinstance(base, str)) or not (
                after is None or isinstance(after, str)):
            raise damaged(row, N_("it lists a record with a bad digest"))
        kept_text = kept.pop((kind, rid)) if (kind, rid) in kept else None
        fields = None if kept_text is None else _content(db, row, kind, rid, after, kept_text)
        out.append(Entry(kind, rid, base, after, fields))
    if kept:
        raise damaged(row, N_("it carries content of a record it does not list"))
    return tuple(out)


def _content(db: Database, row: ChangeRow, kind: str, rid: str, after: str | None,
             text: str) -> dict[str, Any]:
    try:
        fields = json.loads(text)  # read once, for the stub check and the digest
    except ValueError:
        fields = None
    try:
        stub = stub_apply.read_stub(kind, rid, text, fields)
    except (ValueError, TypeError):
        raise damaged(row, Message(N_("a stub of a {kind} is malformed"), kind=kind)) from None
    if stub is not None:
        return stub  # a record this laptop may know of but not read: no digest to match
    try:
        ok = (isinstance(fields, dict) and after is not None and fields.get("id") == rid
              and record_digest_of_text(kind, fields, text) == after)
    except (ValueError, TypeError, UnreadableContent):
        ok = False
    if not ok or not isinstance(fields, dict):
        raise damaged(row, Message(N_("the content of a {kind} does not match its digest"),
                                   kind=kind))
    if set(fields) - _known_columns(db, kind):
        raise damaged(row, Message(
            N_("the content of a {kind} has fields this laptop does not know"), kind=kind))
    return dict(fields)


def _known_columns(db: Database, kind: str) -> frozenset[str]:
    """The columns a record of ``kind`` may have here (its table and text table)."""
    spec = BY_KIND[kind]
    known = set(content_table.columns(db, spec.table))
    if spec.text_fields:
        known |= set(content_table.columns(db, spec.text_table))
    return frozenset(known)
