"""Home: what needs this person today, in one section per role they hold.

The sections are empty until the queue services fill them: call
``home.set_items(section_key, [(id, label), ...])`` with the result of a queue query (run
through ``ctx.run``), and connect ``item_activated(section_key, id)`` to open the record.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.pages import ADVISOR, COORDINATOR, SUPERVISOR
from ui.pages.base import Page, PageContext
from ui.widgets.plain_text import plain_label, set_plain

EMPTY_TODAY = "Nothing needs you today."
EMPTY_SECTION = "Nothing waiting."


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    roles: frozenset[str]


#: In display order. Overdue escalations show for everyone (DESIGN §2: shown everywhere).
SECTIONS: tuple[Section, ...] = (
    Section("overdue", "Overdue escalations", frozenset({COORDINATOR, ADVISOR, SUPERVISOR})),
    Section("supervision_queue", "Supervision queue", frozenset({SUPERVISOR})),
    Section("reflections_due", "Reflections to write", frozenset({ADVISOR})),
    Section("follow_ups", "Follow-ups due", frozenset({ADVISOR, COORDINATOR})),
    Section("agreements_review", "Agreements due for review", frozenset({COORDINATOR, SUPERVISOR})),
    Section("actions", "Supervision actions for you", frozenset({ADVISOR})),
)

_ROLE_NAMES = {COORDINATOR: "Coordinator", ADVISOR: "Advisor", SUPERVISOR: "Supervisor"}


class _SectionView(QFrame):
    """A heading, a short list of items (plain text), and an empty-state line."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("homeSection")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.heading = QLabel(section.title, self)
        self.heading.setObjectName("sectionHeader")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = QLabel(EMPTY_SECTION, self)
        self.empty.setObjectName("emptyState")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStringListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(section.title)
        self.list.hide()
        self.ids: list[Hashable] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        self.ids = [id_ for id_, _ in items]
        self.model.setStringList([label for _, label in items])
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            rows = min(len(items), 8)
            self.list.setFixedHeight(
                self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 2
            )


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
        self.today_label = QLabel(EMPTY_TODAY, self)
        self.today_label.setObjectName("emptyBanner")
        self.today_label.setTextFormat(Qt.TextFormat.PlainText)

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
        layout.addWidget(self.today_label)
        layout.addWidget(scroll, 1)
        self.sections: dict[str, _SectionView] = {}

    # -- Page hooks ----------------------------------------------------------------------
    def load(self, ws: Any) -> None:
        super().load(ws)
        actor = ws.actor
        set_plain(self.group_label, ws.group_name)
        roles = ", ".join(_ROLE_NAMES.get(r, r) for r in sorted(actor.roles))
        who = f"{actor.display_name} · {roles}" if roles else actor.display_name
        set_plain(self.who_label, who)
        self._build_sections(actor.roles)

    def clear(self) -> None:
        for view in self.sections.values():
            view.setParent(None)
            view.deleteLater()
        self.sections.clear()
        self.group_label.clear()
        self.who_label.clear()
        self.today_label.show()
        super().clear()

    # -- filling -------------------------------------------------------------------------
    def set_items(self, section_key: str, items: Sequence[tuple[Hashable, str]]) -> None:
        """Show these (id, label) items under a section; labels are plain text."""
        view = self.sections.get(section_key)
        if view is None:
            return  # not a section for this person's roles
        view.set_items(items)
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
                self._body_layout.insertWidget(self._body_layout.count() - 1, view)
                self.sections[section.key] = view
        self.today_label.show()

    def _activated(self, key: str, index: QModelIndex) -> None:
        view = self.sections.get(key)
        if view is not None and 0 <= index.row() < len(view.ids):
            self.item_activated.emit(key, view.ids[index.row()])


PAGE = HomePage
