"""Where the CLI gets secrets and who the user is: environment first, then a prompt."""

from __future__ import annotations

import getpass
import os
import sys

from peerdesk.errors import UsageError

PASSPHRASE_ENV = "PEERDESK_PASSPHRASE"
USER_ENV = "PEERDESK_USER"


def passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(f"No passphrase: set {PASSPHRASE_ENV} or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise UsageError("The two passphrases differ; nothing was changed.")
    return first


def secret_prompt(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        line = sys.stdin.readline() if sys.stdin else ""
        if not line:
            raise UsageError("Nothing was given on standard input.")
        return line.rstrip("\n")
    return getpass.getpass(prompt)


def user(value: str | None) -> str:
    name = value or os.environ.get(USER_ENV)
    if not name:
        raise UsageError(f"Say who you are: --user NAME or {USER_ENV}.")
    return name
