"""``peerdesk report accountability|advisor|escalation``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.atomic import atomic_write_bytes
from peerdesk.errors import NotFound, UsageError


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("report", help="write a PDF report (and register it)")
    kinds = p.add_subparsers(dest="kind", required=True)
    for kind, help_text in (("accountability", "the group's accountability report"),
                            ("advisor", "one advisor's report"),
                            ("escalation", "one escalation, complete")):
        k = kinds.add_parser(kind, help=help_text)
        k.add_argument("--vault")
        k.add_argument("--user")
        k.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        if kind == "escalation":
            k.add_argument("--id", required=True, help="the escalation's id")
        else:
            k.add_argument("--from", dest="start", required=True, metavar="DATE")
            k.add_argument("--to", dest="end", required=True, metavar="DATE")
            k.add_argument("--redacted", action="store_true",
                           help="replace member names with aliases")
        if kind == "advisor":
            k.add_argument("--advisor", help="user name or display name (default: you)")
        k.set_defaults(func=cmd_report)


def _date(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} must be a date like 2026-11-01.") from None


def cmd_report(args: argparse.Namespace) -> int:
    from peerdesk.cli.vault_cmds import open_ws

    ws = open_ws(args)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr)

        if args.kind == "escalation":
            issued = ws.reports.escalation_record(args.id)
        else:
            start, end = _date(args.start, "--from"), _date(args.end, "--to")
            if args.kind == "accountability":
                issued = ws.reports.accountability(start, end, redacted=args.redacted,
                                                   progress=progress)
            else:
                advisor_id = _advisor_id(ws, args.advisor)
                issued = ws.reports.advisor(advisor_id, start, end, redacted=args.redacted,
                                            progress=progress)
        atomic_write_bytes(Path(args.output), issued.pdf)
    finally:
        ws.lock()
    print(f"Report {issued.report_id} written to {args.output} (SHA-256 {issued.sha256[:16]}…; "
          "registered in the vault).")
    return 0


def _advisor_id(ws: Any, who: str | None) -> str:
    if not who:
        return str(ws.actor.member_id)
    for account_id, username, member_id in ws.members.accounts():
        if username == who:
            return str(member_id)
        _ = account_id
    for member in ws.members.all():
        if member.display_name == who:
            return str(member.id)
    raise NotFound(f"No advisor called {who[:40]}.")
