"""Escalations: every concern the person may see, overdue ones first and in red; raise a
concern; open one to move it on, add notes and log disclosures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import labels
from ui.dialogs.escalation_detail import EscalationDetailDialog
from ui.dialogs.escalation_form import EscalationForm
from ui.language import QT_TRANSLATE_NOOP
from ui.models.escalations_model import EscalationsModel, is_overdue
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import fill, number
from ui.widgets.column_fit import fit_columns, model_samples
from ui.widgets.list_scaffold import (
    button_row,
    heading,
    message_line,
    record_table,
    show_message,
    subtitle,
)

#: (key, English words; shown translated in the "EscalationsPage" context).
FILTERS = (("active", QT_TRANSLATE_NOOP("EscalationsPage", "Not closed")),
           ("overdue", QT_TRANSLATE_NOOP("EscalationsPage", "Overdue only")),
           ("all", QT_TRANSLATE_NOOP("EscalationsPage", "All")),
           ("closed", QT_TRANSLATE_NOOP("EscalationsPage", "Closed")))
_KINDS = {"escalation", "escalation_event", "disclosure", "settings"}


def _load_rows(ws: Any, which: str) -> list[Any]:
    escalations = ws.escalations
    if which == "overdue":
        return list(escalations.list_overdue())
    rows = escalations.rows(urgent_first=True)
    if which == "active":
        rows = [r for r in rows if r.state != "closed"]
    elif which == "closed":
        rows = [r for r in rows if r.state == "closed"]
    now = labels.now_of(ws)
    # Overdue first, then the service's order (most urgent level, newest).
    return sorted(rows, key=lambda r: 0 if is_overdue(r, now) else 1)


class EscalationsPage(Page):
    name = "escalations"
    title = "Escalations"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form: EscalationForm | None = None
        self.detail: EscalationDetailDialog | None = None
        self.heading = heading(self.shown_title(), self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.raise_button = QPushButton(self.tr("Raise a concern…"), self)
        self.raise_button.setObjectName("primaryButton")
        self.raise_button.clicked.connect(self.open_form)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show"))
        for key, text in FILTERS:
            self.filter.addItem(self.tr(text), key)
        self.filter.currentIndexChanged.connect(self.reload)
        self.open_button = QPushButton(self.tr("Open", "verb: open the chosen escalation"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.directory_button = QPushButton(self.tr("Referral directory…"), self)
        self.directory_button.setAccessibleName(self.tr("Referral directory"))
        self.directory_button.clicked.connect(self.open_directory)
        self.model = EscalationsModel(labels.tz_of(None), lambda: labels.now_of(self.ws),
                                      self)
        self.view = record_table(self, None, self.shown_title(), stretch_last=True)
        self.view.setModel(self.model)
        self.view.activated.connect(self._activated)
        self.empty = QLabel(self.tr("No escalations to show. If you are worried about "
                                    "someone, use “Raise a concern…”."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.raise_button, QLabel(self.tr("Show:"), self),
                                    self.filter, self.open_button, self.directory_button))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    # -- Page hooks --------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.model.set_zone(labels.tz_of(ws), lambda: labels.now_of(self.ws))
        self.reload()

    def refresh(self, change: Any) -> None:
        if getattr(change, "kind", "") in _KINDS:
            self.reload()

    def stash_drafts(self, drafts: Any) -> None:
        if self.form is not None and self.form.isVisible():
            self.form.stash(drafts)
        if self.detail is not None and self.detail.isVisible():
            self.detail.stash()

    def clear(self) -> None:
        if self.form is not None:
            self.form.close_for_lock()
        if self.detail is not None:
            self.detail.blockSignals(True)
            self.detail.reject()
            self.detail.deleteLater()
        self.form = self.detail = None
        self.model.clear()
        self.summary.clear()
        show_message(self.message, "")
        super().clear()

    def open_directory(self) -> None:
        from ui.dialogs.referral_directory import ReferralDirectoryDialog

        if self.ws is not None:
            ReferralDirectoryDialog(self.ctx, self.ws, self).open()

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        if self.ws is None:
            return
        which = self.filter.currentData() or "active"
        self.ctx.run(_load_rows, self.ws, which, label=self.tr("Loading escalations…")).then(
            self._rows, lambda m: show_message(self.message, m))

    def _rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view, model_samples(self.model))
        now = labels.now_of(self.ws)
        overdue = sum(1 for r in rows if is_overdue(r, now))
        shown = len(rows)
        text = fill(self.tr("%1 shown"), number(shown))
        if overdue:
            text = fill(self.tr("%1 OVERDUE (not acknowledged in time) · %2"), number(overdue),
                        text)
        self.summary.setText(text)
        self.empty.setVisible(shown == 0)
        self.view.setVisible(shown > 0)
        show_message(self.message, "")

    # -- actions -----------------------------------------------------------------------
    def open_form(self, advisee_id: str | None = None) -> EscalationForm:
        form = EscalationForm(self.ctx, self.ws, advisee_id=advisee_id or None, parent=self)
        form.saved.connect(self._raised)
        self.form = form
        form.open()
        return form

    def _raised(self, change: Any) -> None:
        show_message(self.message, self.tr("Concern raised. The coordinator and supervisor "
                                           "will see it on their home page."), error=False)

    def _activated(self, index: QModelIndex) -> None:
        esc_id = self.model.id_at(index.row())
        if esc_id:
            self.open_record(esc_id)

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._activated(rows[0])
        elif self.model.rowCount():
            self._activated(self.model.index(0, 0))

    def open_record(self, escalation_id: str) -> EscalationDetailDialog:
        dialog = EscalationDetailDialog(self.ctx, self.ws, escalation_id, self)
        self.detail = dialog
        dialog.open()
        return dialog


PAGE = EscalationsPage
