"""Reading files that come from outside: regular files only, size-capped before reading.

Every reader of an untrusted file (a backup, an import, the key-slot file, a PDF to verify)
opens it here. The file is opened without blocking (a FIFO never stalls the program),
checked with ``fstat`` on the open descriptor (so a symlink swapped in afterwards changes
nothing), refused unless it is a regular file no larger than the caller's cap, and then
read at most one byte past the cap (a file that grows while it is read is refused too).
Each refusal is one line that names the file, never its contents.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from peerdesk.errors import PeerdeskError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(
    os, "O_BINARY", 0
)


class UnreadableFile(PeerdeskError):
    """Missing, not a regular file, or not readable. Nothing was read or changed."""

    exit_code = 2


class FileTooLarge(PeerdeskError):
    exit_code = 2


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: Path, limit: int, what: str = "The file") -> BinaryIO:
    """An open binary file at ``path``, checked to be a regular file of at most ``limit``
    bytes. The caller closes it."""
    path = Path(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise UnreadableFile(f"{what} {path} does not exist.") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{what} {path} is a folder, not a file.") from None
    except OSError:
        raise UnreadableFile(f"{what} {path} cannot be read.") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(f"{what} {path} is {_kind(info.st_mode)}, not a file.")
        if info.st_size > limit:
            raise FileTooLarge(
                f"{what} {path} is too large ({info.st_size:,} bytes; the limit is "
                f"{limit:,} bytes)."
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def read_regular(path: Path, limit: int, what: str = "The file") -> bytes:
    """The whole content of a regular file of at most ``limit`` bytes."""
    with open_regular(path, limit, what) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError:
            raise UnreadableFile(f"{what} {path} cannot be read.") from None
    if len(data) > limit:
        raise FileTooLarge(f"{what} {path} is larger than the limit of {limit:,} bytes.")
    return data
