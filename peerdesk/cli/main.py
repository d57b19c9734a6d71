"""Entry point: parse, dispatch, and turn expected failures into one line and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

import peerdesk
from peerdesk.cli import vault_cmds
from peerdesk.errors import PeerdeskError
from peerdesk.hardening import disable_core_dumps


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"peerdesk: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="peerdesk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"peerdesk {peerdesk.__version__}")
    sub = parser.add_subparsers(dest="command")
    vault_cmds.add_parsers(sub)
    for name in ("records_cmds", "demo_cmds", "report_cmds", "language_cmds", "gui_cmds",
                 "exchange_cmds", "conflicts_cmds"):
        module = _optional(name)
        if module is not None:
            module.add_parsers(sub)
    return parser


def _optional(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(f"peerdesk.cli.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"peerdesk.cli.{name}":
            return None
        raise


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except PeerdeskError as exc:
        print(f"peerdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("peerdesk: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("PEERDESK_DEBUG") == "1":
            raise
        print(
            f"peerdesk: unexpected error ({type(exc).__name__}). Nothing was printed about "
            "your data. Set PEERDESK_DEBUG=1 to see details.",
            file=sys.stderr,
        )
        return 1
