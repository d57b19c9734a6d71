"""What pages and dialogs share: the :class:`PageContext` and the :class:`ChangeBus`.

A page or dialog gets a :class:`PageContext` (the worker, clipboard guard, draft store and
change bus of this app; no globals). It never touches the vault on the GUI thread: reads
and writes go through ``ctx.run`` / ``ctx.run_write``, and every write's ``Change`` is
published on the bus so every page showing affected data refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

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
        self, fn: Callable[..., Any], *args: Any, label: str = "", **kwargs: Any
    ) -> Task:
        """Run a read off the GUI thread; connect to ``.succeeded`` / ``.failed``."""
        label = label or QCoreApplication.translate("PageContext", "Loading…")
        return self.worker.submit(fn, *args, label=label, **kwargs)

    def run_write(
        self, fn: Callable[..., Any], *args: Any, label: str = "", **kwargs: Any
    ) -> Task:
        """Run a write off the GUI thread; when it returns a ``Change``, every page hears it.

        The ``Change`` is published before the task's own ``succeeded`` handlers run, so
        the form that saved can rely on lists already refreshing.
        """
        label = label or QCoreApplication.translate("PageContext", "Saving…")
        task = self.worker.submit(fn, *args, label=label, **kwargs)
        task.succeeded.connect(self._publish_if_change)
        return task

    def _publish_if_change(self, result: Any) -> None:
        if result is not None and hasattr(result, "kind"):
            self.changes.publish(result)
