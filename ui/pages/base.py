"""What every page of the main window is: a ``Page`` with ``load``/``clear``/``refresh``.

A page gets a :class:`PageContext` (the worker, clipboard guard, draft store and change bus
of this app; no globals) and the open workspace in :meth:`Page.load`. It never touches the
vault on the GUI thread: reads and writes go through ``ctx.run`` / ``ctx.run_write``.

Life cycle, driven by the main window:

* ``load(ws)`` the first time the page is shown after an unlock;
* ``refresh(change)`` after any successful write anywhere in the app (a ``Change`` with
  ``kind`` and ``ids``): reload what that change touches, or ignore it;
* ``stash_drafts(drafts)`` just before a lock: hand unsaved form text to the draft store;
* ``clear()`` on lock: drop every piece of vault data the page holds (models, labels,
  fields), so nothing stays on screen or in memory behind the unlock screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.clipboard import ClipboardGuard
from ui.drafts import DraftStore
from ui.worker import Task, Worker


class ChangeBus(QObject):
    """Carries every successful write's ``Change`` to whoever shows affected data."""

    changed = Signal(object)

    def publish(self, change: Any) -> None:
        if change is not None:
            self.changed.emit(change)


@dataclass
class PageContext:
    """The app's shared services for pages and dialogs, passed in explicitly."""

    worker: Worker
    clipboard: ClipboardGuard
    drafts: DraftStore
    changes: ChangeBus

    def run(
        self, fn: Callable[..., Any], *args: Any, label: str = "Loading…", **kwargs: Any
    ) -> Task:
        """Run a read off the GUI thread; connect to ``.succeeded`` / ``.failed``."""
        return self.worker.submit(fn, *args, label=label, **kwargs)

    def run_write(
        self, fn: Callable[..., Any], *args: Any, label: str = "Saving…", **kwargs: Any
    ) -> Task:
        """Run a write off the GUI thread; when it returns a ``Change``, every page hears it.

        The ``Change`` is published before the task's own ``succeeded`` handlers run, so
        the form that saved can rely on lists already refreshing.
        """
        task = self.worker.submit(fn, *args, label=label, **kwargs)
        task.succeeded.connect(self._publish_if_change)
        return task

    def _publish_if_change(self, result: Any) -> None:
        if result is not None and hasattr(result, "kind"):
            self.changes.publish(result)


class Page(QWidget):
    """Base of every page. Subclasses set ``name``/``title`` and override the hooks."""

    #: Key used in navigation and by ``peerdesk gui --page NAME``.
    name: ClassVar[str] = ""
    #: Shown in the navigation list and as the page heading.
    title: ClassVar[str] = ""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws: Any = None
        self.setObjectName(f"page-{self.name}")

    @property
    def loaded(self) -> bool:
        return self.ws is not None

    def load(self, ws: Any) -> None:
        """Show data from ``ws``. Overrides call ``super().load(ws)`` first."""
        self.ws = ws

    def refresh(self, change: Any) -> None:
        """React to a write elsewhere. The default ignores it; lists override this."""

    def stash_drafts(self, drafts: DraftStore) -> None:
        """Hand unsaved form text to ``drafts`` before a lock. Default: nothing unsaved."""

    def clear(self) -> None:
        """Forget all vault data. Overrides clear their widgets, then call ``super()``."""
        self.ws = None
