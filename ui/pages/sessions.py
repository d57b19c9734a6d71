"""Sessions: every session this person may see, newest first, filtered and searchable.

The list holds ids only (``ws.sessions.list_ids``) and loads rows a page at a time on the
worker (``ws.sessions.rows``), so 100,000 sessions stay quick. Sorting re-queries the vault.
The search box asks ``ws.search`` for sessions whose notes match and narrows the list to
them; a code like ``PS-0142`` narrows it to that advisee.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.permissions import Action, Resource
from peerdesk.domain.vocab import Channel, Role
from peerdesk.errors import NotFound, PermissionDenied
from peerdesk.services.sessions import SessionFilter
from ui import view_state as views
from ui.dialogs.session_form import NEW_SESSION_DRAFT, SessionDetailDialog, SessionFormDialog
from ui.drafts import DraftStore
from ui.labels import CHANNEL_LABELS, fmt_datetime, fmt_minutes, zone
from ui.language import QT_TRANSLATE_NOOP
from ui.models.sessions_model import SessionTableModel
from ui.page_context import PageContext
from ui.pages.base import Page
from ui.translated import counted, fill, number, translate
from ui.widgets import list_scaffold
from ui.widgets.column_fit import fit_columns, moment_samples
from ui.widgets.filter_row import FilterRow
from ui.widgets.plain_text import plain_label, set_plain

SEARCH_LIMIT = 500
_CODE = re.compile(r"^[A-Za-z]{2,4}-\d{3,}$")

#: (key, English words; shown translated in the "SessionsPage" context).
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("SessionsPage", "All time")),
    ("week", QT_TRANSLATE_NOOP("SessionsPage", "This week")),
    ("month", QT_TRANSLATE_NOOP("SessionsPage", "This month")),
    ("quarter", QT_TRANSLATE_NOOP("SessionsPage", "Last 3 months")),
    ("year", QT_TRANSLATE_NOOP("SessionsPage", "Last 12 months")),
)



def iso_utc(moment: datetime) -> str:
    """The vault's timestamp format, so string comparison in SQL is right."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def period_start(key: str, tz: tzinfo, now: datetime | None = None) -> str | None:
    """Where a quick period starts, as vault UTC text (None: all time)."""
    now = (now or datetime.now(UTC)).astimezone(tz)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if key == "week":
        start = midnight - timedelta(days=midnight.weekday())
    elif key == "month":
        start = midnight.replace(day=1)
    elif key == "quarter":
        start = midnight - timedelta(days=91)
    elif key == "year":
        start = midnight - timedelta(days=365)
    else:
        return None
    return iso_utc(start)


def query_session_ids(ws: Any, f: SessionFilter, order: str, descending: bool,
                      text: str) -> tuple[list[str], str]:
    """Ids for the list (worker side) and a note about the search, if any."""
    note = ""
    text = text.strip()
    if text:
        if _CODE.match(text):
            try:
                advisee = ws.advisees.by_code(text)
            except (NotFound, PermissionDenied):  # then search the text instead
                advisee = None
            if advisee is not None:
                f = replace(f, advisee_id=advisee.id)
                return ws.sessions.list_ids(f, order=order, descending=descending), fill(
                    translate("SessionsPage", "Sessions with %1."), advisee.code)
        hits = ws.search.search(text, limit=SEARCH_LIMIT)
        ids = tuple(dict.fromkeys(h.record_id for h in hits if h.kind == "session"))
        f = replace(f, ids=ids)
        if len(hits) >= SEARCH_LIMIT:
            note = fill(translate("SessionsPage", "Only the %1 best matches are searched; "
                                                  "add a word to narrow."),
                        number(SEARCH_LIMIT))
    return ws.sessions.list_ids(f, order=order, descending=descending), note


def load_advisors(ws: Any) -> list[tuple[str, str]]:
    return [(m.id, m.display_name) for m in ws.members.all(role=Role.ADVISOR)]


