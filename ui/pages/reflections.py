"""Reflections: what an advisor still owes and has written; a supervisor's review queue.

Coordinators do not get this page (docs/permissions.md: existence only, shown on the sessions list).
Lists hold ids and load light rows (no text) on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from ui.dialogs.reflection_form import ReflectionFormDialog, ReflectionViewDialog
from ui.drafts import DraftStore
from ui.labels import zone
from ui.language import QT_TRANSLATE_NOOP
from ui.models.lazy_table import LazyTableModel
from ui.models.reflections_model import ReflectionTableModel
from ui.models.sessions_model import SessionTableModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import fill, number
from ui.widgets import list_scaffold
from ui.widgets.plain_text import plain_label, set_plain

#: "Still owe" looks back this far; older sessions without a reflection are not nagged about.
OWED_DAYS = 30

#: (key, English words; shown translated in the "ReflectionsPage" context).
QUEUE_VIEWS = (
    ("queue", QT_TRANSLATE_NOOP("ReflectionsPage", "Asking for supervision (urgent first)")),
    ("unreviewed", QT_TRANSLATE_NOOP("ReflectionsPage", "All not yet reviewed")),
    ("all", QT_TRANSLATE_NOOP("ReflectionsPage", "All reflections")),
)


def _table(model: LazyTableModel, name: str, parent: QWidget) -> QTableView:
    table = list_scaffold.record_table(parent, model, name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class _ListSection(QWidget):
    """An explanation, a table (or an empty-state sentence) and a row of buttons."""

    def __init__(self, intro: str, model: LazyTableModel, name: str, empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.empty_text = empty
        self.intro = plain_label(intro, self)
        self.intro.setObjectName("mutedText")
        self.table = _table(model, name, self)
        self.empty = list_scaffold.empty_state(self, empty)
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)
        self.buttons = QHBoxLayout()
        self.top = QHBoxLayout()
        self.top.addWidget(self.intro, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def show_ids(self, ids: list[str]) -> None:
        self.model.set_ids(ids)
        self.body.setCurrentWidget(self.table if ids else self.empty)
        if ids:
            self.table.selectRow(0)

    def selected_id(self) -> Any:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None


class ReflectionsPage(Page):
    name = "reflections"
    title = "Reflections"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz: tzinfo = UTC
        self.form: ReflectionFormDialog | None = None
        self.view: ReflectionViewDialog | None = None
        self._generation = 0
        heading = plain_label(self.shown_title(), self, wrap=False)
        heading.setObjectName("pageTitle")
        self.subtitle = plain_label("", self)
        self.subtitle.setObjectName("pageSubtitle")
        self.error = plain_label("", self)
        self.error.setObjectName("errorBanner")
        self.error.hide()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        self.owed_model = SessionTableModel(self._session_rows, UTC, worker=ctx.worker,
                                            parent=self)
        self.owed = _ListSection(
            fill(self.tr("Your sessions from the last %1 days that have no reflection yet, "
                         "newest first. A few lines right after a session are enough."),
                 OWED_DAYS),
            self.owed_model, self.tr("Reflections I still owe"),
            fill(self.tr("Nothing owed. Every session from the last %1 days has a "
                         "reflection."), OWED_DAYS), self)
        for col in (SessionTableModel.COL_ADVISOR, SessionTableModel.COL_REFLECTION):
            self.owed.table.hideColumn(col)
        self.write_button = QPushButton(self.tr("&Write reflection"), self.owed)
        self.write_button.setObjectName("primaryButton")
        self.write_button.clicked.connect(lambda: self.write_for(self.owed.selected_id()))
        self.owed.buttons.addStretch(1)
        self.owed.buttons.addWidget(self.write_button)
        self.owed.table.activated.connect(
            lambda index: self.write_for(self.owed_model.id_at(index.row())))

        self.mine_model = ReflectionTableModel(self._reflection_rows, UTC, worker=ctx.worker,
                                               parent=self)
        self.mine = _ListSection(
            self.tr("Reflections you wrote, newest first. You can change one until a "
                    "supervisor has reviewed it."), self.mine_model, self.tr("My reflections"),
            self.tr("You have not written any reflections yet."), self)
        self.mine.table.hideColumn(ReflectionTableModel.COL_AUTHOR)
        open_mine = QPushButton(self.tr("&Open", "verb: open the chosen reflection"), self.mine)
        open_mine.clicked.connect(lambda: self.open_mine(self.mine.selected_id()))
        self.mine.buttons.addStretch(1)
        self.mine.buttons.addWidget(open_mine)
        self.mine.table.activated.connect(
            lambda index: self.open_mine(self.mine_model.id_at(index.row())))

        self.queue_model = ReflectionTableModel(self._reflection_rows, UTC, worker=ctx.worker,
                                                parent=self)
        self.queue = _ListSection(
            self.tr("Reflections from advisors. Open one to read it; mark it reviewed when "
                    "you have talked it through (linking it from a supervision note does "
                    "the same)."),
            self.queue_model, self.tr("Supervision queue"),
            self.tr("Nobody is waiting for supervision. Well done."), self)
        self.queue_view = QComboBox(self.queue)
        self.queue_view.setAccessibleName(self.tr("Which reflections"))
        for key, text in QUEUE_VIEWS:
            self.queue_view.addItem(self.tr(text), key)
        self.queue_view.currentIndexChanged.connect(lambda _: self._load_queue())
        show = QLabel(self.tr("&Show"), self.queue)
        show.setBuddy(self.queue_view)
        self.queue.top.addWidget(show)
        self.queue.top.addWidget(self.queue_view)
        open_queue = QPushButton(self.tr("&Read"), self.queue)
        open_queue.clicked.connect(lambda: self.read(self.queue.selected_id()))
        self.review_button = QPushButton(self.tr("&Mark reviewed"), self.queue)
        self.review_button.clicked.connect(self.mark_selected_reviewed)
        self.queue.buttons.addStretch(1)
        self.queue.buttons.addWidget(open_queue)
        self.queue.buttons.addWidget(self.review_button)
        self.queue.table.activated.connect(
            lambda index: self.read(self.queue_model.id_at(index.row())))

        for section in (self.owed, self.mine, self.queue):
            section.hide()  # shown when added as a tab for this person's roles

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        for model in (self.owed_model, self.mine_model, self.queue_model):
            model.tz = self.tz
        self.is_advisor = ws.can(Action.CREATE, Resource.REFLECTIONS, owns=True)
        self.is_supervisor = ws.can(Action.REVIEW, Resource.REFLECTIONS)
        self.tabs.clear()
        if self.is_supervisor:
            self.tabs.addTab(self.queue, self.tr("Supervision queue"))
        if self.is_advisor:
            self.tabs.addTab(self.owed, self.tr("Still to write"))
            self.tabs.addTab(self.mine, self.tr("My reflections"))
        if not (self.is_supervisor or self.is_advisor):
            set_plain(self.subtitle, self.tr("Coordinators see only whether a session has a "
                                             "reflection (on the Sessions page), never its "
                                             "text."))
            self.tabs.hide()
            return
        self.reload()

    def refresh(self, change: Any) -> None:
        if self.loaded and getattr(change, "kind", "") in ("reflection", "session",
                                                            "supervision_note"):
            self.reload()

    def stash_drafts(self, drafts: DraftStore) -> None:
        if self.form is not None:
            self.form.stash(drafts)

    def clear(self) -> None:
        self._generation += 1
        if self.form is not None:
            self.form.close_for_lock()
        if self.view is not None:
            self.view.blockSignals(True)
            self.view.close()
            self.view.deleteLater()
        self.form = self.view = None
        for model in (self.owed_model, self.mine_model, self.queue_model):
            model.clear()
        self.subtitle.clear()
        self.error.hide()
        super().clear()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.loaded:
            return
        ws = self.ws
        if self.is_advisor:
            me = ws.actor.member_id
            self._run(lambda: ws.reflections.owed(me, within_hours=OWED_DAYS * 24),
                      self.owed, self.tr("Loading reflections you owe…"))
            self._run(ws.reflections.mine, self.mine, self.tr("Loading your reflections…"))
        if self.is_supervisor:
            self._load_queue()

    def _load_queue(self) -> None:
        if not self.loaded or not self.is_supervisor:
            return
        ws = self.ws
        key = self.queue_view.currentData()
        if key == "queue":
            fn: Callable[[], list[str]] = ws.reflections.queue
        else:
            from peerdesk.services.reflections import ReflectionFilter

            f = ReflectionFilter(unreviewed=key == "unreviewed")

            def fn() -> list[str]:
                return list(ws.reflections.list_ids(f, order="request"))
        self._run(fn, self.queue, self.tr("Loading the supervision queue…"))

    def _run(self, fn: Callable[[], list[str]], section: _ListSection, label: str) -> None:
        generation = self._generation

        def done(ids: list[str]) -> None:
            if generation == self._generation and self.loaded:
                section.show_ids(ids)
                self._update_subtitle()

        self.ctx.run(fn, label=label).then(done, self._failed)

    def _update_subtitle(self) -> None:
        parts = []
        if self.is_supervisor:
            n = self.queue_model.total
            parts.append(fill(self.tr("%1 in the supervision queue view"), number(n)))
        if self.is_advisor:
            n = self.owed_model.total
            parts.append(fill(self.tr("%1 still to write"), number(n)) if n
                         else self.tr("none owed"))
        set_plain(self.subtitle, " · ".join(parts))

    def _failed(self, message: str) -> None:
        set_plain(self.error, message)
        self.error.show()

    def _session_rows(self, ids: Any) -> Any:
        return self.ws.sessions.rows(list(ids)) if self.ws is not None else []

    def _reflection_rows(self, ids: Any) -> Any:
        return self.ws.reflections.rows(list(ids)) if self.ws is not None else []

    # -- actions -------------------------------------------------------------------------
    def write_for(self, session_id: Any, reflection_id: str | None = None
                  ) -> ReflectionFormDialog | None:
        if not session_id or not self.loaded:
            return None
        if self.form is not None:
            self.form.close_for_lock()
        form = ReflectionFormDialog(self.ws, self.ctx, str(session_id),
                                    reflection_id=reflection_id, parent=self)
        form.finished.connect(lambda _: self._form_closed(form))
        self.form = form
        form.show()
        return form

    def _form_closed(self, form: ReflectionFormDialog) -> None:
        list_scaffold.forget_form(self, "form", form)

    def open_mine(self, reflection_id: Any) -> ReflectionFormDialog | None:
        row = None
        r = self.mine_model.row_of(reflection_id) if reflection_id else -1
        if r >= 0:
            row = self.mine_model.data(self.mine_model.index(r, 0), LazyTableModel.RowRole)
        if row is None:
            return None
        return self.write_for(row.session_id, str(reflection_id))

    def read(self, reflection_id: Any) -> ReflectionViewDialog | None:
        if not reflection_id or not self.loaded:
            return None
        if self.view is not None:
            self.view.close()
        view = ReflectionViewDialog(self.ws, self.ctx, str(reflection_id), self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.destroyed.connect(lambda *_: self._view_gone(view))
        self.view = view
        view.show()
        return view

    def _view_gone(self, view: Any) -> None:
        if self.view is view:
            self.view = None

    def mark_selected_reviewed(self) -> None:
        reflection_id = self.queue.selected_id()
        if not reflection_id:
            return
        self.ctx.run_write(self.ws.reflections.mark_reviewed, [reflection_id],
                           label=self.tr("Marking reviewed…")).then(None, self._failed)


PAGE = ReflectionsPage
