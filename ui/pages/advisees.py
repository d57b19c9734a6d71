"""Advisees: codes, status, assigned advisors, consent and last session.

Coordinators add and edit; advisors see only advisees assigned to them (the service decides)
and supervisors read. Names and contact details are not shown in the list.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import AdviseeStatus
from ui.dialogs.advisee_form import AdviseeFormDialog
from ui.dialogs.history import HistoryDialog
from ui.drafts import DraftStore
from ui.labels import STATUS_LABELS, fmt_date, zone
from ui.models.advisees_model import AdviseeTableModel, advisee_rows, consent_summary
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import counted
from ui.widgets import list_scaffold
from ui.widgets.column_fit import fit_columns, moment_samples
from ui.widgets.plain_text import set_plain


def query_advisee_ids(ws: Any, status: str | None, code_prefix: str) -> list[str]:
    prefix = code_prefix.strip().upper() or None
    return list(ws.advisees.list_ids(status=status, code_prefix=prefix))


def advisee_samples() -> dict[int, list[str]]:
    """The widest typical content of each column of the advisees list, in the words the
    list shows them (the interface's language)."""
    m = AdviseeTableModel

    def consent(given: Any = None, withdrawn: Any = None) -> str:
        return consent_summary(SimpleNamespace(consent_date=given, consent_withdrawn_on=withdrawn,
                                               consent_scopes=(1, 2, 3)))

    return {m.COL_CODE: ["PS-0000"], m.COL_STATUS: list(STATUS_LABELS.values()),
            m.COL_CONSENT: [*moment_samples(lambda t: consent(given=t)),
                            *moment_samples(lambda t: consent(withdrawn=t)), consent()],
            m.COL_LAST: [*moment_samples(fmt_date), "None yet"]}


class AdviseesPage(Page):
    name = "advisees"
    title = "Advisees"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz: tzinfo = UTC
        self.form: AdviseeFormDialog | None = None
        self.can_manage = False
        self._generation = 0

        self.new_button = list_scaffold.primary_button(
            self.tr("&New advisee"), self.tr("Add an advisee (Alt+N)"), self,
            lambda: self.open_form(None))
        top, self.count_label = list_scaffold.title_row(self, self.shown_title(), self.new_button)

        self.search, self._timer = list_scaffold.search_box(
            self, self.tr("Code starts with… e.g. PS-01"), self.tr("Find by code"), self.reload)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in AdviseeStatus:
            self.status_filter.addItem(STATUS_LABELS[status], status.value)
        self.status_filter.currentIndexChanged.connect(lambda _: self.reload())
        status_caption = QLabel(self.tr("&Status"), self)
        status_caption.setBuddy(self.status_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(status_caption)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)

        self.model = AdviseeTableModel(self._fetch_rows, UTC, worker=ctx.worker, parent=self)
        self.model.load_failed.connect(self._show_error)
        self.table = list_scaffold.record_table(self, self.model, self.shown_title(),
                                                self.open_form)
        fit_columns(self.table, advisee_samples(), stretch=AdviseeTableModel.COL_ADVISORS)

        self.empty = list_scaffold.empty_state(self)
        self.error = list_scaffold.message_line(self)
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)

        self.open_button = QPushButton(self.tr("&Open", "verb: open the chosen advisee"), self)
        self.open_button.clicked.connect(lambda: self.open_form(self.selected_id()))
        self.history_button = QPushButton(self.tr("H&istory…"), self)
        self.history_button.clicked.connect(self.show_history)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.history_button)
        actions.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.model.tz = self.tz
        self.can_manage = ws.can(Action.MANAGE, Resource.ADVISEES)
        self.new_button.setVisible(self.can_manage)
        self.open_button.setText(self.tr("&Edit") if self.can_manage
                                 else self.tr("&Open", "verb: open the chosen advisee"))
        self.reload()

    def refresh(self, change: Any) -> None:
        if not self.loaded:
            return
        kind = getattr(change, "kind", "")
        if kind == "advisee":
            self.reload(keep=getattr(change, "id", None))
        elif kind in ("session", "member"):
            self.model.invalidate()

    def stash_drafts(self, drafts: DraftStore) -> None:
        if self.form is not None:
            self.form.stash(drafts)

    def clear(self) -> None:
        self._generation += 1
        if self.form is not None:
            self.form.close_for_lock()
            self.form = None
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._timer.stop()
        self.count_label.clear()
        self.empty.clear()
        self.error.hide()
        super().clear()

    # -- loading -------------------------------------------------------------------------
    def reload(self, keep: Any = None) -> None:
        if not self.loaded:
            return
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        keep = keep or self.selected_id()
        set_plain(self.count_label, self.tr("Loading advisees…"))
        self.ctx.run(query_advisee_ids, self.ws, self.status_filter.currentData(),
                     self.search.text(), label=self.tr("Loading advisees…")).then(
            lambda ids: self._ids_arrived(generation, ids, keep), self._show_error)

    def _ids_arrived(self, generation: int, ids: list[str], keep: Any) -> None:
        if generation != self._generation or not self.loaded:
            return
        self.error.hide()
        self.model.set_ids(ids)
        n = len(ids)
        filtered = bool(self.search.text().strip() or self.status_filter.currentData())
        if not self.ws.can(Action.READ, Resource.ADVISEES):  # assigned ones only
            text = counted(n, self.tr("1 advisee assigned to you"),
                           self.tr("%1 advisees assigned to you"))
        else:
            text = counted(n, self.tr("1 advisee"), self.tr("%1 advisees"))
        set_plain(self.count_label, text)
        self.open_button.setEnabled(bool(n))
        self.history_button.setEnabled(bool(n))
        if n:
            self.body.setCurrentWidget(self.table)
            row = self.model.row_of(keep) if keep else -1
            self.table.selectRow(max(row, 0))
            return
        if filtered:
            message = self.tr("No advisees match. Clear the code or choose “Any status”.")
        elif self.can_manage:
            message = self.tr("No advisees yet.\n"
                              "Press Alt+N to add the first one; a code is suggested.")
        elif self.ws.can(Action.READ, Resource.ADVISEES, assigned=True):
            message = self.tr("No advisees are assigned to you yet. Your coordinator assigns "
                              "them.")
        else:
            message = self.tr("No advisees yet.")
        set_plain(self.empty, message)
        self.body.setCurrentWidget(self.empty)

    def _show_error(self, message: str) -> None:
        set_plain(self.error, message)
        self.error.show()

    def _fetch_rows(self, ids: Any) -> Any:
        return advisee_rows(self.ws, list(ids)) if self.ws is not None else []

    def selected_id(self) -> Any:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    # -- actions -------------------------------------------------------------------------
    def open_form(self, advisee_id: Any) -> AdviseeFormDialog | None:
        if not self.loaded:
            return None
        if advisee_id is None and not self.can_manage:
            return None
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        form = AdviseeFormDialog(self.ws, self.ctx, advisee_id,
                                 read_only=not self.can_manage, parent=self)
        form.finished.connect(lambda _: self._form_closed(form))
        self.form = form
        form.show()
        return form

    def _form_closed(self, form: AdviseeFormDialog) -> None:
        list_scaffold.forget_form(self, "form", form)

    def show_history(self) -> HistoryDialog | None:
        advisee_id = self.selected_id()
        if not advisee_id:
            return None
        row = self.model.data(self.table.currentIndex(), AdviseeTableModel.RowRole)
        code = row.code if row is not None else self.tr("this advisee")
        return HistoryDialog.for_record(self.ctx, code, self.ws.advisees, str(advisee_id),
                                        self.ws.members.names, self.tz, self)


PAGE = AdviseesPage
