"""Drafts kept encrypted inside the vault, so unsaved form text survives a lock and a crash.

:class:`VaultDraftStore` implements :class:`ui.drafts.DraftStore` on top of the workspace's
``save_draft/load_draft/discard_draft`` (one string per key and account; we store JSON).
Every write goes through the app's single worker, queued like any other vault call, so
drafts stashed just before a lock are written before the workspace closes.

It also keeps the drafts of this unlock in memory, so a form reopening after a lock gets
its text back without waiting. Forms that can wait use :meth:`fetch` (non-blocking); the
protocol's :meth:`load_draft` blocks briefly for the worker when the key is not cached.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.drafts import Draft
from ui.worker import Worker

log = logging.getLogger(__name__)


def _decode(text: str | None) -> Draft | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


class VaultDraftStore:
    """A DraftStore in the open vault; without a vault it keeps drafts in memory only."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        self._ws: Any = None
        self._cache: dict[str, Draft | None] = {}

    # -- life cycle (the app controller calls these) -----------------------------------
    def attach(self, ws: Any) -> None:
        saver = getattr(ws, "save_draft", None)
        self._ws = ws if callable(saver) else None
        if self._ws is not None:
            self._cache.clear()

    def detach(self) -> None:
        """Forget the workspace, and the drafts held in memory when they are in the vault
        (on lock and quit). Without a vault, memory is the only copy, so it stays."""
        if self._ws is not None:
            self._cache.clear()
        self._ws = None

    @property
    def attached(self) -> bool:
        return self._ws is not None

    # -- DraftStore --------------------------------------------------------------------
    def save_draft(self, key: str, data: Draft) -> None:
        self._cache[key] = dict(data)
        ws = self._ws
        if ws is not None:
            self._worker.submit(ws.save_draft, key, json.dumps(data),
                                label=QCoreApplication.translate("VaultDraftStore",
                                                                 "Keeping a draft…"))

    def load_draft(self, key: str) -> Draft | None:
        if key in self._cache:
            cached = self._cache[key]
            return dict(cached) if cached is not None else None
        ws = self._ws
        if ws is None:
            return None
        box: dict[str, Any] = {}
        done = threading.Event()

        def read() -> None:
            try:
                box["text"] = ws.load_draft(key)
            finally:
                done.set()

        self._worker.submit(read, label=QCoreApplication.translate("VaultDraftStore",
                                                                       "Loading a draft…"))
        if not done.wait(5.0):
            return None
        draft = _decode(box.get("text"))
        self._cache[key] = draft
        return dict(draft) if draft is not None else None

    def fetch(self, key: str, callback: Callable[[Draft | None], None]) -> None:
        """Call ``callback(draft or None)`` on the GUI thread, without blocking it."""
        if key in self._cache or self._ws is None:
            callback(self.load_draft(key))
            return
        ws = self._ws

        def arrived(text: Any) -> None:
            draft = _decode(text)
            if self._ws is ws:
                self._cache[key] = draft
                callback(dict(draft) if draft is not None else None)

        self._worker.submit(ws.load_draft, key, label=QCoreApplication.translate(
            "VaultDraftStore", "Loading a draft…")).then(arrived)

    def discard(self, key: str) -> None:
        self._cache[key] = None
        ws = self._ws
        if ws is not None:
            self._worker.submit(ws.discard_draft, key,
                                label=QCoreApplication.translate("VaultDraftStore", "Saving…"))


def fetch_draft(drafts: Any, key: str, callback: Callable[[Draft | None], None]) -> None:
    """Non-blocking when the store can do it (vault drafts), else a plain load."""
    fetch = getattr(drafts, "fetch", None)
    if callable(fetch):
        fetch(key, callback)
    else:
        callback(drafts.load_draft(key))
