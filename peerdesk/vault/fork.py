"""A laptop that finds its own chain forked: it was restored from an older backup and wrote
again under seq numbers it had already used (docs/exchange.md, "Revocation and forks").

The apply engine records the fork (the same device and seq with another hash) and applies
nothing past it. This laptop then starts a **new device chain**: new device keys, its
directory entry with the old one's members, and a ``device.succeeded`` change as seq 1 of
the new chain (authorised on every laptop because its author is a member of the old device,
which is not revoked). Every record this laptop changed on its own side of the fork is
written again on the new chain, with its content now and, as base, the version the two
sides shared before the fork; the other laptops merge it like any change, so nothing of
this side is lost, and what the other side holds stays where it is.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.crypto.encoding import b64e, canonical_json
from peerdesk.exchange.changes import make_link
from peerdesk.exchange.clock import Stamp, tick
from peerdesk.exchange.device import DeviceKeys
from peerdesk.storage import apply_queries, change_queries, content_table, exchange_queries
from peerdesk.storage.change_queries import ChangeRow, DeviceRow
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import change_log
from peerdesk.vault.content_digest import record_digest
from peerdesk.vault.layout import iso, utc_now
from peerdesk.vault.vault import Vault

DEVICE_SUCCEEDED = "device.succeeded"
#: The action of the change that writes this side's records again on the new chain.
CARRIED_OVER = "device.carried_over"


def fork_point(db: Database) -> int | None:
    """The lowest seq at which another laptop holds this laptop's own chain differently."""
    own = change_queries.self_device(db)
    seqs = [seq for device, seq, *_ in apply_queries.forks(db) if device == own]
    return min(seqs) if seqs else None


def succeed_if_forked(vault: Vault) -> str | None:
    """Start a new device chain when this laptop's own chain forked; returns its id."""
    db = vault.db
    at = fork_point(db)
    old = change_queries.self_device(db)
    if at is None or old is None:
        return None
    row = next(d for d in change_queries.devices(db) if d.id == old)
    keys = DeviceKeys.generate()
    public = keys.public.to_json()
    records = _ours_since(db, old, at)
    author = vault._author()
    details = {"device": public, "predecessor": old, "label": row.label}
    with vault.write(DEVICE_SUCCEEDED, "device", public["id"],
                     {"device_id": public["id"], "predecessor": old, "from_seq": at,
                      "records": len(records)}) as wdb:
        change_queries.add_device(wdb, DeviceRow(
            public["id"], row.label, public["sign"], public["kem_x25519"],
            public["kem_mlkem768"], row.members, author.member or "recovery",
            iso(utc_now()), None))
        apply_queries.set_predecessor(wdb, public["id"], old)
        exchange_queries.replace_self(wdb, public["id"], keys.to_bytes())
        change_log.log_event(wdb, group=vault.vault_id, author=author,
                             action=DEVICE_SUCCEEDED, details=details)
        if records:
            _write_again(wdb, vault.vault_id, public["id"], author, records)
    return str(public["id"])


def _ours_since(db: Database, device: str, at: int) -> dict[tuple[str, str], str | None]:
    """Each record this laptop's own changes from seq ``at`` on touched, with the digest it
    had before ``at`` on this chain (None: it was new on this side)."""
    touched: dict[tuple[str, str], str | None] = {}
    for row in change_queries.iter_changes(db, device):
        if row.seq < at or row.envelope is None:
            continue
        for item in json.loads(row.envelope).get("records", []):
            key = (str(item["kind"]), str(item["id"]))
            if key not in touched:
                touched[key] = item.get("base")
    return touched


def _write_again(db: Database, group: str, device: str, author: change_log.Author,
                 records: dict[tuple[str, str], str | None]) -> None:
    entries: list[dict[str, Any]] = []
    content: list[tuple[str, str, str]] = []
    for (kind, rid), base in sorted(records.items(), key=lambda k: (k[0][0].encode(),
                                                                  k[0][1].encode())):
        found = dict(content_table.contents(db, BY_KIND[kind], [rid])).get(rid)
        after = None if found is None else record_digest(kind, found)
        entries.append({"kind": kind, "id": rid, "base": base, "after": after})
        if found is not None:
            content.append((kind, rid, canonical_json(found).decode("utf-8")))
    head = change_queries.head(db, device)
    assert head is not None  # the device.succeeded change is seq 1
    stamp = tick(Stamp.parse(head[2]), int(utc_now().timestamp() * 1000), device)
    envelope = {"format": change_log.ENVELOPE_FORMAT, "group": group, "stamp": str(stamp),
                "author": author.member, "key_id": author.key_id,
                "action": CARRIED_OVER, "records": entries}
    prev = head[1]
    link = make_link(device, head[0] + 1, prev, envelope)
    signature = b64e(author.signing_key.sign(bytes.fromhex(link.hash)))
    change_queries.append(db, ChangeRow(device, link.seq, prev, link.digest, link.hash,
                                        canonical_json(envelope).decode("utf-8"), signature),
                          content)
