"""What every page of the main window is: a ``Page`` with ``load``/``clear``/``refresh``.

A page gets a :class:`~ui.page_context.PageContext` (the worker, clipboard guard, draft
store and change bus of this app; no globals) and the open workspace in :meth:`Page.load`.
It never touches the vault on the GUI thread: reads and writes go through ``ctx.run`` /
``ctx.run_write``.

Life cycle, driven by the main window:

* ``load(ws)`` the first time the page is shown after an unlock;
* ``refresh(change)`` after any successful write anywhere in the app (a ``Change`` with
  ``kind`` and ``ids``): reload what that change touches, or ignore it;
* ``stash_drafts(drafts)`` just before a lock: hand unsaved form text to the draft store;
* ``clear()`` on lock: drop every piece of vault data the page holds (models, labels,
  fields), so nothing stays on screen or in memory behind the unlock screen;
* ``view_state()`` / ``restore_view_state(state)`` when the page is rebuilt in another
  language: what the person sees (inputs, filters, selection, scroll, focus) is taken from
  the old page and put into the new one. The default (:mod:`ui.view_state`) covers every
  ordinary widget; a page overrides them only for state that no widget holds.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from ui import view_state as views
from ui.drafts import DraftStore
from ui.page_context import PageContext


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

    def view_state(self) -> views.State:
        """What this page shows, to put into a rebuilt copy of it."""
        return views.capture(self)

    def restore_view_state(self, state: views.State) -> views.State:
        """Put ``state`` back (called before and again after loading); returns what could
        not be placed yet."""
        return views.restore(self, state)
