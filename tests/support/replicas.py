"""Second laptops of a test group, built from the same primitives pairing uses, until real
pairing exists: the coordinator's laptop writes a signed ``device.added`` change for the new
laptop's device keys; the new laptop starts from a copy of the vault folder (the group id,
the chosen members' key slots and the data key) with its own device keys in place of the
first laptop's, and everything it holds counted as received (one ``exchange.applied``
event vouching for every record, as a first snapshot would). From then on the laptops only
exchange changes through ``apply_changes``.

``sync(a, b)`` sends everything ``b`` lacks from ``a`` (every device chain ``a`` holds, with
all content: both laptops are full replicas here).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerdesk.exchange.device import DeviceKeys
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import change_queries, content_table
from peerdesk.vault import change_log
from peerdesk.vault.change_apply import APPLIED, ApplyResult, Incoming, apply_changes
from peerdesk.vault.layout import iso, utc_now
from tests.support.vaults import PASSPHRASES, Group


@dataclass
class Laptop:
    folder: Path
    ws: Workspace
    user: str

    def login(self, user: str) -> Workspace:
        if self.ws.is_open:
            self.ws.lock()
        self.ws = open_vault(self.folder, user, PASSPHRASES[user])
        self.user = user
        return self.ws

    @property
    def device(self) -> str:
        found = change_queries.self_device(self.ws.vault.db)
        assert found is not None
        return found


def add_device(ws: Workspace, keys: DeviceKeys, label: str, members: Sequence[str]) -> None:
    """What the coordinator's laptop writes when it adds a laptop to the group."""
    vault = ws.vault
    public = keys.public.to_json()
    details = {"device": public, "label": label, "members": sorted(members)}
    with vault.write("device.added", "device", public["id"], {"device_id": public["id"]}) as db:
        change_log.log_event(db, group=vault.vault_id, author=vault._author(),
                             action="device.added", details=details)
        change_queries.add_device(db, change_queries.DeviceRow(
            id=public["id"], label=label, sign_public=public["sign"],
            kem_x25519=public["kem_x25519"], kem_mlkem768=public["kem_mlkem768"],
            members=tuple(sorted(members)), added_by=ws.actor.member_id, added_at=iso(utc_now()),
            revoked_at=None))


def make_replica(group: Group, tmp_path: Path, name: str = "second",
                 user: str = "coord") -> Laptop:
    """A second laptop of ``group`` (whose workspace stays open as it was)."""
    origin_user = group.ws.actor.username if group.ws.is_open else "coord"
    ws = group.login("coord")
    keys = DeviceKeys.generate()
    add_device(ws, keys, name, list(group.ids[n] for n in ("coord", "asha", "bala", "sunil")))
    ws.lock()
    folder = tmp_path / name
    shutil.copytree(group.folder, folder, ignore=shutil.ignore_patterns("*.lock", ".lock*"))
    replica = open_vault(folder, "coord", PASSPHRASES["coord"])
    db = replica.vault.db
    with replica.vault.write(APPLIED, "exchange", "", {"snapshot": 1}, log_change=False):
        db.execute("UPDATE device_self SET device = ?, keys = ?",
                   (keys.public.device_id, keys.to_bytes()))
        content_table.touch_all(db)
    group.login(origin_user)
    laptop = Laptop(folder, replica, "coord")
    if user != "coord":
        laptop.login(user)
    return laptop


def changes_lacking(source: Workspace, target: Workspace, *,
                    everything: bool = False) -> list[Incoming]:
    """Every change ``source`` holds that ``target`` does not (``everything``: every change
    ``source`` holds), in per-device order."""
    sdb, tdb = source.vault.db, target.vault.db
    out: list[Incoming] = []
    for device in change_queries.chain_devices(sdb):
        head = change_queries.head(tdb, device)
        have = 0 if head is None or everything else head[0]
        for row in change_queries.iter_changes(sdb, device):
            if row.seq <= have:
                continue
            content = change_queries.contents_of(sdb, row.device, row.seq)
            out.append(Incoming(row, tuple((k, i, c) for (k, i), c in sorted(content.items()))))
    return out


def sync(source: Workspace, target: Workspace) -> ApplyResult:
    return apply_changes(target.vault, changes_lacking(source, target))


def apply(target: Workspace, incoming: Iterable[Incoming]) -> ApplyResult:
    return apply_changes(target.vault, list(incoming))
