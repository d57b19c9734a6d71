"""Restore a backup and SIGKILL this process right after the Nth file-system step.

Usage: restore_killer.py BACKUP FOLDER N  (passphrase of "coord" from PEERDESK_PASSPHRASE).
Steps are the calls of ``os.replace``, ``os.link`` and ``os.unlink`` the restore makes;
prints RESTORED and exits 0 if it finishes before the Nth step.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

try:
    from peerdesk.vault.restore import restore_backup
except ImportError:  # the module's earlier home, so the test can be run against old code
    from peerdesk.vault.backup import restore_backup  # type: ignore[attr-defined,no-redef]


def main() -> int:
    backup, folder, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    count = 0

    def counted(real: Any) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            result = real(*args, **kwargs)
            count += 1
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return step

    os.replace = counted(os.replace)  # type: ignore[assignment]
    os.link = counted(os.link)  # type: ignore[assignment]
    os.unlink = counted(os.unlink)  # type: ignore[assignment]
    restore_backup(backup, folder, "coord", os.environ["PEERDESK_PASSPHRASE"])
    print("RESTORED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
