"""``peerdesk gui``: start the desktop app (a separate package, run as its own process).

The core never imports the Qt app (docs/architecture.md), so this command hands its arguments to
``python -m ui``. The frozen desktop build handles ``gui`` itself before reaching here.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from typing import Any

from peerdesk.errors import UsageError
from peerdesk.i18n import LANGUAGES

PAGES = ("home", "sessions", "advisees", "agreements", "reflections", "supervision",
         "escalations", "reports", "exchange", "members", "audit", "settings")
LANGUAGE_CODES = tuple(sorted(LANGUAGES))
FORMS = ("session", "reflection", "supervision", "escalation", "agreement")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("gui", help="start the desktop app (or render a page to PNG)")
    p.add_argument("--vault")
    p.add_argument("--user")
    p.add_argument("--screenshot", metavar="FILE.png", help="render --page to a PNG and exit")
    p.add_argument("--page", default="home", choices=PAGES)
    p.add_argument("--open", choices=FORMS, metavar="FORM",
                   help=f"with --screenshot, render a form instead: {', '.join(FORMS)}")
    p.add_argument("--size", metavar="WxH", help="with --screenshot (default 1280x800)")
    p.add_argument("--lang", choices=LANGUAGE_CODES,
                   help="show the app in this language (default: the member's own)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    if getattr(sys, "frozen", False):
        raise UsageError("Start the desktop app directly.")
    argv = [sys.executable, "-m", "ui"]
    for flag in ("vault", "user", "screenshot", "page", "open", "size", "lang"):
        value = getattr(args, flag, None)
        if value:
            argv += [f"--{flag}", str(value)]
    return subprocess.call(argv)
