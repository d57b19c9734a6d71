"""Pairing from a vault made before the exchange: the founding laptop's chain began before
member keys, so its first changes are checked against the keys its upgrade bound (its
upgrade block). The vaults are real files made by the old releases (fixtures/README.md)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from peerdesk.crypto.encoding import b64e, canonical_json
from peerdesk.exchange.changes import device_genesis, make_link
from peerdesk.exchange.container import seal_bundle
from peerdesk.exchange.device import DeviceKeys, DevicePublic
from peerdesk.exchange.payload import Change, Payload, encode
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import apply_queries, audit_table, change_queries
from peerdesk.vault.audit_chain import key_id
from tests.support.laptops_cli import JOIN_PASSPHRASE, run, safety_number

FIXTURES = Path(__file__).parent / "fixtures"
SHAPES = ("before_change_log", "before_member_keys", "upgraded_without_block")
#: The logins of the fixture vaults (make_old_vault.py); asha's was reset, bala's removed.
COORD, ASHA = "long passphrase 1", "long passphrase 5"
PASSPHRASES = {"coord": COORD, "asha": ASHA}
START = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)

Cli = tuple[pytest.MonkeyPatch, pytest.CaptureFixture[str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return monkeypatch, capsys


def old_vault(tmp_path: Path, shape: str) -> Path:
    folder = tmp_path / "founder"
    folder.mkdir()
    for name in ("keyslots.json", "peerdesk.db"):
        shutil.copy(FIXTURES / shape / name, folder / name)
    return folder


def pair(cli: Cli, tmp: Path, founder: Path, new: Path, members: str) -> str:
    """join → device add (on the founding laptop) → apply; the new laptop's device id."""
    request, snapshot = tmp / f"{new.name}.pdjoin", tmp / f"{new.name}.pdx"
    code, out, err = run(*cli, ["join", "--vault", new, "--name", new.name, "-o", request],
                         JOIN_PASSPHRASE)
    assert code == 0, err
    code, out, err = run(*cli, [
        "device", "add", request, "--vault", founder, "--user", "coord", "--members", members,
        "--number", safety_number(out), "-o", snapshot], COORD,
        "".join(f"{PASSPHRASES[m]}\n" for m in members.split(",") if m != "coord"))
    assert code == 0, err
    code, out, err = run(*cli, ["exchange", "apply", snapshot, "--vault", new], JOIN_PASSPHRASE)
    assert code == 0, err
    return device_of(new, members.split(",")[0])


def device_of(folder: Path, user: str) -> str:
    ws = open_vault(folder, user, PASSPHRASES[user])
    try:
        return change_queries.self_device(ws.vault.db) or ""
    finally:
        ws.lock()


def send(cli: Cli, tmp: Path, source: Path, user: str, target: Path, target_user: str) -> None:
    bundle = tmp / "bundle.pdx"
    code, _out, err = run(*cli, ["exchange", "make", "--vault", source, "--user", user,
                                 "--for", device_of(target, target_user), "-o", bundle],
                          PASSPHRASES[user])
    assert code == 0, err
    code, _out, err = run(*cli, ["exchange", "apply", bundle, "--vault", target, "--user",
                                 target_user], PASSPHRASES[target_user])
    assert code == 0, err
    bundle.unlink()


def verified(cli: Cli, folder: Path, user: str) -> None:
    code, out, err = run(*cli, ["verify", "--vault", folder, "--user", user], PASSPHRASES[user])
    assert code == 0 and "Vault verified." in out, out + err


def log_session(folder: Path, user: str, summary: str) -> str:
    ws = open_vault(folder, user, PASSPHRASES[user])
    try:
        asha = next(m.id for m in ws.members.all() if m.display_name == "Asha")
        advisee = str(ws.vault.db.query_one(  # type: ignore[index]
            "SELECT advisee_id FROM sessions WHERE advisor_id = ? LIMIT 1", (asha,))[0])
        return ws.sessions.create({
            "advisee_id": advisee, "advisor_id": asha, "start": START,
            "duration_minutes": 30, "channel": "phone", "summary": summary}).id
    finally:
        ws.lock()


def summaries(folder: Path, user: str) -> set[str]:
    ws: Workspace = open_vault(folder, user, PASSPHRASES[user])
    try:
        return {str(r[0]) for r in ws.vault.db.query("SELECT summary FROM sessions_text")}
    finally:
        ws.lock()


@pytest.mark.parametrize("shape", SHAPES)
def test_a_laptop_pairs_from_an_old_vault_and_both_exchange_and_verify(
        tmp_path: Path, cli: Cli, shape: str) -> None:
    founder = old_vault(tmp_path, shape)
    lap = tmp_path / "asha-laptop"
    pair(cli, tmp_path, founder, lap, "asha")
    # the member unlocks the new laptop with her own passphrase; her old records are there
    assert "Talked it through (4)." in summaries(lap, "asha")
    verified(cli, lap, "asha")
    log_session(lap, "asha", "Written on Asha's laptop.")
    send(cli, tmp_path, lap, "asha", founder, "coord")
    assert "Written on Asha's laptop." in summaries(founder, "coord")
    log_session(founder, "coord", "Written at the office.")
    send(cli, tmp_path, founder, "coord", lap, "asha")
    assert "Written at the office." in summaries(lap, "asha")
    verified(cli, founder, "coord")
    verified(cli, lap, "asha")


