"""``peerdesk demo``: make a vault holding a realistic synthetic group."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from peerdesk.cli.prompts import PASSPHRASE_ENV
from peerdesk.errors import UsageError


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="create a vault with a realistic synthetic group")
    p.add_argument("--vault", required=True, help="folder for the new demo vault")
    p.add_argument("--scale", choices=("small", "large"), default="small",
                   help="small: 8 advisors, ~1,500 sessions; large: 60 advisors, "
                        "100,000 sessions (takes a few minutes)")
    p.add_argument("--seed", type=int, default=1, help="same seed, same content")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from peerdesk.services.demo import GROUP_NAME, make_demo

    folder = Path(args.vault)
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder} is not empty; give a new folder for the demo vault.")
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    last: dict[str, int] = {}

    def progress(kind: str, done: int, total: int) -> None:
        step = max(1, total // 10) if total >= 10_000 else total
        if done == total or done - last.get(kind, 0) >= step:
            last[kind] = done
            label = kind.replace("_", " ") + ("es" if kind.endswith("ch") else "s")
            print(f"  {label} {done:,}/{total:,}", flush=True)

    print(f"Creating a demo vault for '{GROUP_NAME}' in {folder} (scale {args.scale}, "
          f"seed {args.seed})...", flush=True)
    result = make_demo(folder, scale=args.scale, seed=args.seed, passphrase=passphrase,
                       progress=progress)
    print(f"Done in {result.seconds:.1f} s.")
    print("Every person and note in this vault is SYNTHETIC (made up by the demo "
          "generator); its logins use the minimum key-derivation cost, fine for a demo and "
          "not for real records.")
    print("Accounts: " + ", ".join(result.usernames[:4])
          + (f", ... {result.usernames[-1]}" if len(result.usernames) > 4 else ""))
    if result.passphrase_chosen:
        print(f"Passphrase for every account (chosen for you): {result.passphrase}")
    else:
        print(f"Passphrase for every account: the one in {PASSPHRASE_ENV}.")
    print(f"Recovery key: {result.recovery_key}")
    sys.stdout.flush()
    return 0
