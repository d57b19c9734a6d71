"""The exchange between laptops: making a bundle, and a sync with nothing to do.

* Bundle: ``ExchangeService`` making a bundle for a laptop (a coordinator's) that lacks the
  newest twelfth of the group's changes, about one month of a year's records (scope, the
  payload, compression, sealing and signing), against a JSON export of the same records
  (their content read from the tables, canonical JSON, compressed). Goal ≤ 1.5x.
* No-op sync: ``exchange sync`` of a folder that holds 50 bundles this laptop applied
  before, with every peer up to date: it must read no bundle (names and the ids of applied
  bundles tell). Goal ≤ 200 ms.
"""

from __future__ import annotations

import json
import tempfile
import zlib
from pathlib import Path
from typing import Any

from tests.perf._bench import Bench
from tests.perf._harness import Goal, Result, paired, single, timed

NAME = "exchange"
NEEDS_WS = True
OLD_BUNDLES = 50


def _peer(b: Bench) -> Any:
    """A second coordinator's laptop in the directory, confirmed by the coordinator."""
    from peerdesk.exchange.device import DeviceKeys
    from peerdesk.storage import change_queries
    from peerdesk.vault import change_log, device_consent

    ws = b.ws
    vault = ws.vault
    keys = DeviceKeys.generate()
    public = keys.public.to_json()
    member = ws.actor.member_id
    details = {"device": public, "label": "Bench laptop", "members": [member],
               "consent": {member: device_consent.sign(
                   vault.keys.signing_key, vault._slot.sign_public, vault.vault_id,
                   public["id"], member)}}
    with vault.write("device.added", "device", public["id"], {"device_id": public["id"]}) as db:
        change_queries.add_device(db, change_queries.DeviceRow(
            public["id"], "Bench laptop", public["sign"], public["kem_x25519"],
            public["kem_mlkem768"], (member,), member, "2026-01-01T00:00:00Z", None))
        change_log.log_event(db, group=vault.vault_id, author=vault._author(),
                             action="device.added", details=details)
    return keys


def make_bundle(b: Bench, keys: Any) -> Result:
    from peerdesk.crypto.encoding import canonical_json
    from peerdesk.services.exchange import ExchangeService
    from peerdesk.storage import change_queries, content_table, exchange_queries
    from peerdesk.storage.tables import BY_KIND

    db = b.ws.vault.db
    service = ExchangeService(b.ws.ctx)
    own = change_queries.self_device(db)
    assert own is not None
    top = exchange_queries.held(db)[own]
    rows = list(exchange_queries.changes_after(db, own, 0, top))
    total = sum(len(json.loads(r.envelope or "{}").get("records", [])) for r in rows)
    behind, count, start = 0, 0, top
    for r in reversed(rows):
        count += len(json.loads(r.envelope or "{}").get("records", []))
        start = r.seq - 1
        if count >= total / 12:
            break
    behind = start
    records: dict[str, list[str]] = {}
    for r in rows[behind:]:
        for item in json.loads(r.envelope or "{}").get("records", []):
            records.setdefault(str(item["kind"]), []).append(str(item["id"]))
    row = next(d for d in change_queries.devices(db) if d.id == keys.public.device_id)

    def ours() -> None:
        service._seal(row, {own: behind}, None)

    def base() -> None:
        doc = {kind: [fields for _rid, fields in content_table.contents(db, BY_KIND[kind],
                                                                        sorted(set(ids)))]
               for kind, ids in records.items()}
        zlib.compress(canonical_json(doc), 6)

    res = paired(f"make a bundle of the newest twelfth of the changes ({count} records)",
                 ours, base, Goal(ratio=1.5), reps=b.reps,
                 note="vs a JSON export of the same records")
    b.log(f"  bundle: {res.peerdesk_ms:.0f} ms vs {res.baseline_ms:.0f} ms")
    return res


def noop_sync(b: Bench, keys: Any) -> Result:
    from peerdesk.exchange import payload as payload_format
    from peerdesk.exchange.container import read_header, seal_bundle
    from peerdesk.services.exchange import ExchangeService
    from peerdesk.services.exchange_sync import bundle_name, sync_folder
    from peerdesk.storage import change_queries, exchange_queries
    from peerdesk.vault.exchange_in import public_of

    db = b.ws.vault.db
    service = ExchangeService(b.ws.ctx)
    own = change_queries.self_device(db)
    me = next(d for d in change_queries.devices(db) if d.id == own)
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-sync-"))
    held = exchange_queries.held(db)
    heads = exchange_queries.heads(db, held)
    body = payload_format.encode(payload_format.Payload(held, (), None, heads))
    for _ in range(OLD_BUNDLES):
        data = seal_bundle(body, kind="changes", group=b.ws.vault_id, sender=keys,
                           recipients={me.id: public_of(me)})
        name = bundle_name(me.id, keys.public.device_id, read_header(data).bundle)
        (folder / name).write_bytes(data)
    first = sync_folder(service, folder)  # applies the 50, writes one for the peer
    assert len(first.applied) == OLD_BUNDLES, first
    values = [timed(lambda: sync_folder(service, folder)) for _ in range(b.reps)]
    check = sync_folder(service, folder)
    assert not check.applied and not check.written
    res = single(f"exchange sync, nothing to do, {OLD_BUNDLES} old bundles in the folder",
                 values, Goal(max_ms=200.0))
    b.log(f"  no-op sync: {res.peerdesk_ms:.1f} ms")
    return res


def run(b: Bench) -> list[Result]:
    keys = _peer(b)
    return [make_bundle(b, keys), noop_sync(b, keys)]
