"""Audit log (coordinator, supervisor): recorded actions, newest first, loaded a page at a
time; filters by member, kind of action and period; the opening and locking of the vault
folded into one line ("Opened 14 times in the last 7 days") unless asked for one by one;
each record named by what it is. "Verify" checks the database, the audit chain and the
key slots off-thread."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from peerdesk.domain.permissions import Action, Resource
from peerdesk.services.audit import AuditQuery
from ui import labels
from ui.language import QT_TRANSLATE_NOOP
from ui.models.lazy_table import Column
from ui.models.rows_model import PagedTableModel
from ui.page_context import PageContext
from ui.pages import audit_words
from ui.pages.base import Page
from ui.translated import counted, fill, number, translate
from ui.widgets.column_fit import fit_columns, moment_samples
from ui.widgets.list_scaffold import (
    button_row,
    heading,
    message_line,
    record_table,
    show_message,
    subtitle,
)
from ui.widgets.plain_text import NoteView

#: (key, English words shown in the "AuditPage" context, days back from now; None: no
#: limit).
PERIODS: tuple[tuple[str, str, int | None], ...] = (
    ("all", QT_TRANSLATE_NOOP("AuditPage", "All time"), None),
    ("today", QT_TRANSLATE_NOOP("AuditPage", "Last 24 hours"), 1),
    ("week", QT_TRANSLATE_NOOP("AuditPage", "Last 7 days"), 7),
    ("month", QT_TRANSLATE_NOOP("AuditPage", "Last 30 days"), 30),
    ("year", QT_TRANSLATE_NOOP("AuditPage", "Last 12 months"), 365))

#: How the folded openings line names each period ("Opened 14 times in the last 7 days").
PERIOD_PHRASES = {
    "all": QT_TRANSLATE_NOOP("AuditPage", "in all"),
    "today": QT_TRANSLATE_NOOP("AuditPage", "in the last 24 hours"),
    "week": QT_TRANSLATE_NOOP("AuditPage", "in the last 7 days"),
    "month": QT_TRANSLATE_NOOP("AuditPage", "in the last 30 days"),
    "year": QT_TRANSLATE_NOOP("AuditPage", "in the last 12 months"),
}



def openings_text(openings: Any, period_key: str) -> str:
    """"Opened 14 times in the last 7 days (Asha 9, Sunil 5)." in the interface's
    language, from the service's counts (its own sentence is English only)."""
    phrase = translate("AuditPage", PERIOD_PHRASES.get(period_key, PERIOD_PHRASES["all"]))
    if not openings.total:
        return fill(translate("AuditPage", "Not opened %1."), phrase)
    who = ", ".join(f"{audit_words.actor_words(name)} {number(n)}"
                    for name, n in openings.by_member)
    times = counted(openings.total, translate("AuditPage", "1 time"),
                    translate("AuditPage", "%1 times"))
    return fill(translate("AuditPage", "Opened %1 %2 (%3)."), times, phrase, who)


