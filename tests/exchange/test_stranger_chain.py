"""A member relays the chain of a laptop nobody added, whose first change binds a key of the
member's own making to another member (the coordinator), signed with the member's real key,
and then acts as the coordinator with it. The chain of a laptop that is not in the group's
device directory never starts the group: the binding is not applied, and nothing signed with
that key is accepted."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from peerdesk.crypto.encoding import b64e
from peerdesk.exchange.changes import device_genesis
from peerdesk.exchange.container import seal_bundle
from peerdesk.exchange.device import DeviceKeys, DevicePublic
from peerdesk.exchange.payload import Payload, encode
from peerdesk.services.workspace import open_vault
from peerdesk.storage import apply_queries, change_queries
from peerdesk.vault.audit_chain import key_id
from tests.exchange.test_upgraded_founder import (
    ASHA,
    COORD,
    Cli,
    _change,
    _state,
    cli,  # noqa: F401  (fixture)
    old_vault,
    pair,
)
from tests.support.laptops_cli import run


def test_a_relayed_chain_of_a_laptop_nobody_added_cannot_bind_a_key_to_another_member(
        tmp_path: Path, cli: Cli) -> None:  # noqa: F811
    founder = old_vault(tmp_path, "before_member_keys")
    lap = tmp_path / "asha-laptop"
    pair(cli, tmp_path, founder, lap, "asha")
    ws = open_vault(lap, "asha", ASHA)
    try:
        lap_keys = DeviceKeys.from_bytes(change_queries.self_keys(ws.vault.db) or b"")
        group, asha = ws.vault_id, ws.actor.member_id
        asha_key = ws.vault.keys.signing_key
        asha_public = b64e(asha_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    finally:
        ws.lock()
    ws = open_vault(founder, "coord", COORD)
    try:
        row = next(d for d in change_queries.devices(ws.vault.db)
                   if d.id == change_queries.self_device(ws.vault.db))
        founder_public = DevicePublic.from_json({
            "id": row.id, "sign": row.sign_public, "kem_x25519": row.kem_x25519,
            "kem_mlkem768": row.kem_mlkem768})
        coord = ws.actor.member_id
    finally:
        ws.lock()
    forged = Ed25519PrivateKey.generate()
    public = b64e(forged.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    stranger = DeviceKeys.generate().public.device_id
    bind = _change(group, stranger, 1, device_genesis(group, stranger), asha_key, asha,
                   asha_public, "key.added",
                   {"member": coord, "key_id": key_id(public), "sign": public, "box": ""})
    act = _change(group, stranger, 2, bind.hash, forged, coord, public,
                  "device.revoked", {"device": row.id, "cutoff": 0})
    _changes, _heads, revoked_before = _state(founder)
    for number, changes in enumerate(((bind,), (act,))):  # the binding first, on its own
        data = seal_bundle(encode(Payload(have={}, changes=changes)), kind="changes",
                           group=group, sender=lap_keys, recipients={row.id: founder_public})
        bundle = tmp_path / f"crafted-{number}.pdx"
        bundle.write_bytes(data)
        run(*cli, ["exchange", "apply", bundle, "--vault", founder, "--user", "coord"], COORD)
    ws = open_vault(founder, "coord", COORD)
    try:
        assert apply_queries.key(ws.vault.db, key_id(public)) is None  # never bound
    finally:
        ws.lock()
    assert not revoked_before and not _state(founder)[2]  # the founder's laptop stands
