"""Default locations: the platform's user data folder, and warnings about risky folders."""

from __future__ import annotations

import os
from pathlib import Path

APP = "peerdesk"

_SYNCED_MARKERS = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "nextcloud",
                   "owncloud", "syncthing", "pcloud", "mega", "box sync")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "davfs",
               "fuse.rclone", "9p", "afs"}


def default_vault_dir() -> Path:
    """``PEERDESK_VAULT`` if set, else the platform's user data folder."""
    env = os.environ.get("PEERDESK_VAULT")
    if env:
        return Path(env).expanduser()
    import platformdirs  # here: the app's start only needs vault_exists()

    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "vault"


def risky_location(folder: Path) -> str | None:
    """A warning if ``folder`` looks cloud-synced or on a network drive, else None."""
    text = str(Path(folder).expanduser().resolve()).lower()
    for marker in _SYNCED_MARKERS:
        if marker in text:
            return (
                "This vault is in a cloud-synced folder. Syncing can copy a half-written "
                "database and damage it; keep the vault on this laptop and use backups instead."
            )
    fs = _filesystem_type(Path(folder))
    if fs in _NETWORK_FS:
        return (
            "This vault is on a network drive. peerdesk needs a local disk to keep the "
            "database safe; move it to this laptop."
        )
    return None


def _filesystem_type(folder: Path) -> str | None:
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    try:
        target = folder.expanduser().resolve()
        best, best_type = "", None
        for line in mounts.read_text().splitlines():
            parts = line.split()
            if len(parts) < 3:
                continue
            mount_point = parts[1].replace("\\040", " ")
            if (str(target) + "/").startswith(mount_point.rstrip("/") + "/") and len(
                mount_point
            ) >= len(best):
                best, best_type = mount_point, parts[2]
        return best_type
    except OSError:
        return None


def vault_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a vault. Cheap: looks at file names only (no crypto import)."""
    folder = Path(folder)
    return (folder / "keyslots.json").exists() or (folder / "peerdesk.db").exists()
