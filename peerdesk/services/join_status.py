"""The new laptop's side of pairing, for the desktop app: whether this folder is waiting for
its first bundle, and its join request again (the app was closed meanwhile).

The exchange service makes the request (``peerdesk.services.exchange.start_join``) and
builds the vault from the first bundle (``apply_first_snapshot``); this module only reads
the pending join those leave in the vault folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peerdesk.exchange.join_request import encode_join_request
from peerdesk.vault import join_pending


@dataclass(frozen=True)
class PendingJoin:
    label: str
    safety_number: str


def pending_join(folder: Path) -> PendingJoin | None:
    """The join this folder is waiting to finish, or None (``VaultDamaged`` if its file is
    damaged)."""
    pending = join_pending.load_pending(Path(folder))
    if pending is None:
        return None
    return PendingJoin(pending.request.label, pending.request.safety_number)


def request_again(folder: Path, passphrase: str) -> bytes:
    """The join request file's bytes again (the same bytes: the signature is
    deterministic), opened with the passphrase chosen when the laptop asked to join."""
    pending = join_pending.load_pending(Path(folder))
    if pending is None:
        from peerdesk.errors import UsageError

        raise UsageError("This laptop has not asked to join a group in this folder.")
    keys = pending.open(passphrase)
    return encode_join_request(pending.request, keys)
