"""Helper process for the kill -9 test of applying changes (not a test module).

    python apply_killer.py VAULT PASSPHRASE CHANGES.json

Unlocks the vault as ``coord``, reads the changes (a JSON list of {"row": [...],
"content": [...]}), prints READY, applies them in one call and prints DONE.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.storage.change_queries import ChangeRow
from peerdesk.vault.change_apply import Incoming, apply_changes
from peerdesk.vault.vault import Vault


def main() -> int:
    folder, passphrase, changes = sys.argv[1], sys.argv[2], sys.argv[3]
    data = json.loads(Path(changes).read_text("utf-8"))
    incoming = [Incoming(ChangeRow(*item["row"]), tuple(tuple(c) for c in item["content"]))
                for item in data]
    vault = Vault.unlock(Path(folder), "coord", passphrase)
    print("READY", flush=True)
    apply_changes(vault, incoming)
    print("DONE", flush=True)
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
