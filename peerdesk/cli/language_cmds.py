"""``peerdesk language [en|hi]``: show or choose your own language for reports."""

from __future__ import annotations

import argparse
from typing import Any

from peerdesk.i18n import LANGUAGES, language_name


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("language", help="show or choose your language for reports")
    p.add_argument("choice", nargs="?", choices=tuple(LANGUAGES),
                   help="the language your reports are printed in (default: show it)")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.set_defaults(func=cmd_language)


def cmd_language(args: argparse.Namespace) -> int:
    from peerdesk.cli.vault_cmds import open_ws

    ws = open_ws(args)
    try:
        if args.choice is not None:
            ws.settings.set_language(args.choice)
        lang = ws.settings.language()
    finally:
        ws.lock()
    print(f"Your reports are printed in {language_name(lang)} ({lang}).")
    return 0
