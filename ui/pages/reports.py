"""Reports: choose the kind (only those this person may make), the period (this month by
default), the advisor or the escalation, and whether to redact member names. "Create
report" makes and registers the PDF off the GUI thread, with progress and Cancel, then
shows it in the preview (Save as PDF / Print)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from ui import labels, language
from ui.dialogs.report_preview import ReportPreviewDialog
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import fill, translate
from ui.widgets.list_scaffold import button_row, heading, message_line, show_message, subtitle
from ui.worker import CancelToken, Task

# Every text below is English, marked for translation in the "ReportsPage" context and
# shown through self.tr or translate().
#: key -> (label in the chooser, title of the preview)
KINDS = {
    "accountability": (
        QT_TRANSLATE_NOOP("ReportsPage", "Accountability report (for the supervisor to sign)"),
        QT_TRANSLATE_NOOP("ReportsPage", "Accountability report")),
    "advisor": (QT_TRANSLATE_NOOP("ReportsPage", "Advisor report (one advisor's practice)"),
                QT_TRANSLATE_NOOP("ReportsPage", "Advisor report")),
    "escalation_record": (
        QT_TRANSLATE_NOOP("ReportsPage", "Escalation record (one escalation, in full)"),
        QT_TRANSLATE_NOOP("ReportsPage", "Escalation record")),
}
MY_ADVISOR_REPORT = QT_TRANSLATE_NOOP("ReportsPage", "My advisor report")
PERIODS = (("this_month", QT_TRANSLATE_NOOP("ReportsPage", "This month")),
           ("last_month", QT_TRANSLATE_NOOP("ReportsPage", "Last month")),
           ("custom", QT_TRANSLATE_NOOP("ReportsPage", "Custom range")))
#: How a report takes its records (docs/reports-as-at.md): key -> label in the chooser.
AS_AT = (("end", QT_TRANSLATE_NOOP("ReportsPage", "As they stood at the end of the period")),
         ("today", QT_TRANSLATE_NOOP("ReportsPage", "As they are today (with later changes)")))
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "ReportsPage", "Your role cannot produce reports. Ask your coordinator or supervisor.")
CANCELLED = QT_TRANSLATE_NOOP("ReportsPage", "Cancelled; no report was made.")



def period(choice: str, today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    if choice == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


def allowed_kinds(ws: Any) -> list[str]:
    """Who may make operational reports makes every kind; an advisor only their own."""
    if ws.can(Action.CREATE, Resource.REPORTS, operational=True):
        return list(KINDS)
    if ws.can(Action.CREATE, Resource.REPORTS, owns=True):
        return ["advisor"]
    return []


def escalation_text(row: Any, tz: Any) -> str:
    """``PS-0048 · Moderate · Open · raised 01 Nov 2026``."""
    raised = labels.to_dt(row.raised_at)
    day = labels.day(raised.astimezone(tz)) if raised is not None else ""
    return " · ".join((row.advisee_code or "?", labels.label(labels.LEVELS, row.level),
                       labels.label(labels.STATES, row.state),
                       fill(translate("ReportsPage", "raised %1"), day)))


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _choices(ws: Any, mine_only: bool, with_escalations: bool) -> dict[str, Any]:
    """Runs on the worker: the advisors and escalations the choosers offer."""
    me = ws.actor.member_id
    members = ws.members.all()
    advisors = sorted(((m.id, m.display_name, m.active) for m in members
                       if "advisor" in {str(getattr(r, "value", r)) for r in m.roles}
                       and (m.id == me or not mine_only)),
                      key=lambda a: (not a[2], a[1].casefold()))
    rows = ws.escalations.rows(limit=500) if with_escalations else []
    return {"advisors": advisors, "escalations": rows}


#: The reports form's greatest width, in average characters of the UI font.
FORM_CHARS = 72


class ReportsPage(Page):
    name = "reports"
    title = "Reports"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task | None = None
        self.preview: ReportPreviewDialog | None = None
        self.message = message_line(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Report kind"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, text in PERIODS:
            self.period.addItem(self.tr(text), key)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        # Month names in the interface's language (Qt's locale for it; digits stay Latin)
        # and the format a translator chose for it.
        locale = QLocale(language.current())
        for d, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            d.setCalendarPopup(True)
            d.setLocale(locale)
            d.setDisplayFormat(self.tr("dd MMM yyyy", "Qt's date format of the period's days"))
            d.setAccessibleName(name)
        self.advisor = QComboBox(self)
        self.advisor.setAccessibleName(self.tr("Advisor"))
        self.escalation = QComboBox(self)
        self.escalation.setAccessibleName(self.tr("Escalation"))
        self.escalation.setMinimumContentsLength(40)
        self.as_at = QComboBox(self)
        self.as_at.setAccessibleName(self.tr("Records as at"))
        for key, text in AS_AT:
            self.as_at.addItem(self.tr(text), key)
        self.as_at.setToolTip(self.tr("A report for a past period prints the same on any "
                                      "later day unless you choose today; page 1 says which."))
        self.redacted = QCheckBox(self.tr("Redact member names"), self)
        self.redacted.setToolTip(self.tr("Members appear by initials or role instead of by "
                                         "name."))
        self.create_button = QPushButton(self.tr("Create report"), self)
        self.create_button.setObjectName("primaryButton")
        self.create_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.hide()
        for d in (self.start, self.end):  # as wide as a date, not as the form
            d.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Report"), self.kind)
        self.form.addRow(self.tr("Period"), self.period)
        self.form.addRow(self.tr("From", "the first day of a report's period"), self.start)
        self.form.addRow(self.tr("To", "the last day of a report's period"), self.end)
        self.form.addRow(self.tr("Records"), self.as_at)
        self.form.addRow(self.tr("Advisor"), self.advisor)
        self.form.addRow(self.tr("Escalation"), self.escalation)
        self.form.addRow("", self.redacted)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.shown_title(), self))
        layout.addWidget(subtitle(self.tr("Every report is registered with its fingerprint, "
                                          "so a printed copy can be checked later."), self))
        layout.addWidget(self.message)
        self.form_box = QWidget(self)
        self.form_box.setLayout(self.form)
        # A readable line's width (about 70 characters at any scale), not the window's.
        self.form_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * FORM_CHARS)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_box)
        layout.addLayout(button_row(self.create_button, self.cancel_button))
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.advisor.currentIndexChanged.connect(self._update_create)
        self.escalation.currentIndexChanged.connect(self._update_create)

    # -- loading -----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        show_message(self.message, "")
        self.kind.clear()
        kinds = allowed_kinds(ws)
        mine_only = kinds == ["advisor"]
        for key in kinds:
            self.kind.addItem(self.tr(MY_ADVISOR_REPORT if mine_only else KINDS[key][0]), key)
        self.period.setCurrentIndex(0)
        self.as_at.setCurrentIndex(0)
        self._period_changed()
        self._kind_changed()
        if not kinds:
            show_message(self.message, self.tr(NOT_ALLOWED), error=False)
        else:
            self._load_choices()
        self._update_create()

    def _load_choices(self) -> None:
        ws = self.ws
        kinds = [self.kind.itemData(i) for i in range(self.kind.count())]
        task = self.ctx.run(_choices, ws, kinds == ["advisor"],
                            "escalation_record" in kinds,
                            label=self.tr("Loading report choices…"))
        task.succeeded.connect(self._choices_loaded)
        task.failed.connect(self._show_error)

    def _choices_loaded(self, found: dict[str, Any]) -> None:
        if self.ws is None:
            return
        chosen_advisor = self.advisor.currentData()
        chosen_escalation = self.escalation.currentData()
        self.advisor.clear()
        for member_id, name, active in found["advisors"]:
            self.advisor.addItem(name if active else fill(self.tr("%1 (inactive)"), name),
                                 member_id)
        self.advisor.setEnabled(self.kind.currentData() == "advisor"
                                and self.advisor.count() > 1)
        self.escalation.clear()
        tz = labels.tz_of(self.ws)
        for row in found["escalations"]:
            self.escalation.addItem(escalation_text(row, tz), row.id)
        if not found["escalations"]:
            self.escalation.setPlaceholderText(self.tr("No escalations recorded"))
        for box, data in ((self.advisor, chosen_advisor), (self.escalation, chosen_escalation)):
            at = box.findData(data)
            if at >= 0:
                box.setCurrentIndex(at)
        self._kind_changed()

    def refresh(self, change: Any) -> None:
        kind = getattr(change, "kind", "")
        if self.ws is not None and self.kind.count() and kind in ("member", "escalation"):
            self._load_choices()

    # -- the form ----------------------------------------------------------------------
    def _today(self) -> date:
        return labels.now_of(self.ws).astimezone(labels.tz_of(self.ws)).date()

    def _period_changed(self) -> None:
        choice = self.period.currentData()
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if self.ws is not None and not custom:  # a custom range starts from the last one
            a, b = period(choice, self._today())
            self.start.setDate(_to_qdate(a))
            self.end.setDate(_to_qdate(b))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        record = kind == "escalation_record"
        for widget in (self.period, self.start, self.end, self.as_at):
            self.form.setRowVisible(widget, not record)
        self.form.setRowVisible(self.advisor, kind == "advisor")
        self.form.setRowVisible(self.escalation, record)
        self.form.setRowVisible(self.redacted, not record)
        self.advisor.setEnabled(self.advisor.count() > 1)
        self._update_create()

    def _update_create(self) -> None:
        kind = self.kind.currentData()
        ready = self.ws is not None and self.task is None and kind is not None
        if kind == "advisor":
            ready = ready and self.advisor.currentData() is not None
        elif kind == "escalation_record":
            ready = ready and self.escalation.currentData() is not None
        self.create_button.setEnabled(ready)

    def _dates(self) -> tuple[date, date]:
        return _to_date(self.start.date()), _to_date(self.end.date())

    # -- making the report -------------------------------------------------------------
    def build(self) -> Task | None:
        reports = self.ws.reports
        kind = self.kind.currentData()
        start, end = self._dates()
        if kind != "escalation_record" and end < start:
            show_message(self.message, self.tr("The period must end on or after its first day."))
            return None
        show_message(self.message, "")
        redacted = self.redacted.isChecked()
        today = self.as_at.currentData() == "today"
        advisor_id = self.advisor.currentData()
        escalation_id = self.escalation.currentData()
        name = self.tr(KINDS[kind][1])
        if kind == "advisor":
            title = fill(self.tr("%1: %2, %3", "report, advisor, period"), name,
                         self.advisor.currentText(), self._span(start, end))
        elif kind == "escalation_record":
            title = fill(self.tr("%1: %2", "report, escalation"), name,
                         self.escalation.currentText())
        else:
            title = fill(self.tr("%1, %2", "report, period"), name, self._span(start, end))

        def run(token: CancelToken) -> Any:
            def progress(done: int, total: int = 0, text: str = "") -> None:
                token.report(done, total, text)  # raises Cancelled once Cancel is pressed

            def should_cancel() -> bool:
                return token.cancelled

            calls = {"progress": progress, "should_cancel": should_cancel}
            if kind == "escalation_record":
                return reports.escalation_record(escalation_id, **calls)
            if kind == "advisor":
                return reports.advisor(advisor_id, start, end, redacted=redacted,
                                       as_at_today=today, **calls)
            return reports.accountability(start, end, redacted=redacted, as_at_today=today,
                                          **calls)

        task = self.ctx.worker.submit(run, label=self.tr("Creating the report…"),
                                      cancellable=True)
        self.task = task
        self._busy(True)
        task.progress.connect(self._progress)
        task.succeeded.connect(lambda issued: self._built(issued, kind, title, start, end))
        task.failed.connect(self._show_error)
        task.abandoned.connect(self._abandoned)
        task.finished.connect(self._finished)
        return task

    @staticmethod
    def _span(start: date, end: date) -> str:
        return f"{labels.day(start)} – {labels.day(end)}"

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.task is None or self.task.token.cancelled:
            return
        if total and done >= total:  # every part is drawn; the pages are being laid out
            self.progress.setRange(0, 0)
            self.progress.setFormat(text or self.tr("Laying out the pages…"))
            return
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.setFormat(text or (self.tr("Drawing the report… %p%") if total else ""))

    def cancel(self) -> None:
        if self.task is None:
            return
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping…"))
        show_message(self.message, self.tr(CANCELLED), error=False)

    def _abandoned(self, issued: Any) -> None:
        # Cancel came after the PDF was finished: it is registered; say so honestly.
        show_message(self.message, fill(
            self.tr("Cancel came too late: the report was already made and registered as "
                    "%1. It was not opened."), getattr(issued, "report_id", "?")), error=False)

    def _show_error(self, text: str) -> None:
        show_message(self.message, text)

    def _finished(self) -> None:
        self.task = None
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.kind.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Gathering the figures…"))
        self._update_create()

    def _built(self, issued: Any, kind: str, title: str, start: date, end: date) -> None:
        if self.ws is None:
            return
        if kind == "escalation_record":
            name = f"escalation-record-{issued.report_id}.pdf"
        else:
            name = (f"{kind.replace('_', '-')}-{start.isoformat()}-{end.isoformat()}-"
                    f"{issued.report_id}.pdf")
        if self.preview is not None:
            self.preview.clear()
            self.preview.reject()
        self.preview = ReportPreviewDialog(issued, title, name, self)
        self.preview.open()

    def clear(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.preview is not None:
            self.preview.clear()
            self.preview.reject()
            self.preview = None
        self.kind.clear()
        self.advisor.clear()
        self.escalation.clear()
        show_message(self.message, "")
        super().clear()


PAGE = ReportsPage
