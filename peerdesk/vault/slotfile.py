"""The key-slot file beside the database: versioned JSON, written atomically."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.atomic import atomic_write_bytes
from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.crypto.keyslots import KeySlot, SlotBoundsError, SlotFormatError
from peerdesk.errors import VaultDamaged, VaultMissing

FORMAT = "peerdesk-keyslots"
FORMAT_VERSION = 1
MAX_BYTES = 4 * 1024 * 1024
#: The most slots peerdesk ever keeps for one login (or for the recovery key): a passphrase
#: change in progress (old and new slot) during a data-key rotation (both epochs). More means
#: the file was altered, perhaps to make every unlock run dozens of costly key derivations.
MAX_SLOTS_PER_LOGIN = 4
TOO_MANY = (
    "The vault's key file (keyslots.json) holds more key slots for this login than "
    "peerdesk ever makes; it was altered. Nothing was changed. Restore it from a backup."
)

DAMAGED = (
    "The vault's key file (keyslots.json) is damaged. Nothing was changed. "
    "Restore the vault from a backup."
)


@dataclass
class SlotFile:
    vault_id: str
    key_epoch: int
    slots: list[KeySlot] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "key_epoch": self.key_epoch,
            "slots": [s.to_dict() for s in self.slots],
        }
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> SlotFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise SlotFormatError("not a key-slot file")
            if doc.get("format_version") != FORMAT_VERSION:
                raise SlotFormatError("unsupported key-slot file version")
            slots = [KeySlot.from_dict(s) for s in doc["slots"]]
            result = cls(str(doc["vault_id"]), int(doc["key_epoch"]), slots)
        except SlotBoundsError as exc:
            raise VaultDamaged(
                f"A key slot in keyslots.json {exc}; it was altered. Nothing was changed. "
                "Restore the vault from a backup."
            ) from None
        except (ValueError, KeyError, TypeError, SlotFormatError, UnicodeDecodeError):
            raise VaultDamaged(DAMAGED) from None
        if any(s.vault_id != result.vault_id for s in slots):
            raise VaultDamaged(DAMAGED)
        return result

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        if not path.exists() and not path.is_symlink():
            raise VaultMissing(f"No vault at {path.parent} (no key file).")
        try:
            data = read_regular(path, MAX_BYTES, "The key file")
        except (UnreadableFile, FileTooLarge):
            raise VaultDamaged(DAMAGED) from None
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())

    def account_slots(self, username: str) -> list[KeySlot]:
        hits = [s for s in self.slots if s.kind == "account" and s.username == username]
        return _bounded(sorted(hits, key=lambda s: (s.key_epoch, s.created_at), reverse=True))

    def recovery_slots(self) -> list[KeySlot]:
        hits = [s for s in self.slots if s.kind == "recovery"]
        return _bounded(sorted(hits, key=lambda s: s.key_epoch, reverse=True))


def _bounded(candidates: list[KeySlot]) -> list[KeySlot]:
    """The candidate slots of one unlock, refused when there are more than peerdesk makes."""
    if len(candidates) > MAX_SLOTS_PER_LOGIN:
        raise VaultDamaged(TOO_MANY)
    return candidates
