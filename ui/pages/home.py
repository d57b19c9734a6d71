"""Home: what needs this person today, in one section per kind of work, by role.

On load (and after any write) the page asks ``ws.queues.today()`` off the GUI thread and
fills each section with ``set_items(section_key, [(id, label), ...], total)``: overdue
escalations first and in red, then escalations in progress, resolved ones not closed yet,
supervision requests (urgent first), an advisor's reflections still to write and their
supervision actions due or overdue, agreements needing attention, follow-ups and
advisees with no recent contact. Activating an item opens the right page and record
(``item_activated(section_key, id)`` is emitted too). Nothing waiting: a calm sentence.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.drift import review_alert
from ui import labels
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.pages import ADVISOR, COORDINATOR, SUPERVISOR, drift_words, page_title
from ui.pages.base import Page
from ui.translated import fill, number, translate
from ui.widgets.exchange_alerts import HomeExchangeAlerts
from ui.widgets.plain_text import plain_label, set_plain

#: English; shown translated in the "HomePage" context.
EMPTY_TODAY = QT_TRANSLATE_NOOP("HomePage",
                                "Nothing needs you today. Thank you — rest well.")
EMPTY_SECTION = QT_TRANSLATE_NOOP("HomePage", "Nothing waiting.")



@dataclass(frozen=True)
class Section:
    key: str
    title: str
    roles: frozenset[str]


#: In display order: overdue escalations first (docs/domain.md: shown everywhere, in red).
_ALL = frozenset({COORDINATOR, ADVISOR, SUPERVISOR})
SECTIONS: tuple[Section, ...] = (
    Section("overdue",
            QT_TRANSLATE_NOOP("HomePage", "Overdue escalations — not acknowledged in time"),
            _ALL),
    Section("open_escalations",
            QT_TRANSLATE_NOOP("HomePage", "Escalations in progress"),
            _ALL),
    Section("resolved_escalations",
            QT_TRANSLATE_NOOP("HomePage", "Resolved escalations, not closed yet"),
            _ALL),
    Section("supervision_queue",
            QT_TRANSLATE_NOOP("HomePage", "Supervision requests (urgent first)"),
            frozenset({SUPERVISOR})),
    Section("reflections_due",
            QT_TRANSLATE_NOOP("HomePage", "Reflections still to write"),
            frozenset({ADVISOR})),
    Section("actions",
            QT_TRANSLATE_NOOP("HomePage", "Your supervision actions, due or overdue"),
            frozenset({ADVISOR})),
    Section("agreements_review",
            QT_TRANSLATE_NOOP("HomePage", "Agreements needing attention"),
            _ALL),
    Section("follow_ups",
            QT_TRANSLATE_NOOP("HomePage", "Follow-ups due"),
            _ALL),
    Section("no_contact",
            QT_TRANSLATE_NOOP("HomePage", "Advisees with no recent contact"),
            frozenset({ADVISOR, COORDINATOR})),
)

#: Which page opens an item of a section (and ``open_record(id)`` on it, if it has one).
SECTION_PAGES = {
    "overdue": "escalations", "open_escalations": "escalations",
    "resolved_escalations": "escalations",
    "supervision_queue": "reflections", "reflections_due": "sessions",
    "actions": "supervision", "agreements_review": "agreements",
    "follow_ups": "sessions", "no_contact": "advisees",
}

#: At most this many items show in a section; the rest are one click away on their page,
#: so each section is as tall as its rows and only the page scrolls.
SECTION_ROWS = 8


class _SectionView(QFrame):
    """A heading with a count, a short list of items (plain text), an empty-state line and,
    when there are more than fit, a button to see them all on their page."""

    #: ``show_all(section_key)``: the person asked for the whole list.
    show_all = Signal(str)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("homeSection")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading = QLabel(translate("HomePage", section.title), self)
        self.heading.setObjectName("sectionHeader")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(translate("HomePage", EMPTY_SECTION), self)
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStringListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(translate("HomePage", section.title))
        if section.key == "overdue":
            self.list.setObjectName("overdueList")
        self.list.hide()
        self.more = QPushButton(self)
        self.more.setFlat(True)
        self.more.hide()
        self.more.clicked.connect(lambda: self.show_all.emit(section.key))
        self.ids: list[Hashable] = []
        self.total = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def set_items(self, items: Sequence[tuple[Hashable, str]], total: int | None = None) -> None:
        self.total = len(items) if total is None else max(total, len(items))
        items = items[:SECTION_ROWS]
        self.ids = [id_ for id_, _ in items]
        self.model.setStringList([label for _, label in items])
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        title = translate("HomePage", self.section.title)
        with_count = translate("HomePage", "%1 (%2)", "a section's heading and how many it holds")
        self.heading.setText(fill(with_count, title, number(self.total)) if self.total else title)
        urgent = self.section.key == "overdue" and bool(items)
        self.heading.setObjectName("sectionHeaderUrgent" if urgent else "sectionHeader")
        self.heading.style().unpolish(self.heading)
        self.heading.style().polish(self.heading)
        if urgent:
            from ui.models.rows_model import overdue_colour

            self.list.setStyleSheet(f"color: {overdue_colour().name()}; font-weight: 600;")
        if items:
            self.list.setFixedHeight(
                self.list.sizeHintForRow(0) * len(items) + 2 * self.list.frameWidth() + 2
            )
        hidden = self.total - len(items)
        page = SECTION_PAGES.get(self.section.key, "")
        self.more.setText(fill(translate("HomePage", "%1 more… show all on the %2 page"),
                               number(hidden), page_title(page)))
        self.more.setVisible(hidden > 0 and bool(page))
        # Only sections with something in them, plus overdue, take space on a calm day.
        self.setVisible(bool(items))


class HomePage(Page):
    name = "home"
    title = "Home"

    #: ``item_activated(section_key, record_id)`` when a person opens an item.
    item_activated = Signal(str, object)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.group_label = plain_label("", self, wrap=False)
        self.group_label.setObjectName("pageTitle")
        self.who_label = plain_label("", self)
        self.who_label.setObjectName("pageSubtitle")
        self.today_label = QLabel(self.tr(EMPTY_TODAY), self)
        self.today_label.setObjectName("emptyBanner")
        self.today_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorBanner")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.group_label)
        layout.addWidget(self.who_label)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.problem)
        self.exchange_alerts = HomeExchangeAlerts(ctx, self)
        self.exchange_alerts.open_page.connect(self.open_exchange)
        layout.addWidget(self.exchange_alerts)
        layout.addWidget(self.today_label)
        layout.addWidget(scroll, 1)
        self.sections: dict[str, _SectionView] = {}
        #: The sections show what the queues said (False until the first answer arrives).
        self.filled = False
        self.item_activated.connect(self.open_item)

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        actor = ws.actor
        set_plain(self.group_label, ws.group_name)
        roles = ", ".join(labels.label(labels.ROLE_LABELS, r) for r in sorted(actor.roles))
        who = f"{actor.display_name} · {roles}" if roles else actor.display_name
        set_plain(self.who_label, who)
        self._build_sections(actor.roles)
        self.exchange_alerts.load(ws)
        self.reload()

    def refresh(self, change: Any) -> None:
        self.exchange_alerts.reload()
        self.reload()

    def clear(self) -> None:
        for view in self.sections.values():
            view.setParent(None)
            view.deleteLater()
        self.sections.clear()
        self.exchange_alerts.clear()
        self.group_label.clear()
        self.who_label.clear()
        self.problem.hide()
        self.today_label.show()
        self.filled = False
        super().clear()

    # -- filling -------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the queue service what needs this person today (off the GUI thread)."""
        ws = self.ws
        if ws is None:
            return
        if not any(v.ids for v in self.sections.values()):
            self.today_label.setText(self.tr("Looking at what needs you…"))
        self.ctx.run(_today, ws, label=self.tr("Looking at what needs you…")).then(
            self._show_today, self._show_problem)

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _show_today(self, found: dict[str, tuple[list[tuple[Hashable, str]], int]]) -> None:
        if self.ws is None:
            return
        self.problem.hide()
        self.today_label.setText(self.tr(EMPTY_TODAY))
        for key, (items, total) in found.items():
            self.set_items(key, items, total)
        self.filled = True

    def set_items(self, section_key: str, items: Sequence[tuple[Hashable, str]],
                  total: int | None = None) -> None:
        """Show these (id, label) items under a section; labels are plain text."""
        view = self.sections.get(section_key)
        if view is None:
            return  # not a section for this person's roles
        view.set_items(items, total)
        self.today_label.setVisible(not any(v.ids for v in self.sections.values()))

    def _build_sections(self, roles: frozenset[str]) -> None:
        for view in self.sections.values():
            view.setParent(None)
            view.deleteLater()
        self.sections.clear()
        for section in SECTIONS:
            if section.roles & roles:
                view = _SectionView(section, self._body)
                view.list.activated.connect(
                    lambda index, key=section.key: self._activated(key, index)
                )
                view.show_all.connect(lambda key: self.open_item(key, None))
                self._body_layout.insertWidget(self._body_layout.count() - 1, view)
                self.sections[section.key] = view
        self.today_label.show()

    def _activated(self, key: str, index: QModelIndex) -> None:
        view = self.sections.get(key)
        if view is not None and 0 <= index.row() < len(view.ids):
            self.item_activated.emit(key, view.ids[index.row()])

    def open_item(self, key: str, record_id: Any) -> None:
        """Go to the page for this section and open the record there, if it can."""
        page_name = SECTION_PAGES.get(key)
        window = self.window()
        show_page = getattr(window, "show_page", None)
        pages = getattr(window, "pages", {})
        if page_name is None or show_page is None or page_name not in pages:
            return
        page = show_page(page_name)
        opener = getattr(page, "open_record", None)
        if callable(opener) and record_id:
            opener(record_id)

    def open_exchange(self, target: str) -> None:
        """The Exchange page, or its decisions ("decisions")."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is None or "exchange" not in getattr(window, "pages", {}):
            return
        page = show_page("exchange")
        if target == "decisions":
            page.open_decisions()


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _today(ws: Any) -> dict[str, tuple[list[tuple[Hashable, str]], int]]:
    """Read the queues and turn them into (id, label) lists, on the worker thread."""
    tz = labels.tz_of(ws)
    now = labels.now_of(ws)
    q = ws.queues.today(limit=50)
    counts = q.counts
    names = ws.members.names()
    #: A name the vault no longer knows (a removed member) reads as this.
    someone = translate("HomePage", "advisor", "in place of a name the vault no longer has")
    out: dict[str, tuple[list[tuple[Hashable, str]], int]] = {}

    def esc_label(r: Any) -> str:
        level = labels.label(labels.LEVELS, r.level)
        state = labels.label(labels.STATES, r.state)
        raised = labels.when(r.raised_at, tz)
        if r.state == "open" and not r.acknowledged_at:
            return fill(translate("HomePage", "%1 · %2 · %3 · raised %4 · acknowledgement %5"),
                        r.advisee_code, level, state, raised, labels.due_in(r.ack_due, now))
        return fill(translate("HomePage", "%1 · %2 · %3 · raised %4"), r.advisee_code, level,
                    state, raised)

    overdue_ids = {r.id for r in q.overdue_escalations}
    out["overdue"] = ([(r.id, esc_label(r)) for r in q.overdue_escalations],
                      counts.get("overdue_escalations", 0))
    open_rows = [r for r in q.open_escalations if r.id not in overdue_ids]
    out["open_escalations"] = (
        [(r.id, esc_label(r)) for r in open_rows],
        max(0, counts.get("open_escalations", 0) - counts.get("overdue_escalations", 0)))
    out["resolved_escalations"] = ([(r.id, esc_label(r)) for r in q.resolved_escalations],
                                   counts.get("resolved_escalations", 0))
    requests = sorted(q.supervision_requests, key=lambda r: 0 if r.request == "urgent" else 1)
    out["supervision_queue"] = (
        [(r.reflection_id, fill(translate("HomePage", "%1 · %2 · %3 · written %4"),
                                labels.label(labels.REQUEST_LABELS, r.request).upper(),
                                names.get(r.author_id, someone), r.advisee_code,
                                labels.when(r.written_at, tz))) for r in requests],
        counts.get("supervision_requests", 0))
    out["reflections_due"] = (
        [(r.session_id, fill(translate("HomePage", "%1 · session on %2"), r.advisee_code,
                             labels.when(r.start, tz)))
         for r in q.reflections_owed], counts.get("reflections_owed", 0))
    agreement_text = []
    today = now.astimezone(tz).date()
    for r in q.agreements:
        why = []
        review = review_alert(_iso_date(r.review_date), today) if r.past_review else None
        if review is not None:
            why.append(fill(translate("HomePage", "%1 (due %2)"), drift_words.headline(review),
                            labels.day(r.review_date)))
        if r.unacknowledged:
            why.append(translate("HomePage", "not acknowledged yet"))
        status = (translate("HomePage", "; ").join(why)
                  or labels.label(labels.AGREEMENT_STATUS, r.status))
        agreement_text.append((r.agreement_id, fill(
            translate("HomePage", "%1 · %2 · %3"), r.advisee_code,
            names.get(r.advisor_id, someone), status)))
    out["agreements_review"] = (agreement_text, counts.get("agreements", 0))
    out["follow_ups"] = (
        [(r.session_id, fill(translate("HomePage", "%1 · follow up by %2 · %3"), r.advisee_code,
                             labels.day(r.follow_up), names.get(r.advisor_id, someone)))
         for r in q.follow_ups],
        counts.get("follow_ups", 0))
    out["no_contact"] = (
        [(r.advisee_id, fill(translate("HomePage", "%1 · last contact %2"), r.advisee_code,
                             labels.day(r.last_contact)) if r.last_contact else
          fill(translate("HomePage", "%1 · never contacted"), r.advisee_code))
         for r in q.no_contact], counts.get("no_contact", 0))
    if "advisor" in ws.actor.roles:
        supervision = ws.supervision
        due = supervision.actions_due()
        action_due = translate("HomePage", "%1 · %2", "an action and when it is due")
        out["actions"] = ([(a.note_id, fill(action_due, a.text,
                                            labels.action_due_words(a.due, today)))
                           for a in due], len(due))
    return out


PAGE = HomePage
