"""Pairing work the app runs on the worker thread: reading a join request (a file or a
pasted join code) and adding the laptop on the coordinator's side.

Untrusted input is bounded before it is read (the request file by the bounded reader, the
pasted code by its length) and checked whole by the core before anything is shown.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.atomic import atomic_write_bytes
from peerdesk.bounded_read import FileTooLarge, UnreadableFile, read_regular
from peerdesk.errors import BundleRefused, UsageError
from peerdesk.exchange.join_code import decode_join_code
from peerdesk.exchange.join_request import MAX_REQUEST_BYTES


@dataclass(frozen=True)
class RequestRead:
    label: str
    safety_number: str
    device_id: str
    request: Any  # peerdesk.exchange.join_request.JoinRequest


@dataclass(frozen=True)
class LoginChoice:
    username: str
    display_name: str
    member_id: str


def read_request(ws: Any, *, path: Path | None = None, text: str = "") -> RequestRead:
    """The join request in a ``.pdjoin`` file or a pasted join code, checked whole."""
    if path is not None:
        try:
            data = read_regular(Path(path), MAX_REQUEST_BYTES, "The join request")
        except FileTooLarge:
            raise BundleRefused("too-large",
                                "This file is too large to be a join request.") from None
        except (UnreadableFile, OSError):
            raise UsageError("That file cannot be read.") from None
    else:
        data = decode_join_code(text)
    request = ws.exchange.read_request(data)
    return RequestRead(request.label, request.safety_number, request.device.device_id,
                       request)


def login_choices(ws: Any) -> list[LoginChoice]:
    """Every live login, with its member's name, for "Who will use this laptop?"."""
    names = {m.id: m.display_name for m in ws.members.all()}
    return sorted((LoginChoice(username, names.get(member_id, username), member_id)
                   for _account, username, member_id in ws.members.accounts()),
                  key=lambda c: (c.display_name.casefold(), c.username))


def add_laptop(ws: Any, request: RequestRead, usernames: Sequence[str], label: str,
               path: Path, passphrases: Mapping[str, str] | None = None) -> tuple[str, Path]:
    """Add the laptop for these logins and write its first bundle to ``path``. Each member
    other than the one signed in confirms with their own passphrase (``passphrases``).

    The folder is checked first: a laptop added whose first bundle cannot be written would
    have to be removed and added again."""
    if not os.access(Path(path).parent, os.W_OK):
        raise UsageError("peerdesk cannot write in that folder; choose another place.")
    added = ws.exchange.add_laptop(request.request, list(usernames), label or None,
                                   dict(passphrases or {}))
    atomic_write_bytes(Path(path), added.snapshot.data, mode=0o600)
    return added.device_id, Path(path)


# -- the new laptop's side --------------------------------------------------------------------


@dataclass(frozen=True)
class JoinShown:
    """What the join screen shows and hands over."""

    label: str
    safety_number: str
    request_bytes: bytes
    code: str


def _shown(request_bytes: bytes) -> JoinShown:
    from peerdesk.exchange.join_code import encode_join_code
    from peerdesk.exchange.join_request import read_join_request

    request = read_join_request(request_bytes)
    return JoinShown(request.label, request.safety_number, request_bytes,
                     encode_join_code(request_bytes))


def make_request(folder: Path, label: str, passphrase: str) -> JoinShown:
    """New device keys for this laptop, sealed in ``folder``; the request to hand over."""
    from peerdesk.services.exchange import start_join

    _request, data = start_join(Path(folder), label, passphrase)
    return _shown(data)


def show_again(folder: Path, passphrase: str) -> JoinShown:
    from peerdesk.services.join_status import request_again

    return _shown(request_again(Path(folder), passphrase))


def first_bundle(folder: Path, path: Path, passphrase: str) -> Any:
    """Build this laptop's vault from the first bundle the coordinator made for it."""
    from peerdesk.exchange.container import MAX_BUNDLE_BYTES
    from peerdesk.services.exchange import apply_first_snapshot

    try:
        data = read_regular(Path(path), MAX_BUNDLE_BYTES, "The bundle")
    except FileTooLarge:
        raise BundleRefused("too-large", "This bundle is larger than peerdesk accepts.") \
            from None
    except (UnreadableFile, OSError):
        raise UsageError("That file cannot be read.") from None
    return apply_first_snapshot(Path(folder), data, passphrase)
