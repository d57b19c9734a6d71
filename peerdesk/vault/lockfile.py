"""One vault, one writer: an OS file lock that dies with the process holding it.

The lock is an advisory lock on ``peerdesk.lock`` (``flock`` on POSIX, ``msvcrt.locking``
on Windows). The OS releases it when the process ends, even after a crash or ``kill -9``, so
a lock file left behind is never "stale": the next opener simply takes it.

The lock file is opened without following a symlink (someone who can write to the vault
folder cannot point it at another file) and is created with mode 0600; anything other than
a regular file there is refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import IO

from peerdesk.errors import VaultAlreadyOpen, VaultDamaged

_FLAGS = (os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
NOT_A_LOCK = ("The vault's lock file (peerdesk.lock) is a link or not a regular file; "
              "nothing was opened. Remove it and try again.")


def _open_lock_file(path: Path) -> IO[bytes]:
    try:
        fd = os.open(path, _FLAGS, 0o600)
    except OSError:
        # ELOOP (a symlink), EISDIR, ENXIO (a FIFO without a reader) and the like.
        raise VaultDamaged(NOT_A_LOCK) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise VaultDamaged(NOT_A_LOCK)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # also tightens a lock file left by an older version
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "r+b")
    except BaseException:
        os.close(fd)
        raise


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        fh = _open_lock_file(self.path)  # held open for the lock's lifetime
        try:
            _lock(fh)
        except OSError:
            fh.close()
            raise VaultAlreadyOpen() from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n".encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fh)
        self._fh.close()
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
