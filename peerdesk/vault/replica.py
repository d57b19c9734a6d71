"""A new laptop's vault, built from its first snapshot (docs/format.md, "A replica's start").

The replica's vault id is the group id. It gets a new data key, sealed to the key slots the
snapshot carries (the chosen members' own slots, identities unchanged, so each member opens
it with their own passphrase, and the group's recovery slot). Nobody has unlocked yet, so the
replica's first audit events are signed by the laptop's own device key, as the actor
``device:<id>``: ``vault.created`` registers that key (and the recovery key), then, once the
received changes are applied, one ``account.added`` per member records their slot as their
current one, which is how an unlock on a replica decides which slot is current. The device
keys move from the sealed pending file into the database.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from peerdesk.crypto import keyslots
from peerdesk.crypto.encoding import b64e
from peerdesk.crypto.keyslots import AccountKeys, KeySlot, SlotFormatError
from peerdesk.errors import BundleRefused, VaultExists
from peerdesk.exchange.device import DeviceKeyError, DeviceKeys, DevicePublic
from peerdesk.exchange.payload import Snapshot
from peerdesk.storage import (
    apply_queries,
    change_queries,
    content_table,
    exchange_queries,
    migrate,
    vault_tables,
)
from peerdesk.storage.change_queries import DeviceRow
from peerdesk.storage.connection import remove_db_files
from peerdesk.storage.database import Database
from peerdesk.storage.tables import BY_KIND
from peerdesk.vault import change_log
from peerdesk.vault.audit_chain import key_id
from peerdesk.vault.layout import VaultPaths, iso, utc_now
from peerdesk.vault.lockfile import VaultLock
from peerdesk.vault.slotfile import SlotFile
from peerdesk.vault.vault import Vault

#: The actor of audit events a laptop signs with its own device key.
DEVICE_ACTOR_PREFIX = "device:"
DEVICE_SLOT_KIND = "device"
REPLICA_CREATED = "vault.created"


def device_actor(device_id: str) -> str:
    return DEVICE_ACTOR_PREFIX + device_id


def _refuse(message: str) -> BundleRefused:
    return BundleRefused("damaged", message)


@dataclass(frozen=True)
class ReplicaPlan:
    """What the snapshot says this laptop is: checked before anything is written."""

    members: tuple[str, ...]
    label: str
    added_by: str
    directory: tuple[DeviceRow, ...]
    slots: tuple[KeySlot, ...]
    accounts: tuple[dict[str, str], ...]


def plan(snapshot: Snapshot, group: str, me: DevicePublic) -> ReplicaPlan:
    """Check the snapshot's directory, slots and accounts; refuse (exit 7) what is off."""
    bad = "This snapshot is damaged or was changed after it was made; ask for a new one."
    rows: list[DeviceRow] = []
    mine: DeviceRow | None = None
    for entry in snapshot.devices:
        try:
            public = DevicePublic.from_json(entry)
            members = tuple(sorted(str(m) for m in entry["members"]))
            row = DeviceRow(public.device_id, str(entry["label"])[:60], b64e(public.sign),
                            b64e(public.kem_x25519), b64e(public.kem_mlkem), members,
                            str(entry["added_by"]), str(entry["added_at"]),
                            None if entry.get("revoked_at") is None
                            else str(entry["revoked_at"]))
        except (DeviceKeyError, KeyError, TypeError):
            raise _refuse(bad) from None
        rows.append(row)
        if row.id == me.device_id:
            mine = row
    if mine is None:
        raise BundleRefused("not-for-this-laptop",
                            "This snapshot does not add this laptop to the group.")
    by_account = {a["account_id"]: a for a in snapshot.accounts}
    slots: list[KeySlot] = []
    for data in snapshot.slots:
        try:
            slot = KeySlot.from_dict(data)
        except (SlotFormatError, ValueError):
            raise _refuse(bad) from None
        if slot.vault_id != group:
            raise _refuse(bad)
        if slot.kind == keyslots.KIND_ACCOUNT:
            account = by_account.get(slot.account_id)
            if account is None or account["member_id"] not in mine.members \
                    or account["username"] != slot.username:
                raise _refuse(bad)
        elif slot.kind != keyslots.KIND_RECOVERY:
            raise _refuse(bad)
        slots.append(slot)
    if len({s.slot_id for s in slots}) != len(slots) or not any(
            s.kind == keyslots.KIND_ACCOUNT for s in slots):
        raise _refuse(bad)
    return ReplicaPlan(mine.members, mine.label, mine.added_by, tuple(rows), tuple(slots),
                       tuple(snapshot.accounts))


