"""Unsaved form text that must survive an idle lock (docs/security.md).

A form that has unsaved text hands it to a :class:`DraftStore` under a stable key
(``"session:new"``, ``"reflection:<session id>"``) before the UI is cleared, and asks for it
back when it opens again. The real store (the lead's) keeps drafts encrypted inside the
vault; :class:`MemoryDraftStore` is for tests. Drafts hold only plain ``str``/``int``/
``bool``/``None`` values and lists of those.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

Draft = dict[str, Any]


@runtime_checkable
class DraftStore(Protocol):
    def save_draft(self, key: str, data: Draft) -> None:
        """Keep ``data`` under ``key``, replacing an older draft."""

    def load_draft(self, key: str) -> Draft | None:
        """The draft saved under ``key``, or None."""

    def discard(self, key: str) -> None:
        """Forget the draft under ``key`` (after it was saved for real or abandoned)."""


class MemoryDraftStore:
    """A :class:`DraftStore` in memory, for tests and for a vault without draft storage."""

    def __init__(self) -> None:
        self._drafts: dict[str, Draft] = {}

    def save_draft(self, key: str, data: Draft) -> None:
        self._drafts[key] = dict(data)

    def load_draft(self, key: str) -> Draft | None:
        draft = self._drafts.get(key)
        return dict(draft) if draft is not None else None

    def discard(self, key: str) -> None:
        self._drafts.pop(key, None)

    def keys(self) -> list[str]:
        return sorted(self._drafts)
