"""``join``, ``device add|list|revoke`` and ``exchange make|apply|sync``: several laptops.

Every bundle or join request that is refused prints one line and exits with 7; nothing was
applied. docs/cli.md lists the commands; README "Several laptops" says how to use them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from peerdesk.atomic import atomic_write_bytes
from peerdesk.cli import prompts
from peerdesk.cli.output_file import output_file
from peerdesk.cli.vault_cmds import open_ws, vault_dir
from peerdesk.errors import BundleRefused, UsageError

REQUEST_LIMIT = 16 * 1024
KEEPS = ("A removed laptop keeps every record it already holds: removing it only stops "
         "anything new from reaching it, and anything it writes from now on is set aside. "
         "If it was lost or stolen, its members should change their passphrases.")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("join", help="ask to join a group from this (new) laptop")
    p.add_argument("--vault", help="an empty folder for this laptop's vault")
    p.add_argument("--name", default="New laptop", help="a name people recognise the laptop by")
    p.add_argument("-o", "--output", required=True, metavar="REQUEST.pdjoin")
    p.set_defaults(func=cmd_join)

    device = sub.add_parser("device", help="the laptops of the group").add_subparsers(
        dest="device_command")
    p = device.add_parser("add", help="add a laptop (coordinators); writes its first snapshot")
    p.add_argument("request", metavar="REQUEST.pdjoin")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--name", help="the laptop's name (default: the one in the request)")
    p.add_argument("--members", required=True, metavar="U1,U2",
                   help="the logins of the members who will use the laptop")
    p.add_argument("--number", metavar="DIGITS",
                   help="the safety number the new laptop shows (asked for when not given)")
    p.add_argument("-o", "--output", required=True, metavar="SNAPSHOT.pdx")
    p.set_defaults(func=cmd_device_add)

    p = device.add_parser("list", help="the laptops of the group and what each is waiting for")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.set_defaults(func=cmd_device_list)

    p = device.add_parser("revoke", help="remove a lost or retired laptop (coordinators)")
    p.add_argument("device", metavar="DEVICE", help="its id, or the first 6+ digits of it")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.set_defaults(func=cmd_device_revoke)

    exchange = sub.add_parser("exchange", help="bundles between laptops").add_subparsers(
        dest="exchange_command")
    p = exchange.add_parser("make", help="a bundle with what another laptop lacks")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--for", dest="device", required=True, metavar="DEVICE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdx")
    p.set_defaults(func=cmd_make)

    p = exchange.add_parser("apply", help="apply a bundle made for this laptop")
    p.add_argument("file", metavar="FILE.pdx")
    p.add_argument("--vault")
    p.add_argument("--user", help="not needed for a new laptop's first snapshot")
    p.set_defaults(func=cmd_apply)

    p = exchange.add_parser("sync", help="exchange through a shared folder (Syncthing, USB)")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--folder", required=True, metavar="DIR")
    p.set_defaults(func=cmd_sync)


def _services() -> Any:
    from peerdesk.services import exchange

    return exchange


def _read(path: str, limit: int, what: str) -> bytes:
    from peerdesk.bounded_read import FileTooLarge, read_regular

    try:
        return read_regular(Path(path), limit, what)
    except FileTooLarge:
        raise BundleRefused("too-large", f"{what} is larger than peerdesk accepts; it was "
                                         "not opened.") from None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def cmd_join(args: argparse.Namespace) -> int:
    output = output_file(args.output)
    folder = vault_dir(args)
    secret = prompts.passphrase("A passphrase for this laptop until it has joined: ",
                                confirm=True)
    from peerdesk.vault.vault import check_passphrase

    check_passphrase(secret)
    request, data = _services().start_join(folder, args.name, secret)
    atomic_write_bytes(output, data, mode=0o644)
    print(f"Join request written to {output}. Give it to a coordinator of the group.")
    print(f"Safety number: {request.safety_number}")
    print("The coordinator's screen must show the same number; compare it together.")
    return 0


def cmd_device_add(args: argparse.Namespace) -> int:
    output = output_file(args.output)
    data = _read(args.request, REQUEST_LIMIT, "The join request")
    exchange = _services()
    request = exchange.read_join_request(data)
    print(f"Safety number: {request.safety_number}")
    expected = _digits(request.safety_number)
    typed = args.number
    if typed is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("Give the number the new laptop shows with --number; nothing "
                             "was changed.")
        typed = input("Type the number the new laptop shows: ")
    if _digits(typed) != expected:
        raise BundleRefused("damaged", "The safety numbers differ: this is not the request "
                                       "the new laptop made. Nothing was changed.")
    names = [n.strip() for n in args.members.split(",") if n.strip()]
    ws = open_ws(args)
    try:
        service = exchange.ExchangeService(ws.ctx)
        service.check_may_add()
        confirm = {}
        for name in names:
            if name != ws.actor.username:
                confirm[name] = prompts.secret_prompt(
                    f"{name}, type your passphrase to confirm you use the new laptop: ")
        added = service.add_laptop(request, names, args.name, confirm)
        atomic_write_bytes(output, added.snapshot.data)
    finally:
        ws.lock()
    print(f"Added the laptop {added.snapshot.label} ({added.device_id[:8]}) for "
          f"{', '.join(names)}.")
    print(f"First snapshot written to {output} ({added.snapshot.changes} changes). On the new "
          "laptop: peerdesk exchange apply with this file.")
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        laptops = _services().ExchangeService(ws.ctx).laptops()
    finally:
        ws.lock()
    for lap in laptops:
        state = " (this laptop)" if lap.this_laptop else ""
        if lap.revoked_at:
            state = f" (removed {lap.revoked_at[:10]})"
        print(f"{lap.device_id}  {lap.label}{state}")
        print(f"    members: {', '.join(lap.members) or '-'}")
        if not lap.this_laptop:
            print(f"    last received from it: {lap.last_received or 'never'}; last sent to "
                  f"it: {lap.last_sent or 'never'}; changes it is waiting for: {lap.waiting}")
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    try:
        lap = _services().ExchangeService(ws.ctx).revoke(args.device)
    finally:
        ws.lock()
    print(f"Removed the laptop {lap.label} ({lap.device_id[:8]}) from the group.")
    print(KEEPS)
    return 0


def cmd_make(args: argparse.Namespace) -> int:
    output = output_file(args.output)
    ws = open_ws(args)
    try:
        made = _services().ExchangeService(ws.ctx).make(args.device)
        atomic_write_bytes(output, made.data)
    finally:
        ws.lock()
    print(f"Bundle for {made.label} ({made.recipient[:8]}) written to {output} "
          f"({made.changes} changes).")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from peerdesk.exchange.container import MAX_BUNDLE_BYTES
    from peerdesk.vault.layout import VaultPaths

    data = _read(args.file, MAX_BUNDLE_BYTES, "The bundle")
    folder = vault_dir(args)
    exchange = _services()
    if not VaultPaths(folder).exists():
        secret = prompts.passphrase("The passphrase chosen when this laptop asked to join: ")
        result = exchange.apply_first_snapshot(folder, data, secret)
        print(f"This laptop's vault was made in {folder} from {result.label or 'the group'}'s "
              f"snapshot ({result.changes} changes). Its members now log in with their own "
              "passphrases.")
        return 0
    ws = open_ws(args)
    try:
        result = exchange.ExchangeService(ws.ctx).apply(data)
    finally:
        ws.lock()
    if result.already:
        print("This bundle was applied before; nothing changed.")
    else:
        print(f"Applied a bundle from {result.label or result.sender[:8]} "
              f"({result.changes} changes).")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from peerdesk.services.exchange_sync import sync_folder

    ws = open_ws(args)
    try:
        report = sync_folder(_services().ExchangeService(ws.ctx), Path(args.folder))
    finally:
        ws.lock()
    print(f"Received {len(report.applied)} bundles ({report.changes_received} changes); "
          f"wrote {len(report.written)} ({report.changes_sent} changes); removed "
          f"{report.removed} old ones.")
    if report.waiting:
        print(f"{len(report.waiting)} bundles come from laptops this one does not know yet; "
              "they are applied once it does.")
    if report.ignored:
        print(f"{len(report.ignored)} bundles come from laptops removed from the group; "
              "they are never applied.")
    for line in report.refused:
        print(f"peerdesk: refused {line}", file=sys.stderr)
    return 0 if report.ok else BundleRefused.exit_code
