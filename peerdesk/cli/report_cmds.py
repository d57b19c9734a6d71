"""``peerdesk report accountability|advisor|escalation``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.atomic import atomic_write_bytes
from peerdesk.cli.output_file import output_file
from peerdesk.errors import NotFound, PermissionDenied, UsageError
from peerdesk.i18n import LANGUAGES


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
            k.add_argument("--as-at", choices=("end", "today"), default="end",
                           help="records as they stood at the end of the period (default) "
                                "or as they are today")
        if kind == "advisor":
            k.add_argument("--advisor", help="user name or display name (default: you)")
        k.add_argument("--lang", choices=tuple(LANGUAGES),
                       help="the report's language (default: your language setting)")
        k.set_defaults(func=cmd_report)


def _date(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} must be a date like 2026-11-01.") from None


def cmd_report(args: argparse.Namespace) -> int:
    from peerdesk.cli import prompts
    from peerdesk.cli.vault_cmds import open_ws

    output = output_file(args.output)
    args.user = prompts.user(args.user)
    start = end = None
    if args.kind != "escalation":
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
    ws = open_ws(args)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr)

        written: list[Path] = []

        def write(pdf: bytes) -> None:
            atomic_write_bytes(output, pdf)
            written.append(output)

        try:
            if args.kind == "escalation":
                issued = ws.reports.escalation_record(args.id, write=write, lang=args.lang)
            else:
                assert start is not None and end is not None
                today = args.as_at == "today"
                if args.kind == "accountability":
                    issued = ws.reports.accountability(start, end, redacted=args.redacted,
                                                       as_at_today=today, progress=progress,
                                                       write=write, lang=args.lang)
                else:
                    advisor_id = _advisor_id(ws, args.advisor, args.user)
                    issued = ws.reports.advisor(advisor_id, start, end,
                                                redacted=args.redacted, as_at_today=today,
                                                progress=progress, write=write,
                                                lang=args.lang)
        except BaseException:
            # Written but then not registered: no file the vault did not issue is left.
            for path in written:
                path.unlink(missing_ok=True)
            raise
    finally:
        ws.lock()
    print(f"Report {issued.report_id} written to {args.output} (SHA-256 {issued.sha256[:16]}…; "
          "registered in the vault).")
    return 0


def _advisor_id(ws: Any, who: str | None, me: str) -> str:
    """The member id of ``who`` (a user name or a display name; default and ``me``: the
    acting member)."""
    if not who or who == me:
        return str(ws.actor.member_id)
    try:
        accounts = ws.members.accounts()
    except PermissionDenied:
        raise PermissionDenied("You can only produce the report about yourself.") from None
    for _account_id, username, member_id in accounts:
        if username == who:
            return str(member_id)
    for member in ws.members.all():
        if member.display_name == who:
            return str(member.id)
    raise NotFound(f"No advisor called {who[:40]}.")
