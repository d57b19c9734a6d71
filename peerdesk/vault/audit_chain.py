"""The audit chain: how an event is hashed, signed and verified.

Each event's hash covers every field (canonical JSON, never bare concatenation) and the
previous event's hash; the hash is signed with the acting account's Ed25519 key. Public keys
enter the chain through signed events (``vault.created``, ``account.added``), so the chain is
its own key directory and needs nothing outside it to be checked, except an *anchor*: the
head recorded in a backup manifest or on a printed report, which is what reveals a cut tail.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from peerdesk.crypto.encoding import b64d, b64e, canonical_json
from peerdesk.vault.content_digest import BASELINE_ACTION, DETAILS_KEY

_DOMAIN = b"peerdesk/audit/v1\x00"
KEY_EVENTS = ("vault.created", "account.added", "account.reset")
#: The actor of events signed with the recovery key (``vault.RECOVERY_ACTOR``).
RECOVERY_ACTOR = "recovery"


def genesis_hash(vault_id: str) -> str:
    return hashlib.sha256(b"peerdesk/audit-genesis/v1\x00" + vault_id.encode()).hexdigest()


def key_id(public_b64: str) -> str:
    return hashlib.sha256(b64d(public_b64)).hexdigest()[:32]


def event_hash(event: dict[str, Any]) -> str:
    body = [
        event["seq"], event["at"], event["actor"], event["key_id"], event["action"],
        event["target_kind"], event["target_id"], json.loads(event["details"]),
        event["prev_hash"],
    ]
    return hashlib.sha256(_DOMAIN + canonical_json(body)).hexdigest()


def seal_event(
    *,
    seq: int,
    at: str,
    actor: str,
    signing_key: Ed25519PrivateKey,
    sign_public: str,
    action: str,
    target_kind: str,
    target_id: str,
    details: dict[str, Any],
    prev_hash: str,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "key_id": key_id(sign_public),
        "action": action,
        "target_kind": target_kind,
        "target_id": target_id,
        "details": canonical_json(details).decode("utf-8"),
        "prev_hash": prev_hash,
    }
    event["hash"] = event_hash(event)
    event["signature"] = b64e(signing_key.sign(bytes.fromhex(event["hash"])))
    return event


@dataclass
class ChainReport:
    events: int = 0
    head_seq: int = 0
    head_hash: str = ""
    problems: list[str] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # key_id -> public (b64)
    #: key_id -> the member whose account holds the key ("" for the recovery key)
    key_members: dict[str, str] = field(default_factory=dict)
    #: seq -> the content claim of each event that changed records
    content_claims: dict[int, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(
    events: Iterable[dict[str, Any]],
    vault_id: str,
    anchor: tuple[int, str] | None = None,
    max_problems: int = 20,
) -> ChainReport:
    """Check sequence, links, hashes and signatures; with an anchor, also the tail."""
    report = ChainReport()
    keys: dict[str, Ed25519PublicKey] = {}
    owners: dict[str, str] = {}  # key_id -> the actor allowed to sign with it
    revoked: set[str] = set()
    account_keys: dict[str, str] = {}
    prev = genesis_hash(vault_id)
    expected_seq = 1
    anchor_hash_seen: str | None = None

    def problem(text: str) -> None:
        if len(report.problems) < max_problems:
            report.problems.append(text)

    for ev in events:
        seq = int(ev["seq"])
        report.events += 1
        if seq != expected_seq:
            problem(f"event {expected_seq} is missing or out of order (found {seq})")
            expected_seq = seq
        if ev["prev_hash"] != prev:
            problem(f"event {seq} does not link to the event before it")
        try:
            recomputed = event_hash(ev)
        except (ValueError, TypeError, KeyError):
            recomputed = ""
        if recomputed != ev["hash"]:
            problem(f"event {seq} was altered after it was written")
        details: dict[str, Any] = {}
        try:
            details = json.loads(ev["details"])
        except ValueError:
            problem(f"event {seq} has unreadable details")
        if DETAILS_KEY in details:
            report.content_claims[seq] = details[DETAILS_KEY]
        if ev["action"] == BASELINE_ACTION and set(report.content_claims) - {seq}:
            problem(f"event {seq} records every record's content again after contents were "
                    "already recorded (it would hide changes made outside peerdesk)")
        if seq == 1:
            if ev["action"] != "vault.created" or "sign_public" not in details:
                problem("the chain does not start with the vault's creation")
            else:
                _register(keys, account_keys, report, details, owners)
        kid = ev["key_id"]
        pub = keys.get(kid)
        if pub is None:
            problem(f"event {seq} is signed by an unknown key")
        elif owners.get(kid) != ev["actor"]:
            problem(f"event {seq} is signed by a key that does not belong to its actor")
        elif kid in revoked:
            problem(f"event {seq} is signed by a removed account's key")
        else:
            try:
                pub.verify(b64d(ev["signature"]), bytes.fromhex(ev["hash"]))
            except (InvalidSignature, ValueError):
                problem(f"event {seq} has an invalid signature")
        if seq != 1 and ev["action"] in KEY_EVENTS and "sign_public" in details:
            previous = account_keys.get(str(details.get("account_id", "")))
            if previous:
                revoked.add(previous)
            _register(keys, account_keys, report, details, owners)
        if ev["action"] == "account.removed":
            removed = account_keys.get(str(details.get("account_id", "")))
            if removed:
                revoked.add(removed)
        if anchor is not None and seq == anchor[0]:
            anchor_hash_seen = ev["hash"]
        prev = ev["hash"]
        report.head_seq, report.head_hash = seq, ev["hash"]
        expected_seq = seq + 1

    if report.events == 0:
        problem("the audit chain is empty")
    if anchor is not None:
        if report.head_seq < anchor[0]:
            problem(
                f"the audit chain ends at event {report.head_seq} but a backup or report "
                f"recorded event {anchor[0]}: events were removed or an older copy restored"
            )
        elif anchor_hash_seen != anchor[1]:
            problem(f"event {anchor[0]} differs from the one a backup or report recorded")
    return report


def _register(
    keys: dict[str, Ed25519PublicKey],
    account_keys: dict[str, str],
    report: ChainReport,
    details: dict[str, Any],
    owners: dict[str, str],
) -> None:
    for field_name in ("sign_public", "recovery_sign_public"):
        public = details.get(field_name)
        if isinstance(public, str):
            try:
                keys[key_id(public)] = Ed25519PublicKey.from_public_bytes(b64d(public))
                report.keys[key_id(public)] = public
            except ValueError:
                continue
            if field_name == "recovery_sign_public":
                owners[key_id(public)] = RECOVERY_ACTOR
                report.key_members[key_id(public)] = ""
            elif isinstance(details.get("account_id"), str):
                account_keys[details["account_id"]] = key_id(public)
                owners[key_id(public)] = details["account_id"]
                report.key_members[key_id(public)] = str(details.get("member_id", ""))