def _filters(ws: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    names = ws.members.names()
    members = sorted(names.items(), key=lambda t: (t[1].casefold(), t[0]))
    return members, ws.audit.kinds()


def _counts(ws: Any, query: AuditQuery) -> tuple[int, Any]:
    audit = ws.audit
    return audit.count(query), audit.openings(query)


def audit_samples(total: int, names: list[str]) -> dict[int, list[str]]:
    """The widest typical content of each column of the audit log."""
    return {0: [f"{total:,}"], 1: moment_samples(lambda t: labels.when(t, UTC)),
            2: ["Recovery key", "a removed account", *names],
            3: [audit_words.action_words(a) for a in audit_words.ACTIONS]}


class AuditPage(Page):
    name = "audit"
    title = "Audit log"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading(self.shown_title(), self)
        self.summary = subtitle("", self)
        self.message = message_line(self)
        self.verify_button = QPushButton(self.tr("Verify the vault"), self)
        self.verify_button.setToolTip(self.tr("Checks the database, the audit chain and the "
                                              "logins. Takes a few seconds on a large vault."))
        self.verify_button.clicked.connect(self.verify)
        self.result = NoteView("", self)
        self.result.setAccessibleName(self.tr("Verification result"))
        self.result.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.result.hide()
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Member"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of action"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for key, words, _days in PERIODS:
            self.period.addItem(self.tr(words), key)
        self.each_sign_in = QCheckBox(self.tr("Show each opening and locking"), self)
        self.openings = subtitle("", self)
        self.openings.setAccessibleName(self.tr("Openings of the vault"))
        self._reset_filters()
        for combo in (self.member, self.kind, self.period):
            combo.currentIndexChanged.connect(self.reload)
        self.each_sign_in.toggled.connect(self.reload)
        self.query = AuditQuery()
        self._names: list[str] = []
        self._tz = labels.tz_of(None)
        self.model = PagedTableModel([
            Column(self.tr("#", "the number of an audit entry"), lambda r: r.seq),
            Column(self.tr("When"), lambda r: labels.when(r.at, self._tz)),
            Column(self.tr("Who"), lambda r: audit_words.actor_words(r.actor_name)),
            Column(self.tr("What"), lambda r: audit_words.action_words(r.action)),
            Column(self.tr("Record"), lambda r: audit_words.record_words(r.name)),
        ], self._page, ctx.worker, parent=self)
        self.view = record_table(self, None, self.tr("Audit events"), stretch_last=True)
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(button_row(
            QLabel(self.tr("Who:"), self), self.member, QLabel(self.tr("Kind:"), self), self.kind,
            QLabel(self.tr("When:"), self), self.period, self.each_sign_in, self.verify_button))
        layout.addWidget(self.openings)
        layout.addWidget(self.result)
        layout.addWidget(self.view, 1)

    def _page(self, offset: int, limit: int) -> list[Any]:
        ws, query = self.ws, self.query
        return [] if ws is None else ws.audit.recent(limit, offset, query)

    def _reset_filters(self) -> None:
        for combo, everyone in ((self.member, self.tr("Everyone")),
                                (self.kind, self.tr("Every kind"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            combo.blockSignals(False)
        for widget in (self.period, self.each_sign_in):
            widget.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.each_sign_in.setChecked(False)
        for widget in (self.period, self.each_sign_in):
            widget.blockSignals(False)

    def load(self, ws: Any) -> None:
        super().load(ws)
        self._tz = labels.tz_of(ws)
        self.verify_button.setVisible(ws.can(Action.VERIFY, Resource.AUDIT)
                                      or ws.can(Action.READ, Resource.AUDIT))
        self.ctx.run(_filters, ws, label=self.tr("Loading the audit log…")).then(
            self._fill_filters, lambda m: show_message(self.message, m))
        self.reload()

    def _fill_filters(self, found: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        members, kinds = found
        self._names = [name for _, name in members]
        kinds = [(key, audit_words.kind_words(key, words)) for key, words in kinds]
        for combo, items in ((self.member, members), (self.kind, kinds)):
            combo.blockSignals(True)
            for key, words in items:
                combo.addItem(words, key)
            combo.blockSignals(False)

    def refresh(self, change: Any) -> None:
        self.reload()

    def current_query(self) -> AuditQuery:
        """What the filter widgets ask for."""
        days = dict((k, d) for k, _w, d in PERIODS).get(self.period.currentData())
        since = None if days is None else labels.now_of(self.ws) - timedelta(days=days)
        return AuditQuery(member_id=self.member.currentData(), kind=self.kind.currentData(),
                          since=since, each_sign_in=self.each_sign_in.isChecked())

    def reload(self) -> None:
        if self.ws is None:
            return
        self.query = self.current_query()
        self.ctx.run(_counts, self.ws, self.query, label=self.tr("Loading the audit log…")).then(
            self._count, lambda m: show_message(self.message, m))

    def _count(self, found: tuple[int, Any]) -> None:
        total, openings = found
        self.model.set_total(total)
        filtered = (self.query.member_id or self.query.kind or self.query.since) is not None
        actions = (counted(total, self.tr("1 recorded action matches"),
                           self.tr("%1 recorded actions match")) if filtered else
                   counted(total, self.tr("1 recorded action"), self.tr("%1 recorded actions")))
        self.summary.setText(fill(
            self.tr("%1, newest first. Each one is chained to the one before, so a change or "
                    "a deletion shows up here."), actions))
        folded = not self.query.each_sign_in and self.query.kind in (None, "vault")
        self.openings.setText(fill(
            self.tr("%1 Each opening and locking is folded into this line."),
            openings_text(openings, str(self.period.currentData())))
            if folded and openings.total else "")
        self.openings.setVisible(folded and bool(openings.total))
        fit_columns(self.view, audit_samples(total, self._names))

    def verify(self) -> None:
        fn = self.ws.audit.verify
        self.verify_button.setEnabled(False)
        self.result.show()
        self.result.set_note(self.tr("Checking… (this can take a few seconds)"))
        self.ctx.run(fn, label=self.tr("Verifying the vault…")).then(self._verified,
                                                                      self._failed)

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        lines = list(report.lines()) if hasattr(report, "lines") else [str(report)]
        ok = bool(getattr(report, "ok", False))
        head = (self.tr("All checks passed: ok.") if ok else
                self.tr("PROBLEMS FOUND. Do not make changes; make a backup and ask for help."))
        self.result.set_note("\n".join([head, *lines]))
        show_message(self.message, "" if ok else head)

    def _failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.set_note(message)

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
        self.openings.clear()
        self._reset_filters()
        self.query = AuditQuery()
        self.result.set_note("")
        self.result.hide()
        show_message(self.message, "")
        super().clear()


PAGE = AuditPage
