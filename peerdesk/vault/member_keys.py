"""Binding members' account keys to the group (``key.added``), so that every laptop can
check who signed a change: written when a vault is made, a login is added or reset, and, for
a vault from before, for every key its audit chain knows at the first unlock (the upgrade
block, docs/format.md, "Group actions")."""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.crypto import keyslots
from peerdesk.crypto.keyslots import KeySlot
from peerdesk.storage import (
    apply_fact_queries,
    apply_queries,
    audit_table,
    change_queries,
    vault_tables,
)
from peerdesk.storage.database import Database
from peerdesk.vault import change_log
from peerdesk.vault.audit_chain import key_id, verify_chain
from peerdesk.vault.change_receipt import KEY_ADDED
from peerdesk.vault.legacy_prefix import UPGRADE


def bind(db: Database, *, group: str, author: change_log.Author, member: str,
         sign_public: str, box_public: str, upgrade: bool = False) -> None:
    """Append a ``key.added`` change for the key and bind it here (no-op without a device).
    ``upgrade``: part of a vault's upgrade block (``box_public`` "" for a retired key)."""
    kid = key_id(sign_public)
    details: dict[str, object] = {"member": member, "key_id": kid, "sign": sign_public,
                                  "box": box_public}
    if upgrade:
        details[UPGRADE] = True
    change_log.log_event(db, group=group, author=author, action=KEY_ADDED, details=details)
    own = change_queries.self_device(db)
    head = None if own is None else change_queries.head(db, own)
    if own is not None and head is not None:
        apply_queries.bind_key(db, key_id=kid, member=member, sign_public=sign_public,
                               box_public=box_public, device=own, seq=head[0])


def bind_slot(db: Database, *, group: str, author: change_log.Author, member: str,
              slot: KeySlot) -> None:
    bind(db, group=group, author=author, member=member, sign_public=slot.sign_public,
         box_public=slot.box_public)


def bind_existing(db: Database, *, group: str, author: change_log.Author,
                  slots: Iterable[KeySlot]) -> None:
    """A vault from before member keys: bind the key of every live login and of the
    recovery key, the acting one's first (it signs the others)."""
    if apply_queries.has_keys(db) or change_queries.self_device(db) is None:
        return
    live = {a.account_id: a.member_id for a in vault_tables.live_accounts(db)}
    found: list[tuple[str, KeySlot]] = []
    seen: set[str] = set()
    for slot in slots:
        if slot.sign_public in seen:
            continue
        seen.add(slot.sign_public)
        if slot.kind == keyslots.KIND_RECOVERY:
            found.append(("", slot))
        elif slot.account_id in live:
            found.append((live[slot.account_id], slot))
    found.sort(key=lambda pair: key_id(pair[1].sign_public) != author.key_id)
    for member, slot in found:
        bind_slot(db, group=group, author=author, member=member, slot=slot)


def bind_upgrade(db: Database, *, group: str, author: change_log.Author,
                 slots: Iterable[KeySlot]) -> None:
    """A vault from before member keys, whose chain's first changes were signed by keys
    bound nowhere: bind, as one upgrade block, every key its audit chain's key directory
    knows (retired ones too: a removed login's, a key replaced by a reset; they signed
    changes of that chain), the acting one's first (it signs the others). A retired key's
    box key is not known: ``box`` is "" and the key signs nothing after the block."""
    if not needs_upgrade_block(db):
        return
    directory = verify_chain(audit_table.iter_events(db), group)
    boxes = {s.sign_public: s.box_public for s in slots}
    found = sorted(directory.keys.items(),
                   key=lambda item: (item[0] != author.key_id, item[0]))
    for kid, public in found:
        bind(db, group=group, author=author, member=directory.key_members.get(kid, ""),
             sign_public=public, box_public=boxes.get(public, ""), upgrade=True)


def needs_upgrade_block(db: Database) -> bool:
    """Whether this laptop's chain began before member keys and has no upgrade block yet:
    a vault from before (no key bound), or one a release without the block upgraded (its
    chain starts with other changes and only its live logins' keys were bound, later). A
    laptop that was paired, or continues a forked chain, never needs one."""
    own = change_queries.self_device(db)
    if own is None:
        return False
    if not apply_queries.has_keys(db):
        return True
    if apply_fact_queries.first_action(db, own) in (None, KEY_ADDED, "device.succeeded"):
        return False
    return not (apply_fact_queries.was_added(db, own)
                or apply_fact_queries.has_upgrade_block(db, own))