def test_the_upgrade_binds_every_key_the_old_audit_chain_knew(tmp_path: Path) -> None:
    founder = old_vault(tmp_path, "before_member_keys")
    ws = open_vault(founder, "coord", COORD)
    try:
        db = ws.vault.db
        bound = [json.loads(str(r[0]))["details"] for r in db.query(
            "SELECT envelope FROM changes WHERE json_extract(envelope, '$.action') = "
            "'key.added' ORDER BY seq")]
        known = {json.loads(e["details"]).get("sign_public") for e in
                 audit_table.iter_events(db)} - {None}
        retired = {k["sign"] for k in bound if k["box"] == ""}
        live = {s.sign_public for s in ws.vault.slot_file.slots}
    finally:
        ws.lock()
    assert all(k["upgrade"] is True for k in bound)
    assert {k["sign"] for k in bound} >= known  # coord, asha before and after reset, bala
    assert retired == known - live and len(retired) == 2  # bala's and asha's first key


def test_a_third_laptop_gets_the_old_chain_through_the_sync_folder_and_by_relay(
        tmp_path: Path, cli: Cli) -> None:
    founder = old_vault(tmp_path, "before_member_keys")
    lap = tmp_path / "asha-laptop"
    pair(cli, tmp_path, founder, lap, "asha")
    office = tmp_path / "office-laptop"
    pair(cli, tmp_path, founder, office, "coord")
    log_session(lap, "asha", "Relayed words.")
    send(cli, tmp_path, lap, "asha", founder, "coord")
    send(cli, tmp_path, founder, "coord", office, "coord")  # asha's chain, relayed
    assert "Relayed words." in summaries(office, "coord")
    folder = tmp_path / "sync"
    folder.mkdir()
    log_session(office, "coord", "Synced words.")
    for _ in range(2):
        for where, user in ((office, "coord"), (founder, "coord"), (lap, "asha")):
            code, _out, err = run(*cli, ["exchange", "sync", "--folder", folder, "--vault",
                                         where, "--user", user], PASSPHRASES[user])
            assert code == 0, err
    assert "Synced words." in summaries(lap, "asha")
    for where, user in ((office, "coord"), (founder, "coord"), (lap, "asha")):
        verified(cli, where, user)


def _change(group: str, device: str, seq: int, prev: str, signer: Ed25519PrivateKey,
            author: str,
            public: str, action: str, details: dict[str, object] | None) -> Change:
    envelope: dict[str, object] = {
        "format": 1, "group": group, "stamp": f"{1775000000000 + seq:013d}.000000.{device}",
        "author": author, "key_id": key_id(public), "action": action, "records": []}
    if details is not None:
        envelope["details"] = details
    link = make_link(device, seq, prev, envelope)
    signature = b64e(signer.sign(bytes.fromhex(link.hash)))
    return Change(device, seq, prev, link.digest, link.hash,
                  canonical_json(envelope).decode(), signature)


@pytest.mark.parametrize("claimant", ["paired", "stranger"])
def test_a_paired_laptop_claiming_a_legacy_prefix_is_refused(
        tmp_path: Path, cli: Cli, claimant: str) -> None:
    """The paired laptop claims one for its own chain, or relays a chain of a laptop nobody
    added that claims one."""
    founder = old_vault(tmp_path, "before_member_keys")
    lap = tmp_path / "asha-laptop"
    lap_id = pair(cli, tmp_path, founder, lap, "asha")
    ws = open_vault(lap, "asha", ASHA)
    try:
        lap_keys = DeviceKeys.from_bytes(change_queries.self_keys(ws.vault.db) or b"")
        group, asha = ws.vault_id, ws.actor.member_id
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
    # a key of the laptop's own making, "bound" by a self-signed block after a first change
    # that claims to be the coordinator's
    forged = Ed25519PrivateKey.generate()
    public = b64e(forged.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    chain = lap_id if claimant == "paired" else DeviceKeys.generate().public.device_id
    first = _change(group, chain, 1, device_genesis(group, chain), forged, coord, public,
                    "device.revoked", {"device": row.id, "cutoff": 0})
    block = _change(group, chain, 2, first.hash, forged, coord, public,
                    "key.added", {"member": coord, "key_id": key_id(public), "sign": public,
                                  "box": "", "upgrade": True})
    data = seal_bundle(encode(Payload(have={}, changes=(first, block))), kind="changes",
                       group=group, sender=lap_keys, recipients={row.id: founder_public})
    bundle = tmp_path / "crafted.pdx"
    bundle.write_bytes(data)
    before = _state(founder)
    code, _out, err = run(*cli, ["exchange", "apply", bundle, "--vault", founder, "--user",
                                 "coord"], COORD)
    assert code == 7 and len(err.strip().splitlines()) == 1, err
    assert "signed by a key this laptop does not know" in err
    assert _state(founder) == before
    assert asha  # the laptop's own member played no part


def _state(folder: Path) -> tuple[int, int, bool]:
    ws = open_vault(folder, "coord", COORD)
    try:
        db = ws.vault.db
        changes = int(db.query_one("SELECT count(*) FROM changes")[0])  # type: ignore[index]
        revoked = any(d.revoked_at for d in change_queries.devices(db))
        return changes, len(apply_queries.heads(db)), revoked
    finally:
        ws.lock()
