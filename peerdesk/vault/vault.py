"""An unlocked vault: the open database, the acting account's keys, and audited writes."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from peerdesk.crypto import keyslots
from peerdesk.crypto.kdf import PROFILE_ENV, KdfParams, default_params
from peerdesk.crypto.keyslots import AccountKeys, KeySlot, SlotOpenError, passphrase_secret
from peerdesk.crypto.recovery import new_recovery_key, parse_recovery_key
from peerdesk.domain import role_grants
from peerdesk.domain.message import Message
from peerdesk.domain.vocab import Role
from peerdesk.errors import (
    N_,
    NotFound,
    PermissionDenied,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from peerdesk.exchange.device import DeviceKeys
from peerdesk.storage import (
    audit_table,
    change_queries,
    content_table,
    migrate,
    vault_tables,
)
from peerdesk.storage.connection import remove_db_files
from peerdesk.storage.database import Database
from peerdesk.storage.vault_tables import AccountInfo
from peerdesk.vault import change_log, member_keys
from peerdesk.vault.audit_chain import genesis_hash, seal_event
from peerdesk.vault.change_receipt import KEY_ADDED
from peerdesk.vault.content_check import Entry, changed_records
from peerdesk.vault.content_digest import BASELINE_ACTION, DETAILS_KEY, claim
from peerdesk.vault.layout import VaultPaths, iso, utc_now
from peerdesk.vault.lockfile import VaultLock
from peerdesk.vault.slot_open import open_candidates, open_database_with, slot_secret
from peerdesk.vault.slotfile import SlotFile

__all__ = ["Vault", "check_passphrase", "open_candidates", "open_database_with", "slot_secret"]

RECOVERY_ACTOR = "recovery"
#: meta key: "1" from a member's removal until the data key has been rotated.
ROTATION_PENDING = "rotation_pending"
MIN_PASSPHRASE = 12
_ROLE_NAMES = frozenset(r.value for r in Role)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            Message(N_("A passphrase needs at least {count} characters; several words are "
                       "easiest to remember."), count=MIN_PASSPHRASE),
            "passphrase",
        )


class Vault:
    """Created by ``create``/``unlock``; ``close`` drops the keys and releases the lock."""

    def __init__(
        self,
        paths: VaultPaths,
        lock: VaultLock,
        slots: SlotFile,
        db: Database,
        slot: KeySlot,
        keys: AccountKeys,
    ) -> None:
        self.paths = paths
        self._lock = lock
        self._slots = slots
        self._db: Database | None = db
        self._slot = slot
        self._keys: AccountKeys | None = keys
        self.vault_id = slots.vault_id
        self.account_id = slot.account_id
        self.username = slot.username

    # ---------------------------------------------------------------------------- create
    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        group_name: str,
        username: str,
        display_name: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        timezone: str = "UTC",
    ) -> tuple[Vault, str]:
        """A new vault with its first coordinator. Returns the vault and the recovery key."""
        check_passphrase(passphrase)
        paths = VaultPaths(Path(folder))
        paths.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if paths.exists():
            raise VaultExists(f"There is already a vault in {paths.folder}.")
        lock = VaultLock(paths.lock)
        lock.acquire()
        created: list[Path] = []
        try:
            now = iso(utc_now())
            vault_id = uuid.uuid4().hex
            member_id, account_id = str(uuid.uuid4()), str(uuid.uuid4())
            data_key = bytearray(os.urandom(32))
            kdf = kdf or default_params()
            slot = keyslots.make_slot(
                vault_id=vault_id, kind=keyslots.KIND_ACCOUNT, account_id=account_id,
                username=username, secret=passphrase_secret(passphrase), data_key=data_key,
                key_epoch=0, created_at=now, kdf=kdf,
            )
            recovery_key = new_recovery_key()
            rslot = keyslots.make_slot(
                vault_id=vault_id, kind=keyslots.KIND_RECOVERY, account_id=RECOVERY_ACTOR,
                username="", secret=parse_recovery_key(recovery_key), data_key=data_key,
                key_epoch=0, created_at=now,
            )
            keys = keyslots.open_slot(slot, passphrase_secret(passphrase))
            created.append(paths.db)
            db = Database.open(paths.db, data_key, create=True)
            migrate.upgrade(db.conn)
            content_table.install_tracking(db)
            slots = SlotFile(vault_id, 0, [slot, rslot])
            vault = cls(paths, lock, slots, db, slot, keys)
            with vault.write(
                "vault.created", "vault", vault_id,
                {
                    "vault_id": vault_id, "account_id": account_id, "member_id": member_id,
                    "sign_public": slot.sign_public, "recovery_sign_public": rslot.sign_public,
                    "slot_id": slot.slot_id, "slot_digest": slot.digest(),
                    "recovery_slot_id": rslot.slot_id,
                },
            ):
                change_log.create_device(db, DeviceKeys.generate(), label="First laptop",
                                         members=(member_id,), by=member_id)
                vault_tables.init_meta(
                    db, vault_id=vault_id, group_name=group_name, timezone=timezone, now=now
                )
                vault_tables.insert_member(
                    db, member_id=member_id, display_name=display_name,
                    roles=("coordinator",), now=now, by=member_id,
                )
                vault_tables.insert_account(
                    db, account_id=account_id, member_id=member_id, username=username,
                    sign_public=slot.sign_public, now=now,
                )
                member_keys.bind_existing(db, group=vault_id, author=vault._author(),
                                          slots=(slot, rslot))
            db.checkpoint()
            os.chmod(paths.db, 0o600)
            created.append(paths.slots)
            slots.save(paths.slots)
        except BaseException:
            with contextlib.suppress(Exception):
                db.close()
            for p in created:
                with contextlib.suppress(OSError):
                    if p == paths.db:
                        remove_db_files(p)
                    else:
                        p.unlink()
            lock.release()
            raise
        return vault, recovery_key

    # ---------------------------------------------------------------------------- unlock
    @classmethod
    def unlock(cls, folder: Path, username: str, passphrase: str) -> Vault:
        paths = VaultPaths(Path(folder))
        vault = cls._unlock(paths, username, slot_secret(passphrase, False), recovery=False)
        vault._strengthen_slot(passphrase)
        return vault

    @classmethod
    def unlock_with_recovery(cls, folder: Path, recovery_key: str) -> Vault:
        paths = VaultPaths(Path(folder))
        return cls._unlock(paths, "", slot_secret(recovery_key, True), recovery=True)

    @classmethod
    def _unlock(
        cls, paths: VaultPaths, username: str, secret_for: Callable[[KeySlot], bytes],
        recovery: bool,
    ) -> Vault:
        if not paths.db.exists() and not paths.slots.exists():
            raise VaultMissing(f"No vault at {paths.folder}.")
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            slots = SlotFile.load(paths.slots)
            if not paths.db.exists():
                raise VaultDamaged("The vault's database file is missing. Restore from a backup.")
            candidates = slots.recovery_slots() if recovery else slots.account_slots(username)
            opened = open_candidates(candidates, secret_for)
            db, slot, keys = open_database_with(paths, opened)
            try:
                migrate.upgrade(db.conn)
                if vault_tables.vault_id(db) != slots.vault_id:
                    raise VaultDamaged(
                        "The database and the key file belong to different vaults. "
                        "Restore from a backup."
                    )
                if audit_table.head(db) is None:
                    raise VaultDamaged("The vault has no audit history; it cannot be trusted.")
                content_table.install_tracking(db)
            except BaseException:
                # Never leave the exclusive connection open behind a refused unlock.
                db.close()
                raise
            vault = cls(paths, lock, slots, db, slot, keys)
            if not recovery:
                try:
                    if vault_tables.account(db, slot.account_id) is None:
                        raise WrongPassphrase()
                    history = audit_table.slot_history(db, slot.account_id)
                    vault._check_slot_is_current(history)
                except BaseException:
                    vault.close(audit=False)
                    raise
        except BaseException:
            if lock.held:
                lock.release()
            raise
        vault._after_unlock()
        return vault

    def _strengthen_slot(self, passphrase: str) -> None:
        """A slot below the production floor (made by older settings) is rewritten with
        today's parameters right after a successful unlock, new slot before old."""
        params = keyslots.kdf_of(self._slot)
        if params is None or params.meets_floor() or os.environ.get(PROFILE_ENV) == "test":
            return
        keys = self.keys
        new_slot = keyslots.make_slot(
            vault_id=self.vault_id, kind=keyslots.KIND_ACCOUNT, account_id=self.account_id,
            username=self.username, secret=passphrase_secret(passphrase),
            data_key=keys.data_key,
            key_epoch=self._slot.key_epoch, created_at=iso(utc_now()), kdf=default_params(),
            signing_key=keys.signing_key, box_key=keys.box_key,
        )
        self._replace_slot(self._slot, new_slot, "strengthened")

    def _check_slot_is_current(self, history: list[str]) -> None:
        """Refuse a slot that the chain records as replaced (an old slot file put back)."""
        if self._slot.slot_id in history[:-1] and self._slot.slot_id != history[-1]:
            raise WrongPassphrase(
                "This passphrase belongs to a key slot that a passphrase change replaced; it "
                "no longer opens the vault. Nothing was changed."
            )

    def _record_slot(self, slot: KeySlot, reason: str) -> None:
        with self.write("account.passphrase_changed", "account", slot.account_id,
                        {"slot_id": slot.slot_id, "slot_digest": slot.digest(),
                         "reason": reason}):
            pass

    def _after_unlock(self) -> None:
        slot = self._slot
        db = self.db
        if content_table.is_empty(db):
            # A vault from before content digests: one signed event records the digests of
            # every record as it is now; from then on each change records its own.
            with self.write(BASELINE_ACTION, "vault", self.vault_id, {}):
                content_table.touch_all(db)
        if change_queries.self_device(db) is None:  # a vault from before the change log
            keys = DeviceKeys.generate()
            with self.write(change_log.DEVICE_CREATED, "device", keys.public.device_id,
                            change_log.device_details(keys)):
                change_log.start_chain(db, keys, group=self.vault_id, author=self._author())
        if member_keys.needs_upgrade_block(db):  # a vault from before member keys
            with self.write(KEY_ADDED, "vault", self.vault_id, {}):
                member_keys.bind_upgrade(db, group=self.vault_id, author=self._author(),
                                         slots=self._slots.slots)
        history = [] if self.is_recovery else audit_table.slot_history(db, slot.account_id)
        if not self.is_recovery and slot.slot_id not in history:
            # A passphrase change interrupted before it reached the chain.
            self._record_slot(slot, "first use")
        # The database opened with this slot's data key, so slots for any other epoch are
        # useless: older ones predate a finished rotation, newer ones seal a key that an
        # interrupted rotation never applied. Of this account's own slots, only those the
        # chain records as replaced go; one it never saw may be a change not yet recorded.
        replaced = set(history) - {slot.slot_id}
        stale = [
            s for s in self._slots.slots
            if s.key_epoch != slot.key_epoch
            or (s.account_id == slot.account_id and s.slot_id in replaced)
        ]
        if stale:
            self._slots.slots = [s for s in self._slots.slots if s not in stale]
            self._slots.key_epoch = slot.key_epoch
            self._slots.save(self.paths.slots)
        if vault_tables.get_meta(db, ROTATION_PENDING) == "1":
            # A member's removal was interrupted before the data key was rotated.
            self._finish_removals()
        with self.write("vault.unlocked", "account", slot.account_id, {"slot_id": slot.slot_id}):
            pass

    # ---------------------------------------------------------------------------- state
    @property
    def db(self) -> Database:
        if self._db is None or not self._db.is_open:
            raise VaultLocked()
        return self._db

    @property
    def keys(self) -> AccountKeys:
        if self._keys is None:
            raise VaultLocked()
        return self._keys

    @property
    def is_open(self) -> bool:
        return self._db is not None and self._db.is_open

    @property
    def is_recovery(self) -> bool:
        return self._slot.kind == keyslots.KIND_RECOVERY

    @property
    def slot_file(self) -> SlotFile:
        return self._slots

    def close(self, audit: bool = True) -> None:
        """Lock: record it, close the database, wipe the key, release the folder."""
        if self._db is not None and self._db.is_open:
            if audit:
                with contextlib.suppress(Exception), self.write(
                    "vault.locked", "account", self.account_id, {}
                ):
                    pass
            self._db.close()
        self._db = None
        if self._keys is not None:
            self._keys.wipe()
            self._keys = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------- writes
    @contextlib.contextmanager
    def write(
        self, action: str, target_kind: str = "", target_id: str = "",
        details: dict[str, Any] | None = None, *, log_change: bool = True,
        change_details: dict[str, Any] | None = None,
    ) -> Iterator[Database]:
        """One transaction ending in one signed audit event; all or nothing. Without
        ``log_change`` (applying changes received from other laptops) the records it changes
        are recorded in the audit event but appended to no change: they already have one."""
        db = self.db
        with db.transaction():
            yield db
            self._append_audit(action, target_kind, target_id,
                               details if details is not None else {}, log_change,
                               change_details)

    def _author(self) -> change_log.Author:
        return change_log.author_of(self.db, None if self.is_recovery else self.account_id,
                                    self._slot.sign_public, self.keys.signing_key)

    def _append_audit(
        self, action: str, target_kind: str, target_id: str, details: dict[str, Any],
        log_change: bool = True, change_details: dict[str, Any] | None = None,
    ) -> None:
        db = self.db
        head = audit_table.head(db)
        seq, prev = (1, genesis_hash(self.vault_id)) if head is None else (head[0] + 1, head[1])
        entries: list[Entry] = []
        if db.depth == 1 and not log_change:
            entries = [(kind, rid, digest) for kind, rid, digest, _ in changed_records(db)]
        elif db.depth == 1:  # the outermost write holds the records of every nested one
            entries = change_log.log_write(db, changed_records(db), group=self.vault_id,
                                           author=self._author(), action=action,
                                           details=change_details)
        if entries:
            details = {**details, DETAILS_KEY: claim(entries)}
        event = seal_event(
            seq=seq, at=iso(utc_now()), actor=self.account_id,
            signing_key=self.keys.signing_key, sign_public=self._slot.sign_public,
            action=action, target_kind=target_kind, target_id=target_id, details=details,
            prev_hash=prev,
        )
        audit_table.append(db, event)
        if entries:
            content_table.append(db, seq, entries)

    def audit_head(self) -> tuple[int, str]:
        head = audit_table.head(self.db)
        if head is None:  # pragma: no cover - refused at unlock
            raise VaultDamaged("The vault has no audit history.")
        return head

    # ---------------------------------------------------------------------------- accounts
    def account_info(self, account_id: str | None = None) -> AccountInfo:
        row = vault_tables.account(self.db, account_id or self.account_id)
        if row is None:
            raise NotFound("No such account.")
        return row

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """Rewrite this account's slot: the new slot is saved, then recorded in the audit
        chain as the account's current one, then the old one is dropped. From the moment the
        change is recorded, the old slot is refused even if a copy of it is put back."""
        if self.is_recovery:
            raise PermissionDenied("Use reset_passphrase when unlocked with the recovery key.")
        check_passphrase(new_passphrase)
        try:
            keyslots.open_secret(
                self._slot, passphrase_secret(old_passphrase, self._slot.version)
            )
        except SlotOpenError:
            raise WrongPassphrase("The current passphrase is not right.") from None
        keys = self.keys
        new_slot = keyslots.make_slot(
            vault_id=self.vault_id, kind=keyslots.KIND_ACCOUNT, account_id=self.account_id,
            username=self.username, secret=passphrase_secret(new_passphrase),
            data_key=keys.data_key, key_epoch=self._slot.key_epoch,
            created_at=iso(utc_now()), kdf=kdf or default_params(),
            signing_key=keys.signing_key, box_key=keys.box_key,
        )
        self._replace_slot(self._slot, new_slot, "changed")

    def _replace_slot(self, old: KeySlot, new: KeySlot, reason: str) -> None:
        self._slots.slots.append(new)
        self._slots.save(self.paths.slots)
        self._slot = new
        self._record_slot(new, reason)
        self._slots.slots = [s for s in self._slots.slots if s.slot_id != old.slot_id]
        self._slots.save(self.paths.slots)

    def add_account(
        self, member_id: str, username: str, passphrase: str, kdf: KdfParams | None = None,
        roles: Sequence[str] = (),
    ) -> str:
        """A login for an existing member (holding ``roles``). Returns the account id."""
        check_passphrase(passphrase)
        if any(s.username == username for s in self._slots.slots) or vault_tables.username_taken(
            self.db, username
        ):
            raise ValidationError(N_("That user name is already taken."), "username")
        account_id = str(uuid.uuid4())
        now = iso(utc_now())
        slot = keyslots.make_slot(
            vault_id=self.vault_id, kind=keyslots.KIND_ACCOUNT, account_id=account_id,
            username=username, secret=passphrase_secret(passphrase), data_key=self.keys.data_key,
            key_epoch=self._slots.key_epoch, created_at=now, kdf=kdf or default_params(),
        )
        with self.write(
            "account.added", "account", account_id,
            {"account_id": account_id, "member_id": member_id, "sign_public": slot.sign_public,
             "slot_id": slot.slot_id, "slot_digest": slot.digest(), "roles": sorted(roles)},
        ) as db:
            vault_tables.insert_account(
                db, account_id=account_id, member_id=member_id, username=username,
                sign_public=slot.sign_public, now=now,
            )
            member_keys.bind_slot(db, group=self.vault_id, author=self._author(),
                                  member=member_id, slot=slot)
        self._slots.slots.append(slot)
        self._slots.save(self.paths.slots)
        return account_id

    def reset_passphrase(
        self, username: str, new_passphrase: str, kdf: KdfParams | None = None
    ) -> None:
        """With the recovery key: give an account a new passphrase (and new keys)."""
        if not self.is_recovery:
            raise PermissionDenied("Only the recovery key can reset another passphrase.")
        check_passphrase(new_passphrase)
        old = self._slots.account_slots(username)
        info = vault_tables.account_by_username(self.db, username)
        if not old or info is None:
            raise NotFound("No account with that user name.")
        problem = role_grants.reset_problem(Role(r) for r in info.roles if r in _ROLE_NAMES)
        if problem:
            raise PermissionDenied(problem)
        slot = keyslots.make_slot(
            vault_id=self.vault_id, kind=keyslots.KIND_ACCOUNT, account_id=info.account_id,
            username=username, secret=passphrase_secret(new_passphrase),
            data_key=self.keys.data_key, key_epoch=self._slots.key_epoch,
            created_at=iso(utc_now()), kdf=kdf or default_params(),
        )
        with self.write(
            "account.reset", "account", info.account_id,
            {"account_id": info.account_id, "member_id": info.member_id,
             "sign_public": slot.sign_public, "slot_id": slot.slot_id,
             "slot_digest": slot.digest()},
        ) as db:
            vault_tables.set_account_key(db, info.account_id, slot.sign_public)
            member_keys.bind_slot(db, group=self.vault_id, author=self._author(),
                                  member=info.member_id, slot=slot)
        self._slots.slots.append(slot)
        self._slots.save(self.paths.slots)
        self._slots.slots = [s for s in self._slots.slots if s not in old]
        self._slots.save(self.paths.slots)

    def remove_account(self, account_id: str) -> None:
        """Remove a login and rotate the data key so its old slot opens nothing live."""
        if account_id == self.account_id:
            raise PermissionDenied(N_("You cannot remove your own account while using it."))
        if vault_tables.account(self.db, account_id) is None:
            raise NotFound("No such account.")
        with self.write("account.removed", "account", account_id, {"account_id": account_id}) as db:
            vault_tables.mark_account_removed(db, account_id, iso(utc_now()))
            # Cleared by rotate_data_key; if the program dies first, the next unlock finishes.
            vault_tables.set_meta(db, ROTATION_PENDING, "1")
        self._finish_removals()

    def _finish_removals(self) -> None:
        """Drop every removed account's slot, then rotate the data key."""
        gone = set(vault_tables.removed_account_ids(self.db))
        self._slots.slots = [s for s in self._slots.slots if s.account_id not in gone]
        self._slots.save(self.paths.slots)
        self.rotate_data_key()

    def rotate_data_key(self) -> None:
        """New data key: slots for it are written (beside the old) before the rekey."""
        new_key = bytearray(os.urandom(32))
        epoch = self._slots.key_epoch + 1
        current = list(self._slots.slots)
        fresh = [keyslots.seal_data_key(s, new_key, epoch) for s in current]
        self._slots.slots = current + fresh
        self._slots.save(self.paths.slots)
        vault_tables.rekey(self.db, new_key)
        self._slots.slots = fresh
        self._slots.key_epoch = epoch
        self._slots.save(self.paths.slots)
        self._slot = next(s for s in fresh if s.slot_id == self._slot.slot_id)
        old = self.keys
        self._keys = replace(old, data_key=new_key)
        old.wipe()
        with self.write("vault.key_rotated", "vault", self.vault_id, {"key_epoch": epoch}) as db:
            vault_tables.set_meta(db, ROTATION_PENDING, "0")

    # ---------------------------------------------------------------------------- drafts
    def save_draft(self, key: str, data: str) -> None:
        with self.db.transaction() as _:
            vault_tables.save_draft(self.db, self.account_id, key, data, iso(utc_now()))

    def load_draft(self, key: str) -> str | None:
        return vault_tables.load_draft(self.db, self.account_id, key)

    def discard_draft(self, key: str) -> None:
        with self.db.transaction():
            vault_tables.discard_draft(self.db, self.account_id, key)
