"""Helper process for the crash and disk-full tests (not a test module).

    python crash_writer.py VAULT PASSPHRASE RUN_ID ROWS [--fsize-extra BYTES] [--payload N]

Unlocks the vault, prints READY, then loops: each transaction inserts ROWS drafts keyed
"RUN-TXN-I" through ``vault.write`` (one audit event each) and prints "ACK TXN" after the
commit; with ``--member`` each transaction also adds a member record (so a change too).
With ``--fsize-extra`` the file-size limit is set that many bytes above the current database
size, and the first peerdesk error is printed as "ERR Type: message".
"""

from __future__ import annotations

import argparse
import os
import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from peerdesk.errors import PeerdeskError
from peerdesk.storage import vault_tables
from peerdesk.vault.vault import Vault


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("vault")
    ap.add_argument("passphrase")
    ap.add_argument("run_id")
    ap.add_argument("rows", type=int)
    ap.add_argument("--fsize-extra", type=int, default=0)
    ap.add_argument("--payload", type=int, default=200)
    ap.add_argument("--max-txn", type=int, default=10**9)
    ap.add_argument("--member", action="store_true")
    args = ap.parse_args()
    vault = Vault.unlock(Path(args.vault), "coord", args.passphrase)
    if args.fsize_extra:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = os.path.getsize(Path(args.vault) / "peerdesk.db") + args.fsize_extra
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    print("READY", flush=True)
    txn = 0
    try:
        while txn < args.max_txn:
            with vault.write("test.batch", "batch", f"{args.run_id}-{txn}") as db:
                for i in range(args.rows):
                    db.execute(
                        "INSERT INTO drafts (account_id, key, data, saved_at) VALUES (?,?,?,?)",
                        (vault.account_id, f"{args.run_id}-{txn}-{i}",
                         os.urandom(args.payload // 2).hex(), "t"),
                    )
                if args.member:
                    vault_tables.insert_member(
                        db, member_id=f"{args.run_id}-{txn}", display_name="Crash test",
                        roles=("advisor",), now="2026-01-01T00:00:00.000000Z", by="crash")
            print(f"ACK {txn}", flush=True)
            txn += 1
    except PeerdeskError as exc:
        print(f"ERR {type(exc).__name__}: {exc}", flush=True)
        vault.close()
        return exc.exit_code
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
