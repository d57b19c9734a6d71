"""Process settings that keep secrets out of places they should never reach."""

from __future__ import annotations

import contextlib


def disable_core_dumps() -> None:
    """No core file: a crash must not write the unlocked data key or notes to disk."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
