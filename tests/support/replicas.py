"""Second laptops of a test group, paired for real (``tests.support.laptops.pair_laptop``),
which then exchange changes straight through ``apply_changes``, without bundles, so the
engine's tests see every change with all its content.

``sync(a, b)`` sends everything ``b`` lacks from ``a`` (every device chain ``a`` holds, with
all content: both laptops are full replicas here).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerdesk.exchange.device import DeviceKeys
from peerdesk.services.workspace import Workspace, open_vault
from peerdesk.storage import change_queries
from peerdesk.vault import change_log
from peerdesk.vault.change_apply import ApplyResult, Incoming, apply_changes
from peerdesk.vault.layout import iso, utc_now
from tests.support.laptops import pair_laptop
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
    """What a coordinator's laptop writes when it adds a laptop to the group, without the
    pairing around it (a signed ``device.added`` change and the directory entry)."""
    vault = ws.vault
    public = keys.public.to_json()
    details = {"device": public, "label": label, "members": sorted(members)}
    with vault.write("device.added", "device", public["id"], {"device_id": public["id"]}) as db:
        change_log.log_event(db, group=vault.vault_id, author=vault._author(),
                             action="device.added", details=details)
        change_queries.add_device(db, change_queries.DeviceRow(
            id=public["id"], label=label, sign_public=public["sign"],
            kem_x25519=public["kem_x25519"], kem_mlkem768=public["kem_mlkem768"],
            members=tuple(sorted(members)), added_by=ws.actor.member_id,
            added_at=iso(utc_now()), revoked_at=None))


def make_replica(group: Group, tmp_path: Path, name: str = "second",
                 user: str = "coord") -> Laptop:
    """A second laptop of ``group``, paired for every login of the group (real pairing: a
    join request, ``device.added`` and a first snapshot); ``group`` stays logged in as it
    was."""
    origin_user = group.ws.actor.username if group.ws.is_open else "coord"
    folder = tmp_path / name
    pair_laptop(group, folder, ["coord", "asha", "bala", "sunil"], label=name)
    group.login(origin_user)
    laptop = Laptop(folder, open_vault(folder, user, PASSPHRASES[user]), user)
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
