"""Boundary agreements: the list (advisor, advisee, status, review date, and one calm line
of what needs attention: the most serious problem and "+N more"), a new agreement, and
for the selected one its drift alerts in plain words (most serious first), its breaches
and the acknowledgement buttons. Agreements with a serious problem come first and are the
only ones in the alert colour (the ranking rule: peerdesk/domain/drift.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.drift import DriftSummary, Severity, ranked, severity, summarise
from peerdesk.domain.permissions import Action, Resource
from ui import labels
from ui.dialogs.agreement_form import AgreementForm
from ui.models.lazy_table import Column
from ui.models.rows_model import RowsTableModel
from ui.page_context import PageContext
from ui.pages import drift_words
from ui.pages.base import Page
from ui.translated import counted, fill, number
from ui.widgets.column_fit import fit_columns, model_samples
from ui.widgets.list_scaffold import (
    button_row,
    heading,
    message_line,
    record_table,
    show_message,
    subtitle,
)
from ui.widgets.plain_text import NoteView


def _rows(ws: Any) -> list[tuple[Any, DriftSummary, str]]:
    """Every agreement with its summary and that summary's line in the interface's
    language, most serious first (then by advisor, advisee)."""
    agreements = ws.agreements
    out = []
    for r in agreements.rows(agreements.list_ids()):
        alerts = agreements.drift(r.id) if r.status in ("active", "under_review") else []
        breaches = r.breaches or 0
        out.append((r, summarise(alerts, breaches), drift_words.summary_line(alerts, breaches)))
    out.sort(key=lambda t: (t[1].rank_key(), t[0].advisor_name, t[0].advisee_code))
    return out


def _detail(ws: Any, agreement_id: str) -> dict[str, Any]:
    agreements = ws.agreements
    alerts = agreements.drift(agreement_id)
    about = [a.session_id for a in alerts if a.session_id]
    return {"agreement": agreements.get(agreement_id), "alerts": alerts,
            "breaches": agreements.breaches(agreement_id),
            "sessions": {s.id: s for s in ws.sessions.rows(about)} if about else {}}


class AgreementsPage(Page):
    name = "agreements"
    title = "Agreements"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form: AgreementForm | None = None
        self.current: Any = None
        self.heading = heading(self.tr("Boundary agreements"), self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.new_button = QPushButton(self.tr("New agreement…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.open_form)
        self.advisor_ack = QPushButton(self.tr("I acknowledge this agreement"), self)
        self.advisor_ack.clicked.connect(self.acknowledge_advisor)
        self.advisee_how = QComboBox(self)
        for key, text in labels.ACK_METHODS.items():
            self.advisee_how.addItem(text, key)
        self.advisee_how.setAccessibleName(self.tr("How the advisee acknowledged"))
        self.advisee_ack = QPushButton(self.tr("Record: advisee acknowledged today"), self)
        self.advisee_ack.clicked.connect(self.acknowledge_advisee)
        self._tz = labels.tz_of(None)
        self.model = RowsTableModel([
            Column(self.tr("Advisor"), lambda r: r[0].advisor_name),
            Column(self.tr("Advisee"), lambda r: r[0].advisee_code),
            Column(self.tr("Status"),
                   lambda r: labels.label(labels.AGREEMENT_STATUS, r[0].status)),
            # An ended agreement has nothing left to review.
            Column(self.tr("Review by"), lambda r: "—" if r[0].status == "ended"
                   else labels.day(r[0].review_date)),
            Column(self.tr("Needs attention"), lambda r: r[2]),
        ], row_id=lambda r: r[0].id,
            highlight=lambda r: "overdue" if r[1].serious else None, parent=self)
        self.view = record_table(self, None, self.shown_title(), stretch_last=True)
        self.view.setModel(self.model)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        # The detail (and what the acknowledge buttons act on) follows the highlighted row,
        # also when the keyboard or a rebuilt page (a change of language) moves it.
        self.view.selectionModel().currentRowChanged.connect(
            lambda index, _old: self._activated(index) if index.isValid() else None)
        self.detail = NoteView("", self)
        self.detail.setAccessibleName(self.tr("Agreement"))
        self.empty = QLabel(self.tr("No agreements yet."), self)
        self.empty.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.new_button))
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.detail, 2)
        layout.addLayout(button_row(self.advisor_ack, self.advisee_how, self.advisee_ack))

    def load(self, ws: Any) -> None:
        super().load(ws)
        self._tz = labels.tz_of(ws)
        manages = ws.can(Action.CREATE, Resource.AGREEMENTS)
        self.new_button.setVisible(manages)
        self.advisee_how.setVisible(ws.can(Action.UPDATE, Resource.AGREEMENTS))
        self.advisee_ack.setVisible(ws.can(Action.UPDATE, Resource.AGREEMENTS))
        self.advisor_ack.setVisible(ws.can(Action.ACKNOWLEDGE, Resource.AGREEMENTS, owns=True))
        for b in (self.advisor_ack, self.advisee_ack):
            b.setEnabled(False)
        self.reload()

    def refresh(self, change: Any) -> None:
        if getattr(change, "kind", "") in {"agreement", "breach", "session"}:
            self.reload()

    def reload(self) -> None:
        self.ctx.run(_rows, self.ws, label=self.tr("Loading agreements…")).then(
            self._show_rows, lambda m: show_message(self.message, m))

    def _show_rows(self, rows: list[tuple[Any, DriftSummary, str]]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view, model_samples(self.model))
        serious = sum(1 for _, s, _line in rows if s.serious)
        other = sum(1 for _, s, _line in rows if s.severity is not None and not s.serious)
        parts = [counted(len(rows), self.tr("1 agreement"), self.tr("%1 agreements"))]
        if serious:
            parts.append(fill(self.tr("%1 serious, first"), number(serious)))
        if other:
            parts.append(fill(self.tr("%1 with smaller drift"), number(other)))
        self.summary.setText(" · ".join(parts))
        self.empty.setVisible(not rows)
        if self.current is not None:
            self.open_record(self.current.id)
        elif rows:
            self.view.selectRow(0)
            self.open_record(rows[0][0].id)
        else:
            self.detail.set_note("")

    def _activated(self, index: QModelIndex) -> None:
        agreement_id = self.model.id_at(index.row())
        if agreement_id:
            self.open_record(agreement_id)

    def open_record(self, agreement_id: str) -> None:
        self.ctx.run(_detail, self.ws, agreement_id, label=self.tr("Loading agreement…")).then(
            self._show_detail, lambda m: show_message(self.message, m))

    def _show_detail(self, data: dict[str, Any]) -> None:
        a = data["agreement"]
        self.current = a
        status = fill(self.tr("Status: %1 · from %2"),
                      labels.label(labels.AGREEMENT_STATUS, a.status), labels.day(a.start_date))
        if a.review_date:
            status = fill(self.tr("%1 · review %2"), status, labels.day(a.review_date))
        if a.end_date:
            status = fill(self.tr("%1 · ends %2"), status, labels.day(a.end_date))
        lines = [status]
        channels = ", ".join(labels.label(labels.CHANNEL_LABELS, c) for c in sorted(a.channels))
        days = ", ".join(labels.label(labels.WEEKDAYS, d) for d in sorted(a.contact_days)) \
            or self.tr("any day")
        hours = (f"{a.contact_start:%H:%M}–{a.contact_end:%H:%M}" if a.contact_start
                 else self.tr("any time"))
        lines.append(fill(self.tr("Contact: %1; %2; %3"), channels, days, hours))
        if a.max_sessions_per_month and a.max_session_minutes:
            lines.append(fill(self.tr("At most %1 a month, %2 each."),
                              counted(a.max_sessions_per_month, self.tr("1 session"),
                                      self.tr("%1 sessions")),
                              counted(a.max_session_minutes, self.tr("1 minute"),
                                      self.tr("%1 minutes"))))
        elif a.max_sessions_per_month:
            lines.append(fill(self.tr("At most %1 a month, of any length."),
                              counted(a.max_sessions_per_month, self.tr("1 session"),
                                      self.tr("%1 sessions"))))
        elif a.max_session_minutes:
            lines.append(fill(self.tr("Any number of sessions a month, %1 each."),
                              counted(a.max_session_minutes, self.tr("1 minute"),
                                      self.tr("%1 minutes"))))
        else:
            lines.append(self.tr("Any number of sessions a month, of any length."))
        alerts = data["alerts"]
        lines.append("")
        lines.append(self.tr("Drift alerts, most serious first:") if alerts
                     else self.tr("No drift: practice matches the agreement."))
        serious = self.tr("SERIOUS: %1")
        for x in ranked(alerts):
            said = drift_words.sentence(x, a, data["sessions"].get(x.session_id), self._tz)
            lines.append("  • " + (fill(serious, said) if severity(x) is Severity.SERIOUS
                                   else said))
        lines.append("")
        advisee_ack = (fill(self.tr("%1 (%2)", "a date and how it was acknowledged"),
                            labels.day(a.advisee_ack_date),
                            labels.label(labels.ACK_METHODS, a.advisee_ack_how))
                       if a.advisee_ack_date else self.tr("not yet"))
        lines.append(fill(self.tr("Advisee acknowledged: %1"), advisee_ack))
        lines.append(fill(self.tr("Advisor acknowledged: %1"),
                          labels.day(a.advisor_ack_date) or self.tr("not yet")))
        lines.append("")
        lines.append(self.tr("Clauses:"))
        lines += [f"  • {labels.CLAUSES.get(c.value, c.value)}" for c in sorted(a.clauses)]
        if a.free_text:
            lines += ["", self.tr("Other terms:"), a.free_text]
        breaches = data["breaches"]
        lines += ["", fill(self.tr("Breaches logged: %1"), number(len(breaches)))]
        lines += ["  • " + (fill(self.tr("%1 — %2: %3"), labels.when(b.at, self._tz),
                                 labels.label(labels.BREACH_KINDS, b.kind), b.note) if b.note
                            else fill(self.tr("%1 — %2"), labels.when(b.at, self._tz),
                                      labels.label(labels.BREACH_KINDS, b.kind)))
                  for b in breaches]
        self.detail.set_note("\n".join(lines))
        live = a.status.value != "ended"
        me = self.ws.actor.member_id
        self.advisor_ack.setEnabled(live and a.advisor_id == me and a.advisor_ack_date is None)
        self.advisee_ack.setEnabled(live and a.advisee_ack_date is None)

    def acknowledge_advisor(self) -> None:
        if self.current is None:
            return
        today = labels.now_of(self.ws).astimezone(self._tz).date()
        self._write(self.ws.agreements.acknowledge_advisor, self.current.id, today)

    def acknowledge_advisee(self) -> None:
        if self.current is None:
            return
        today = labels.now_of(self.ws).astimezone(self._tz).date()
        self._write(self.ws.agreements.acknowledge_advisee, self.current.id, today,
                    self.advisee_how.currentData())

    def _write(self, fn: Any, *args: Any) -> None:
        task = self.ctx.run_write(fn, *args)
        task.succeeded.connect(lambda _c: show_message(
            self.message, self.tr("Acknowledgement recorded."), error=False))
        task.failed.connect(lambda m: show_message(self.message, m))

    def open_form(self) -> AgreementForm:
        form = AgreementForm(self.ctx, self.ws, self)
        form.saved.connect(lambda c: show_message(self.message, self.tr("Agreement saved."),
                                                  error=False))
        self.form = form
        form.open()
        return form

    def stash_drafts(self, drafts: Any) -> None:
        if self.form is not None and self.form.isVisible():
            self.form.stash(drafts)

    def clear(self) -> None:
        if self.form is not None:
            self.form.close_for_lock()
            self.form = None
        self.current = None
        self.model.clear()
        self.detail.set_note("")
        self.summary.clear()
        show_message(self.message, "")
        super().clear()


PAGE = AgreementsPage
