"""``init``, ``verify``, ``backup``, ``restore`` and ``passwd``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from peerdesk.atomic import atomic_write_bytes
from peerdesk.cli import prompts
from peerdesk.errors import UsageError
from peerdesk.paths import default_vault_dir, risky_location

RECOVERY_ENV = "PEERDESK_RECOVERY_KEY"


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else default_vault_dir()


def _ws() -> Any:
    """The services, imported when a command runs (keeps --help and --version fast)."""
    from peerdesk.services import workspace

    return workspace


def open_ws(args: argparse.Namespace) -> Any:
    return _ws().open_vault(vault_dir(args), prompts.user(args.user), prompts.passphrase())


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new vault and its first coordinator")
    p.add_argument("--vault", help="vault folder (default: the user data folder)")
    p.add_argument("--group", required=True, help="the group's name")
    p.add_argument("--user", help="user name of the first coordinator")
    p.add_argument("--name", help="display name of the first coordinator (default: user name)")
    p.add_argument("--timezone", default="Asia/Kolkata", help="the group's time zone")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write a recovery sheet")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="check integrity, the audit chain and the key slots")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--anchor", metavar="SEQ:HASH", help="an audit head recorded elsewhere")
    p.add_argument("--backup", metavar="FILE", help="check against the head in this backup")
    p.add_argument("--report", metavar="FILE.pdf", help="say whether this vault issued a PDF")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", help="write a verified, encrypted backup file")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help="replace a vault with a backup (coordinators; the old files are kept)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--vault")
    p.add_argument("--user", help="a coordinator of the vault, with the same passphrase in the "
                                  "backup (or use --recovery)")
    p.add_argument("--recovery", action="store_true",
                   help=f"use the recovery key (from {RECOVERY_ENV} or standard input); needed "
                        "for a backup older than the vault's latest changes, over a damaged "
                        "vault and into an empty folder")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passwd", help="change your passphrase, or reset one with the recovery key")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--recovery", action="store_true",
                   help="reset USER's passphrase with the recovery key (read from stdin)")
    p.set_defaults(func=cmd_passwd)


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    username = prompts.user(args.user)
    warning = risky_location(folder.parent if not folder.exists() else folder)
    if warning:
        print(f"Warning: {warning}", file=sys.stderr)
    secret = prompts.passphrase("New passphrase: ", confirm=True)
    ws, recovery_key = _ws().create_vault(
        folder, group_name=args.group, username=username,
        display_name=args.name or username, passphrase=secret, timezone=args.timezone,
    )
    try:
        if args.recovery_sheet:
            atomic_write_bytes(Path(args.recovery_sheet), ws.recovery_sheet_pdf(recovery_key))
    finally:
        ws.lock()
    print(f"Created the vault for {args.group} in {folder}.")
    print()
    print("RECOVERY KEY (shown once; print it or write it down and lock it away):")
    print(f"    {recovery_key}")
    print()
    print("Anyone with this key can open the vault. Without it, a forgotten passphrase")
    print("cannot be recovered.")
    if args.recovery_sheet:
        print(f"Recovery sheet written to {args.recovery_sheet}; print it, then delete the file.")
    return 0


def _anchor(args: argparse.Namespace) -> tuple[int, str] | None:
    if args.anchor:
        seq, _, digest = args.anchor.partition(":")
        if not seq.isdigit() or len(digest) < 16:
            raise UsageError("--anchor must look like SEQ:HASH (as printed on a report).")
        return int(seq), digest
    if args.backup:
        from peerdesk.vault.backup import read_backup

        return read_backup(Path(args.backup)).anchor
    return None


def cmd_verify(args: argparse.Namespace) -> int:
    anchor = _anchor(args)
    ws = open_ws(args)
    try:
        if anchor and len(anchor[1]) < 64:
            anchor = _expand_anchor(ws, anchor)
        report = ws.verify(anchor)
        ok = report.ok
        for line in report.lines():
            print(line)
        if args.report:
            from peerdesk.cli.report_verify import verify_report_file

            ok = verify_report_file(ws, Path(args.report)) and ok
    finally:
        ws.lock()
    print("Vault verified." if ok else "Problems found: see above.")
    return 0 if ok else 4


def _expand_anchor(ws: Any, anchor: tuple[int, str]) -> tuple[int, str]:
    """A printed head may be shortened; match it against the chain's full hash."""
    from peerdesk.storage import audit_table

    for ev in audit_table.iter_events(ws.vault.db):
        if ev["seq"] == anchor[0]:
            if str(ev["hash"]).startswith(anchor[1]):
                return anchor[0], str(ev["hash"])
            return anchor
    return anchor


def cmd_backup(args: argparse.Namespace) -> int:
    from peerdesk.cli.output_file import output_file

    output = output_file(args.output)
    ws = open_ws(args)
    try:
        info = ws.backup(output)
    finally:
        ws.lock()
    head = info.manifest["audit_head"]
    print(f"Backup written to {args.output} (verified; audit head {head['seq']}:"
          f"{head['hash'][:16]}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    if args.recovery:
        secret = os.environ.get(RECOVERY_ENV) or prompts.secret_prompt("Recovery key: ")
        username = ""
    else:
        username, secret = prompts.user(args.user), prompts.passphrase()
    info = _ws().restore_vault(Path(args.file), folder, username, secret, recovery=args.recovery)
    head = info.manifest["audit_head"]
    print(f"Restored {folder} from {args.file} (made {info.manifest['created_at']}, "
          f"audit head {head['seq']}). The replaced files were kept in a 'replaced-…' folder.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    username = prompts.user(args.user)
    if args.recovery:
        key = prompts.secret_prompt("Recovery key: ")
        new = os.environ.get("PEERDESK_NEW_PASSPHRASE") or prompts.passphrase(
            "New passphrase: ", confirm=True)
        ws = _ws().open_vault_with_recovery(folder, key)
        try:
            ws.reset_passphrase(username, new)
        finally:
            ws.lock()
    else:
        old = prompts.passphrase("Current passphrase: ")
        new = os.environ.get("PEERDESK_NEW_PASSPHRASE") or ""
        if not new:
            if not sys.stdin.isatty():
                raise UsageError("Set PEERDESK_NEW_PASSPHRASE or run in a terminal.")
            import getpass

            new = getpass.getpass("New passphrase: ")
            if getpass.getpass("Repeat it: ") != new:
                raise UsageError("The two passphrases differ; nothing was changed.")
        ws = _ws().open_vault(folder, username, old)
        try:
            ws.change_passphrase(old, new)
        finally:
            ws.lock()
    print(f"The passphrase for {username} was changed.")
    return 0
