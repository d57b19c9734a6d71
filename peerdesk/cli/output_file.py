"""The file a command is about to write, checked before anything is read or recorded.

A report, an export or a backup is registered or audited once it exists; a path that
cannot be written is refused first, in one line, with nothing changed in the vault.
"""

from __future__ import annotations

import os
from pathlib import Path

from peerdesk.errors import UsageError


def output_file(text: str) -> Path:
    """``text`` as the path to write: not a folder, in a folder that exists and can be
    written to."""
    path = Path(text).expanduser()
    folder = path.parent
    if path.is_dir():
        raise UsageError(f"{text[:200]} is a folder; give a file name in it to write.")
    if not folder.is_dir():
        raise UsageError(f"There is no folder {str(folder)[:200]} to write the file in; "
                         "create it first or choose another path.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"You cannot write to the folder {str(folder)[:200]}.")
    return path