def session_samples(advisor_names: Sequence[str] = ()) -> dict[int, list[str]]:
    """The widest typical content of each column of the sessions list."""
    m = SessionTableModel
    return {
        m.COL_WHEN: moment_samples(lambda t: fmt_datetime(t, UTC)),
        m.COL_ADVISEE: ["PS-0000"],
        m.COL_ADVISOR: ["Gurpreet N.", *advisor_names],
        m.COL_CHANNEL: list(CHANNEL_LABELS.values()),
        m.COL_DURATION: [fmt_minutes(n) for n in (45, 105, 135)],
        m.COL_RISK: [translate("SessionsPage", "Risk noticed")],
        m.COL_REFLECTION: [translate("SessionsPage", "Written"),
                           translate("SessionsPage", "Not yet")],
    }


def sessions_table(parent: QWidget | None, model: SessionTableModel,
                   on_open: Any = None) -> QTableView:
    """The sessions list's table view (the benchmark measures this same view)."""
    table = list_scaffold.record_table(parent, model, translate("PageTitle", "Sessions"), on_open)
    table.setObjectName("sessionsTable")
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    table.setSortingEnabled(True)
    fit_columns(table, session_samples(), stretch=SessionTableModel.COL_THEMES)
    return table


class SessionsPage(Page):
    name = "sessions"
    title = "Sessions"

    #: Someone chose to open an escalation after logging a risky session.
    escalation_requested = Signal(str, str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz: tzinfo = UTC
        self.form: SessionFormDialog | None = None
        self.detail: SessionDetailDialog | None = None
        self.reflection_form: Any = None
        self._generation = 0
        self._order = ("start", True)
        self._loading = False
        self.last_note = ""

        self.new_button = list_scaffold.primary_button(
            self.tr("&New session"), self.tr("Log a session (Ctrl+N)"), self, self.new_session)
        top, self.count_label = list_scaffold.title_row(self, self.shown_title(), self.new_button)

        self.search, self._search_timer = list_scaffold.search_box(
            self, self.tr("Search notes, or type a code like PS-0142"),
            self.tr("Search sessions"), self.reload,
            delay_ms=400)
        # Narrow enough that the filter row fits a 1024-wide screen; wider ones give the
        # search box and the advisor list the room (their stretch factors below).
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        self.advisor_filter = QComboBox(self)
        self.advisor_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.advisor_filter.setMinimumContentsLength(12)  # long names: the list shows all
        self.advisor_filter.setAccessibleName(self.tr("Advisor"))
        self.advisor_filter.addItem(self.tr("All advisors"), None)
        self.period_filter = QComboBox(self)
        self.period_filter.setAccessibleName(self.tr("Period"))
        for key, text in PERIODS:
            self.period_filter.addItem(self.tr(text), key)
        self.channel_filter = QComboBox(self)
        self.channel_filter.setAccessibleName(self.tr("Channel"))
        self.channel_filter.addItem(self.tr("Any channel"), None)
        for channel in Channel:
            self.channel_filter.addItem(CHANNEL_LABELS[channel], channel.value)
        self.risk_filter = QCheckBox(self.tr("Risk noticed only"), self)
        for combo in (self.advisor_filter, self.period_filter, self.channel_filter):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        self.risk_filter.toggled.connect(lambda _: self.reload())
        filters = FilterRow(self)
        filters.add_group((self.search, 2))
        self.advisor_caption = self._caption(self.tr("Ad&visor"), self.advisor_filter)
        filters.add_group(self.advisor_caption, (self.advisor_filter, 1))
        filters.add_group(self._caption(self.tr("&Period"), self.period_filter),
                          self.period_filter)
        filters.add_group(self._caption(self.tr("&Channel"), self.channel_filter),
                          self.channel_filter)
        filters.add_group(self.risk_filter)
        self.filters = filters

        self.draft_banner = QWidget(self)
        banner_row = QHBoxLayout(self.draft_banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_text = plain_label(
            self.tr("A session you had not saved was kept when peerdesk locked."),
            self.draft_banner)
        banner_text.setObjectName("emptyBanner")
        resume = QPushButton(self.tr("Continue logging it"), self.draft_banner)
        resume.clicked.connect(self.new_session)
        banner_row.addWidget(banner_text, 1)
        banner_row.addWidget(resume)
        self.draft_banner.hide()

        self.model = SessionTableModel(self._fetch_rows, UTC, worker=ctx.worker, parent=self)
        self.model.load_failed.connect(self._show_error)
        self.table = sessions_table(self, self.model, self.open_session)
        self.table.sortByColumn(SessionTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.model.sort_requested.connect(self._sort)

        self.empty = list_scaffold.empty_state(self)
        self.error = list_scaffold.message_line(self)
        self.body = list_scaffold.table_or_empty(self, self.table, self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(filters)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)
        self.setFocusProxy(self.table)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def view_state(self) -> views.State:
        """The inputs (the default) and the order chosen by clicking a column's header."""
        state = super().view_state()
        header = self.table.horizontalHeader()
        state["@order"] = ("order", (self._order, header.sortIndicatorSection(),
                                     header.sortIndicatorOrder()))
        return state

    def restore_view_state(self, state: views.State) -> views.State:
        state = dict(state)
        order = state.pop("@order", None)
        if order is not None:
            self._order, column, direction = order[1]
            header = self.table.horizontalHeader()
            header.blockSignals(True)  # the order is already chosen: no re-query from here
            header.setSortIndicator(column, direction)
            header.blockSignals(False)
        return super().restore_view_state(state)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        return caption

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.model.tz = self.tz
        self.can_create = ws.can(Action.CREATE, Resource.SESSIONS, assigned=True)
        self.new_button.setVisible(self.can_create)
        sees_all = ws.can(Action.READ, Resource.SESSIONS)
        self.advisor_filter.setVisible(sees_all)
        self.advisor_caption.setVisible(sees_all)
        self.filters.rearrange()
        if sees_all:
            self.ctx.run(load_advisors, ws, label=self.tr("Loading advisors…")).then(
                self._advisors)
        self.draft_banner.setVisible(
            self.can_create and self.ctx.drafts.load_draft(NEW_SESSION_DRAFT) is not None)
        self.reload()

    def refresh(self, change: Any) -> None:
        if not self.loaded:
            return
        kind = getattr(change, "kind", "")
        if kind == "session":
            self.reload(keep=getattr(change, "id", None))
        elif kind in ("reflection", "advisee", "member"):
            self.model.invalidate()
            if kind == "member":
                self.ctx.run(load_advisors, self.ws).then(self._advisors)

    def stash_drafts(self, drafts: DraftStore) -> None:
        if self.form is not None:
            self.form.stash(drafts)
        if self.reflection_form is not None:
            self.reflection_form.stash(drafts)

    def clear(self) -> None:
        self._generation += 1
        for dialog in (self.form, self.reflection_form):
            if dialog is not None:
                dialog.close_for_lock()
        if self.detail is not None:
            self.detail.blockSignals(True)
            self.detail.close()
            self.detail.deleteLater()
        self.form = self.detail = self.reflection_form = None
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()
        self.advisor_filter.blockSignals(True)
        while self.advisor_filter.count() > 1:
            self.advisor_filter.removeItem(1)
        self.advisor_filter.blockSignals(False)
        self.count_label.clear()
        self.empty.clear()
        self.error.hide()
        self.draft_banner.hide()
        super().clear()

    # -- loading -------------------------------------------------------------------------
    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            advisor_id=self.advisor_filter.currentData(),
            start_from=period_start(str(self.period_filter.currentData()), self.tz),
            channel=self.channel_filter.currentData(),
            risk_only=self.risk_filter.isChecked(),
        )

    def filtered(self) -> bool:
        f = self.current_filter()
        return bool(f.advisor_id or f.start_from or f.channel or f.risk_only
                    or self.search.text().strip())

    def reload(self, keep: Any = None) -> None:
        """Ask the vault for the ids again (filters, search or order changed)."""
        if not self.loaded:
            return
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        current = keep or self.selected_id()
        self._loading = True
        set_plain(self.count_label, self.tr("Loading sessions…"))
        order, descending = self._order
        self.ctx.run(query_session_ids, self.ws, self.current_filter(), order, descending,
                     self.search.text(), label=self.tr("Loading sessions…")).then(
            lambda result: self._ids_arrived(generation, result, current),
            lambda message: self._ids_failed(generation, message))

    def _ids_arrived(self, generation: int, result: tuple[list[str], str], keep: Any) -> None:
        if generation != self._generation or not self.loaded:
            return
        ids, note = result
        self._loading = False
        self.last_note = note
        self.error.hide()
        self.model.set_ids(ids)
        count = len(ids)
        if self.filtered():
            text = counted(count, self.tr("1 session matches"), self.tr("%1 sessions match"))
        else:
            text = counted(count, self.tr("1 session"), self.tr("%1 sessions"))
        set_plain(self.count_label, fill(self.tr("%1. %2"), text, note) if note else text)
        if count:
            self.body.setCurrentWidget(self.table)
            row = self.model.row_of(keep) if keep else -1
            self.table.selectRow(max(row, 0))
            if row > 0:
                self.table.scrollTo(self.model.index(row, 0))
        else:
            if self.filtered():
                message = self.tr("No sessions match. Clear the search or choose “All time” "
                                  "and “All advisors” to see more.")
            elif self.can_create:
                message = self.tr("No sessions have been logged yet.\n"
                                  "Press Ctrl+N to log the first one.")
            else:
                message = self.tr("No sessions to show yet.")
            set_plain(self.empty, message)
            self.body.setCurrentWidget(self.empty)

    def _ids_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        set_plain(self.count_label, "")
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        set_plain(self.error, message)
        self.error.show()

    def _fetch_rows(self, ids: Any) -> Any:
        ws = self.ws
        if ws is None:
            return []
        return ws.sessions.rows(list(ids))

    def _advisors(self, advisors: list[tuple[str, str]]) -> None:
        if not self.loaded:
            return
        current = self.advisor_filter.currentData()
        self.advisor_filter.blockSignals(True)
        while self.advisor_filter.count() > 1:
            self.advisor_filter.removeItem(1)
        for id_, name in advisors:
            self.advisor_filter.addItem(name, id_)
        index = self.advisor_filter.findData(current) if current else 0
        self.advisor_filter.setCurrentIndex(max(index, 0))
        self.advisor_filter.blockSignals(False)
        fit_columns(self.table, session_samples([name for _, name in advisors]),
                    stretch=SessionTableModel.COL_THEMES)

    def _sort(self, key: str, descending: bool) -> None:
        self._order = (key, descending)
        self.reload()

    def selected_id(self) -> Any:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    # -- actions -------------------------------------------------------------------------
    def new_session(self, advisee_id: str | None = None) -> SessionFormDialog | None:
        if not self.loaded or not getattr(self, "can_create", False):
            return None
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        form = SessionFormDialog(self.ws, self.ctx, self, advisee_id=advisee_id or None)
        form.finished.connect(lambda _: self._form_closed(form))
        form.escalation_requested.connect(self.open_escalation)
        self.form = form
        self.draft_banner.hide()
        form.show()
        return form

    def _form_closed(self, form: SessionFormDialog) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()

    def open_session(self, session_id: Any) -> SessionDetailDialog | None:
        if not session_id or not self.loaded:
            return None
        if self.detail is not None:
            self.detail.close()
        detail = SessionDetailDialog(self.ws, self.ctx, str(session_id), self)
        detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        detail.destroyed.connect(lambda *_: self._detail_gone(detail))
        detail.reflection_requested.connect(self.open_reflection)
        self.detail = detail
        detail.show()
        return detail

    def _detail_gone(self, detail: Any) -> None:
        if self.detail is detail:
            self.detail = None

    def open_reflection(self, session_id: str, reflection_id: str) -> Any:
        from ui.dialogs.reflection_form import ReflectionFormDialog

        if self.reflection_form is not None:
            self.reflection_form.close_for_lock()
        form = ReflectionFormDialog(self.ws, self.ctx, session_id,
                                    reflection_id=reflection_id or None, parent=self)
        form.finished.connect(lambda _: self._reflection_closed(form))
        self.reflection_form = form
        form.show()
        return form

    def _reflection_closed(self, form: Any) -> None:
        if self.reflection_form is form:
            self.reflection_form = None
        form.deleteLater()

    def open_escalation(self, advisee_id: str, session_id: str) -> None:
        """Show the Escalations page (when this version has one) for this advisee."""
        self.escalation_requested.emit(advisee_id, session_id)
        window = self.window()
        pages = getattr(window, "pages", {})
        if "escalations" in pages and hasattr(window, "show_page"):
            page = window.show_page("escalations")
            open_form = getattr(page, "open_form", None)
            if callable(open_form) and getattr(page, "loaded", False):
                open_form(advisee_id=advisee_id)


PAGE = SessionsPage
