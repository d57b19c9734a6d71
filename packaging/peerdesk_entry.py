"""Entry point of the frozen (PyInstaller) build: one program, two front doors.

    peerdesk                          -> the desktop app
    peerdesk gui [--vault ...]        -> the desktop app (same flags as ``python -m ui``)
    peerdesk --vault DIR ...          -> the desktop app (any leading option but -h/--version)
    peerdesk init|verify|... ARGS     -> the command line (``peerdesk.cli.main``)
    peerdesk --version | -h | --help  -> the command line

Any other leading word also goes to the command line, so a subcommand added later works
without touching this file and a typo gets the CLI's usage message (exit 2).

Both executables in the build (``peerdesk``, windowed, and ``peerdesk-console``) run this
script. The core never imports Qt: the ``ui`` package is imported only on the GUI path, so
the command line starts without loading Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

#: Subcommands of ``peerdesk.cli.main`` (DESIGN §5). Routing does not depend on this list
#: being complete (see ``route``); it documents the contract and is checked by tests.
CLI_COMMANDS = frozenset(
    {"init", "demo", "verify", "backup", "restore", "passwd", "import", "export", "report",
     "language", "join", "device", "exchange", "conflicts"}
)
CLI_OPTIONS = frozenset({"--version", "-h", "--help"})
GUI_COMMAND = "gui"


def route(args: Sequence[str]) -> tuple[str, list[str]]:
    """Which front end handles ``args`` (``sys.argv[1:]``), and the arguments it gets.

    Returns ``("gui", argv_for_ui_app_main)`` or ``("cli", argv_for_cli_main)``.
    """
    args = list(args)
    if not args:
        return "gui", ["peerdesk"]
    first, rest = args[0], args[1:]
    if first == GUI_COMMAND:
        return "gui", ["peerdesk", *rest]
    if first in CLI_COMMANDS or first in CLI_OPTIONS:
        return "cli", args
    if first.startswith("-"):
        # ``peerdesk --vault DIR`` (e.g. from a desktop shortcut): the app's own options.
        return "gui", ["peerdesk", *args]
    return "cli", args


def _ensure_std_streams() -> None:
    """The windowed Windows executable has no console: ``sys.stdout``/``stderr`` are None.

    ``print`` tolerates that but ``argparse`` and ``logging`` do not, so point them at the
    null device. (Use ``peerdesk-console`` to see command-line output on Windows.)
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    _ensure_std_streams()
    front, args = route(argv[1:])
    if front == "gui":
        from ui.app import main as gui_main

        return int(gui_main(args) or 0)
    from peerdesk.cli.main import main as cli_main

    return int(cli_main(args) or 0)


if __name__ == "__main__":
    # A report or import run in a worker process re-launches this executable; without this
    # the child would start a second app instead of running its task.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
