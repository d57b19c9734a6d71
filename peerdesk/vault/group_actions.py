"""Changes about the group rather than its records, as they arrive (docs/format.md,
"Group actions"): a member's account key bound (``key.added``), a laptop added, revoked, or
succeeded by a new chain after it was restored from a backup.

Each is checked against its author's roles like any change (``change_rights``); here its
details are read, checked for shape, and written to the device directory or the member
keys. Details that do not have the shape of their action make the change damaged.
"""

from __future__ import annotations

from typing import Any

from peerdesk.domain.message import Message
from peerdesk.errors import N_
from peerdesk.exchange.device import DeviceKeyError, DevicePublic
from peerdesk.storage import apply_queries, change_queries
from peerdesk.storage.change_queries import DeviceRow
from peerdesk.storage.database import Database
from peerdesk.vault.audit_chain import key_id
from peerdesk.vault.change_receipt import KEY_ADDED, Checked, damaged

DEVICE_ADDED = "device.added"
DEVICE_REVOKED = "device.revoked"
DEVICE_SUCCEEDED = "device.succeeded"
ACTIONS = frozenset({KEY_ADDED, DEVICE_ADDED, DEVICE_REVOKED, DEVICE_SUCCEEDED})


def apply(db: Database, change: Checked, now: str) -> None:
    """Write what an (authorised) group action says."""
    action, details = change.action, change.details
    if action not in ACTIONS:
        return
    try:
        if action == KEY_ADDED:
            _key_added(db, change, details)
        elif action == DEVICE_ADDED:
            _add_device(db, DevicePublic.from_json(details.get("device")),
                        _label(details), _members(details), change.author, now)
        elif action == DEVICE_REVOKED:
            device, cutoff = details.get("device"), details.get("cutoff")
            if not isinstance(device, str) or not isinstance(cutoff, int) or cutoff < 0:
                raise ValueError
            apply_queries.revoke_device(db, device, cutoff, now)
        else:
            _succeeded(db, change, details, now)
    except (ValueError, TypeError, DeviceKeyError):
        raise damaged(change.row, Message(N_("its {action} details are malformed"),
                                             action=action)) from None


def _key_added(db: Database, change: Checked, details: dict[str, Any]) -> None:
    member, kid = details.get("member"), details.get("key_id")
    sign, box = details.get("sign"), details.get("box")
    if not all(isinstance(x, str) for x in (member, kid, sign, box)):
        raise ValueError
    if key_id(str(sign)) != kid:
        raise ValueError
    apply_queries.bind_key(db, key_id=str(kid), member=str(member), sign_public=str(sign),
                           box_public=str(box), device=change.row.device, seq=change.row.seq)


def _label(details: dict[str, Any]) -> str:
    label = details.get("label")
    if not isinstance(label, str) or not 1 <= len(label) <= 60:
        raise ValueError
    return label


def _members(details: dict[str, Any]) -> tuple[str, ...]:
    members = details.get("members")
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        raise ValueError
    return tuple(sorted(set(members)))


def _add_device(db: Database, public: DevicePublic, label: str, members: tuple[str, ...],
                by: str, now: str) -> None:
    if public.device_id in {d.id for d in change_queries.devices(db)}:
        return  # known already (this laptop, or told twice)
    data = public.to_json()
    change_queries.add_device(db, DeviceRow(
        id=public.device_id, label=label, sign_public=data["sign"],
        kem_x25519=data["kem_x25519"], kem_mlkem768=data["kem_mlkem768"],
        members=members, added_by=by, added_at=now, revoked_at=None))


def _succeeded(db: Database, change: Checked, details: dict[str, Any], now: str) -> None:
    public = DevicePublic.from_json(details.get("device"))
    predecessor = details.get("predecessor")
    if public.device_id != change.row.device or not isinstance(predecessor, str):
        raise ValueError
    members = apply_queries.device_members(db, predecessor) or ()
    _add_device(db, public, _label(details), members, change.author, now)
    apply_queries.set_predecessor(db, public.device_id, predecessor)

