"""Reports: choose the kind, the period (this month by default) and whether to redact
names; "Preview" builds the PDF off the GUI thread with progress and Cancel, then shows
what was built with Save / Open. Until ``ws.reports`` exists the page says so plainly."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.dialogs.report_preview import ReportPreviewDialog
from ui.pages._common import button_row, heading, message_line, show_message, subtitle
from ui.pages.base import Page, PageContext
from ui.service_access import service
from ui.worker import Task

KINDS = (("accountability", "Accountability report (for the supervisor to sign)"),
         ("advisor", "Advisor report (one advisor's practice)"),
         ("escalation_record", "Escalation record (one escalation, in full)"))
PERIODS = (("this_month", "This month"), ("last_month", "Last month"), ("custom", "Custom"))
MISSING = ("Reports are not part of this version yet. Nothing is lost: every session, "
           "escalation and note is in the vault and will be in the reports when they come.")


def period(choice: str, today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    if choice == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


class ReportsPage(Page):
    name = "reports"
    title = "Reports"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task | None = None
        self.preview: ReportPreviewDialog | None = None
        self.message = message_line(self)
        self.kind = QComboBox(self)
        for key, text in KINDS:
            self.kind.addItem(text, key)
        self.period = QComboBox(self)
        for key, text in PERIODS:
            self.period.addItem(text, key)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd MMM yyyy")
        self.escalation = QLineEdit(self)
        self.escalation.setPlaceholderText("Escalation id (open it from Escalations ▸ Report)")
        self.redacted = QCheckBox("Redact names and contact details (codes only)", self)
        self.preview_button = QPushButton("Preview", self)
        self.preview_button.setObjectName("primaryButton")
        self.preview_button.clicked.connect(self.build)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.hide()
        form = QFormLayout()
        form.addRow("Report", self.kind)
        form.addRow("Period", self.period)
        form.addRow("From", self.start)
        form.addRow("To", self.end)
        form.addRow("Escalation", self.escalation)
        form.addRow("", self.redacted)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Reports", self))
        layout.addWidget(subtitle("Every report is registered with its fingerprint, so a "
                                  "printed copy can be checked later.", self))
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(button_row(self.preview_button, self.cancel_button))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def load(self, ws: Any) -> None:
        super().load(ws)
        self._period_changed()
        self._kind_changed()
        available = service(ws, "reports") is not None
        self.preview_button.setEnabled(available)
        if not available:
            show_message(self.message, MISSING, error=False)

    def _today(self) -> date:
        return labels.now_of(self.ws).astimezone(labels.tz_of(self.ws)).date()

    def _period_changed(self) -> None:
        choice = self.period.currentData()
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and self.ws is not None:
            a, b = period(choice, self._today())
            self.start.setDate(QDate(a.year, a.month, a.day))
            self.end.setDate(QDate(b.year, b.month, b.day))

    def _kind_changed(self) -> None:
        record = self.kind.currentData() == "escalation_record"
        self.escalation.setEnabled(record)
        self.period.setEnabled(not record)

    def _dates(self) -> tuple[date, date]:
        s, e = self.start.date(), self.end.date()
        return date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day())

    def build(self) -> None:
        reports = service(self.ws, "reports")
        if reports is None:
            show_message(self.message, MISSING, error=False)
            return
        kind = self.kind.currentData()
        start, end = self._dates()
        if kind != "escalation_record" and end < start:
            show_message(self.message, "The period must end on or after its first day.")
            return
        show_message(self.message, "")
        redacted = self.redacted.isChecked()

        def run(token: Any) -> bytes:
            progress = (lambda done, total=0, text="": token.report(done, total, text))
            cancel = (lambda: token.cancelled)
            if kind == "escalation_record":
                return reports.escalation_record(self.escalation.text().strip())
            fn = reports.accountability if kind == "accountability" else reports.advisor
            return fn(start, end, redacted=redacted, progress=progress, should_cancel=cancel)

        self._busy(True)
        task = self.ctx.worker.submit(run, label="Building the report…", cancellable=True)
        task.progress.connect(self._progress)
        task.succeeded.connect(lambda pdf: self._built(pdf, kind, start, end))
        task.failed.connect(lambda m: (self._busy(False), show_message(self.message, m)))
        task.finished.connect(lambda: self._busy(False))
        self.task = task

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setFormat(text or "%p%")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._busy(False)
        show_message(self.message, "Cancelled; no report was made.", error=False)

    def _busy(self, busy: bool) -> None:
        self.preview_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _built(self, pdf: bytes, kind: str, start: date, end: date) -> None:
        title = dict(KINDS)[kind].split(" (")[0]
        name = f"{kind}-{start.isoformat()}-{end.isoformat()}.pdf"
        self.preview = ReportPreviewDialog(pdf, f"{title}, {labels.day(start)} – "
                                                f"{labels.day(end)}", name, self)
        self.preview.open()

    def clear(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.preview is not None:
            self.preview.clear()
            self.preview.reject()
            self.preview = None
        show_message(self.message, "")
        super().clear()


PAGE = ReportsPage