def _device_vault(paths: VaultPaths, lock: VaultLock, slots: SlotFile, db: Database,
                  keys: DeviceKeys, data_key: bytearray) -> Vault:
    """The replica's vault, acting as its own device (before any member has unlocked)."""
    public = keys.public
    slot = KeySlot(
        slot_id="", vault_id=slots.vault_id, kind=DEVICE_SLOT_KIND,
        account_id=device_actor(public.device_id), username="", kdf={}, salt="",
        box_public="", sign_public=b64e(public.sign), secret_nonce="", secret_ct="",
        key_epoch=0, dk_ephemeral="", dk_nonce="", dk_ct="", created_at=iso(utc_now()),
    )
    account = AccountKeys(
        data_key=bytearray(data_key),
        signing_key=Ed25519PrivateKey.from_private_bytes(keys.sign_private),
        box_key=X25519PrivateKey.from_private_bytes(keys.kem_x25519_private),
    )
    return Vault(paths, lock, slots, db, slot, account)


def build_replica(folder: Path, *, group: str, snapshot: Snapshot, replica: ReplicaPlan,
                  keys: DeviceKeys, sender: str,
                  apply: Callable[[Vault], Any]) -> Any:
    """Create the replica vault in ``folder`` and ``apply`` the snapshot's changes to it.

    All or nothing: on any failure the new files are removed and ``folder`` is as before.
    Returns what ``apply`` returned."""
    paths = VaultPaths(Path(folder))
    if paths.exists():
        raise VaultExists(f"There is already a vault in {paths.folder}.")
    lock_was_there = paths.lock.exists()
    lock = VaultLock(paths.lock)
    lock.acquire()
    data_key = bytearray(os.urandom(32))
    slot_file = SlotFile(group, 0, [keyslots.seal_data_key(s, data_key, 0)
                                    for s in replica.slots])
    db: Database | None = None
    vault: Vault | None = None
    try:
        db = Database.open(paths.db, data_key, create=True)
        migrate.upgrade(db.conn)
        content_table.install_tracking(db)
        vault = _device_vault(paths, lock, slot_file, db, keys, data_key)
        _start(vault, db, group=group, snapshot=snapshot, replica=replica, keys=keys,
               sender=sender)
        result = apply(vault)
        _add_accounts(vault, replica)
        db.checkpoint()
        os.chmod(paths.db, 0o600)
        slot_file.save(paths.slots)
    except BaseException:
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()
        with contextlib.suppress(OSError):
            remove_db_files(paths.db)
        with contextlib.suppress(OSError):
            paths.slots.unlink()
        lock.release()
        if not lock_was_there:
            with contextlib.suppress(OSError):
                paths.lock.unlink()
        raise
    assert vault is not None
    vault.close(audit=False)
    return result


def _start(vault: Vault, db: Database, *, group: str, snapshot: Snapshot,
           replica: ReplicaPlan, keys: DeviceKeys, sender: str) -> None:
    public = keys.public
    recovery = [s.sign_public for s in replica.slots if s.kind == keyslots.KIND_RECOVERY]
    details: dict[str, Any] = {
        "vault_id": group, "account_id": device_actor(public.device_id), "member_id": "",
        "sign_public": b64e(public.sign), "device_id": public.device_id,
        "replica_of": sender,
    }
    if recovery:
        details["recovery_sign_public"] = recovery[0]
    with vault.write(REPLICA_CREATED, "vault", group, details):
        for row in replica.directory:
            if row.id != public.device_id:
                change_queries.add_device(db, row)
        change_log.create_device(db, keys, label=replica.label, members=replica.members,
                                 by=replica.added_by)
        vault_tables.init_meta(db, vault_id=group, group_name=snapshot.group_name,
                               timezone=snapshot.timezone, now=iso(utc_now()))


def _add_accounts(vault: Vault, replica: ReplicaPlan) -> None:
    db = vault.db
    members = {a["account_id"]: a["member_id"] for a in replica.accounts}
    for slot in replica.slots:
        if slot.kind != keyslots.KIND_ACCOUNT:
            continue
        member = members[slot.account_id]
        if not any(True for _ in content_table.contents(db, BY_KIND["member"], [member])):
            # e.g. the founding laptop's chain waits for its keys (its upgrade block)
            raise _refuse("This snapshot does not hold a member it gives a login to; ask "
                          "for a new one. Nothing was kept.")
        bound = apply_queries.key(db, key_id(slot.sign_public))
        if bound is not None and bound[0] != member:
            # The group's own key.added change says whose key this is; the snapshot may not
            # give a login to anyone else.
            raise _refuse("This snapshot gives a login to the wrong member; it was changed "
                          "after it was made. Nothing was kept.")
        roles = exchange_queries.member_roles(db, [member]).get(member, [])
        with vault.write(
            "account.added", "account", slot.account_id,
            {"account_id": slot.account_id, "member_id": member,
             "sign_public": slot.sign_public, "slot_id": slot.slot_id,
             "slot_digest": slot.digest(), "roles": sorted(roles)},
        ):
            vault_tables.insert_account(db, account_id=slot.account_id, member_id=member,
                                        username=slot.username, sign_public=slot.sign_public,
                                        now=iso(utc_now()))
