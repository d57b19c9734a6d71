"""Where a vault's files live inside its folder, and the clock the vault uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "peerdesk.db"

    @property
    def slots(self) -> Path:
        return self.folder / "keyslots.json"

    @property
    def lock(self) -> Path:
        return self.folder / "peerdesk.lock"

    def exists(self) -> bool:
        return self.db.exists() or self.slots.exists()


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
