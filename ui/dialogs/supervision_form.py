"""A supervision note (supervisors): who, when, how; what it links to; what was discussed;
the part the advisor can read; actions; training needs; the next date.

The link pickers list the chosen advisors' recent reflections (urgent requests first, not
yet reviewed marked), sessions and escalations. Linking a reflection marks it reviewed
(the service does it in the same write). Unsaved text is kept as a draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.validate import validate_supervision_note
from ui import labels
from ui.dialogs.record_form import RecordForm
from ui.page_context import PageContext
from ui.translated import fill
from ui.widgets.choices import combo, note_edit, set_combo
from ui.widgets.optional_date import OptionalDateEdit

DRAFT_KEY = "supervision:new"
_RECENT_DAYS = 90
#: Narrower than this many average characters, the form shows one column.
_TWO_COLUMNS_CHARS = 140


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def load_links(ws: Any, advisor_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """Recent reflections (urgent first), sessions and escalations of these advisors."""
    tz = labels.tz_of(ws)
    out: dict[str, list[tuple[str, str]]] = {"reflections": [], "sessions": [],
                                            "escalations": []}
    reflections = ws.reflections
    order = {"urgent": 0, "routine": 1, "none": 2}
    rows = []
    for advisor in advisor_ids:
        ids = reflections.list_ids(_reflection_filter(advisor), limit=50)
        rows += reflections.rows(ids)
    rows.sort(key=lambda r: (r.reviewed_at is not None, order.get(r.supervision_request, 3),
                             r.created_at and -_ts(r.created_at)))
    not_reviewed = QCoreApplication.translate("SupervisionForm", "not yet reviewed")
    for r in rows:
        request = labels.label(labels.REQUEST_PHRASES, r.supervision_request)
        parts = [request, r.author_name, r.advisee_code, labels.when(r.session_start, tz)]
        out["reflections"].append((r.id, " · ".join(
            parts if r.reviewed_at else [*parts, not_reviewed])))
    sessions_svc = ws.sessions
    for advisor in advisor_ids:
        ids = sessions_svc.list_ids(_session_filter(advisor, ws), limit=30)
        for s in sessions_svc.rows(ids):
            channel = labels.label(labels.CHANNEL_LABELS, s.channel)
            out["sessions"].append((s.id, f"{labels.when(s.start, tz)} · {s.advisee_code} · "
                                          f"{s.advisor_name} · {channel}"))
    escalations = ws.escalations
    raised = QCoreApplication.translate("SupervisionForm", "raised %1")
    for e in escalations.rows(urgent_first=True, limit=200):
        out["escalations"].append((e.id, " · ".join([
            e.advisee_code, labels.label(labels.LEVELS, e.level),
            labels.label(labels.STATES, e.state), fill(raised, labels.when(e.raised_at, tz))])))
    return out


def _ts(iso: str) -> float:
    dt = labels.to_dt(iso)
    return dt.timestamp() if dt else 0.0


def _reflection_filter(advisor_id: str) -> Any:
    from peerdesk.services.reflections import ReflectionFilter

    return ReflectionFilter(author_id=advisor_id)


def _session_filter(advisor_id: str, ws: Any) -> Any:
    from peerdesk.services.sessions import SessionFilter

    since = labels.now_of(ws) - timedelta(days=_RECENT_DAYS)
    iso = since.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    return SessionFilter(advisor_id=advisor_id, start_from=iso)


class LinkList(QListWidget):
    """Checkable (id, label) items."""

    def set_items(self, items: list[tuple[str, str]], checked: set[str]) -> None:
        self.clear()
        for id_, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, id_)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if id_ in checked
                               else Qt.CheckState.Unchecked)
            self.addItem(item)

    def checked_ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def check(self, id_: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == id_:
                self.item(i).setCheckState(Qt.CheckState.Checked)


class SupervisionForm(RecordForm):
    draft_key = DRAFT_KEY

    def __init__(self, ctx: PageContext, ws: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, ws=ws, title=self.tr("Supervision note"))
        self.today = labels.now_of(ws).astimezone(labels.tz_of(ws)).date()
        self._names: dict[str, str] = {}
        self._pending_links: dict[str, set[str]] = {}
        self.advisor_holder = QWidget()
        self.advisor_layout = QVBoxLayout(self.advisor_holder)
        self.advisor_layout.setContentsMargins(0, 0, 0, 0)
        self.advisor_boxes: dict[str, QCheckBox] = {}
        self.add_field("advisor_ids", self.tr("&Advisor(s)"), self.advisor_holder,
                       hint=self.tr("One advisor for one-to-one; several for group supervision."))
        self.on = QDateEdit(_qdate(self.today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd MMM yyyy")
        self.add_field("on", self.tr("&Date"), self.on)
        self.format = combo(labels.FORMATS)
        self.add_field("format", self.tr("&Format"), self.format)
        self.reflections = LinkList()
        self.sessions = LinkList()
        self.escalations = LinkList()
        for lst in (self.reflections, self.sessions, self.escalations):
            lst.setMinimumHeight(lst.fontMetrics().lineSpacing() * 3)
            lst.setMaximumHeight(lst.fontMetrics().lineSpacing() * 6)
            lst.itemChanged.connect(self._edited)
        self.add_field("reflection_ids",
                       self.tr("&Reflections discussed (linking marks them reviewed)"),
                       self.reflections)
        self.add_field("session_ids", self.tr("&Sessions discussed"), self.sessions)
        self.add_field("escalation_ids", self.tr("&Escalations discussed"), self.escalations)
        self.discussion = note_edit(self.tr("What was discussed (only supervisors can read this)"),
                                    lines=5)
        self.add_field("discussion", self.tr("D&iscussion — private to supervisors"),
                       self.discussion)
        self.shared = note_edit(self.tr("What the advisor should take away"), lines=3)
        shared_field = self.add_field(
            "shared_summary", self.tr("S&hared summary — THE ADVISOR CAN READ THIS PART"),
            self.shared)
        shared_field.label.setObjectName("fieldLabel")
        self.action_table = QTableWidget(0, 4)
        self.action_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"),
                                                     self.tr("Due"), self.tr("Done")])
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.verticalHeader().hide()
        self.action_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() * 2 + 4)
        self.action_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.action_table.itemChanged.connect(self._edited)
        add = QPushButton(self.tr("Add action"))
        add.clicked.connect(lambda: self.add_action())
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.action_table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        row.addLayout(buttons)
        holder.setFocusProxy(self.action_table)
        self.add_field("actions", self.tr("A&ctions (the advisor sees these)"), holder)
        self.training = note_edit(self.tr("Training the advisor(s) would benefit from"), lines=2)
        self.add_field("training_needs", self.tr("&Training needs"), self.training)
        self.has_next = QCheckBox(self.tr("Set a date for the next supervision"))
        self.next_date = QDateEdit(self.on.date().addDays(28))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd MMM yyyy")
        self.next_date.setEnabled(False)
        self.has_next.toggled.connect(self.next_date.setEnabled)
        next_holder = QWidget()
        next_row = QHBoxLayout(next_holder)
        next_row.setContentsMargins(0, 0, 0, 0)
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_date)
        next_row.addStretch(1)
        next_holder.setFocusProxy(self.has_next)
        self.add_field("next_date", self.tr("&Next supervision"), next_holder)
        self.watch(self.has_next)
        self._lay_out()
        self._load_advisors()

    def _lay_out(self) -> None:
        """Who, when and what it links to on the left; what was said and agreed on the right
        (it gets most of the width); the whole scrolls only up and down."""
        for name in ("advisor_ids", "reflection_ids", "session_ids", "escalation_ids",
                     "discussion", "shared_summary", "actions", "training_needs"):
            self.widen(self.fields[name])
        body = QWidget()
        self._columns = self.field_columns(
            ("advisor_ids", "on", "format", "reflection_ids", "session_ids", "escalation_ids",
             "next_date"),
            (("discussion", 2), ("shared_summary", 1), ("actions", 2), ("training_needs", 1)),
            stretch=(1, 2), parent=body)
        self._columns.setContentsMargins(0, 0, 8, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.scrolling(body), 1)
        layout.addLayout(self.make_buttons(self.save_text))
        self.enter_moves_on([self.on, self.format, self.has_next, self.next_date])
        self.fit_to_screen(200, 48)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns when there is room (1280×800), one under the other when not (150 %)."""
        wide = self.width() >= self.fontMetrics().averageCharWidth() * _TWO_COLUMNS_CHARS
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                   else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    # -- advisors and links ----------------------------------------------------------
    def _load_advisors(self) -> None:
        from peerdesk.domain.vocab import Role

        def fetch() -> list[tuple[str, str]]:
            return [(m.id, m.display_name) for m in self.ws.members.all(role=Role.ADVISOR,
                                                                         active_only=True)]

        self.ctx.run(fetch, label=self.tr("Loading advisors…")).then(self._advisors)

    def _advisors(self, advisors: list[tuple[str, str]]) -> None:
        for member_id, name in advisors:
            box = QCheckBox(name, self.advisor_holder)
            box.toggled.connect(self._advisors_changed)
            self.advisor_layout.addWidget(box)
            self.advisor_boxes[member_id] = box
            self._names[member_id] = name
        if self.advisor_boxes:
            self.advisor_holder.setFocusProxy(next(iter(self.advisor_boxes.values())))
        self.load_draft_if_any()

    def select_advisors(self, ids: list[str]) -> None:
        for member_id, box in self.advisor_boxes.items():
            box.setChecked(member_id in ids)

    def _advisors_changed(self) -> None:
        self._edited()
        chosen = [i for i, b in self.advisor_boxes.items() if b.isChecked()]
        if len(chosen) > 1:
            set_combo(self.format, "group")
        keep = {"reflections": set(self.reflections.checked_ids()) | self._pending_links.get(
                    "reflections", set()),
                "sessions": set(self.sessions.checked_ids()) | self._pending_links.get(
                    "sessions", set()),
                "escalations": set(self.escalations.checked_ids()) | self._pending_links.get(
                    "escalations", set())}
        self.ctx.run(load_links, self.ws, chosen, label=self.tr("Loading recent work…")).then(
            lambda links: self._links(links, keep))

    def _links(self, links: dict[str, list[tuple[str, str]]], keep: dict[str, set[str]]) -> None:
        dirty = self._dirty
        self.reflections.set_items(links["reflections"], keep["reflections"])
        self.sessions.set_items(links["sessions"], keep["sessions"])
        self.escalations.set_items(links["escalations"], keep["escalations"])
        self._pending_links = {}
        self._dirty = dirty

    # -- actions table ---------------------------------------------------------------
    def add_action(self, text: str = "", owner: str | None = None, due: str = "",
                   done: bool = False) -> None:
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        self.action_table.setItem(row, 0, QTableWidgetItem(text))
        owner_box = QComboBox()
        owner_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        owner_box.setMinimumContentsLength(10)
        owner_box.addItem(self.tr("(nobody in particular)"), None)
        owner_box.addItem(self.tr("Me (supervisor)"), self.ws.actor.member_id)
        for member_id, box in self.advisor_boxes.items():
            owner_box.addItem(box.text(), member_id)
        set_combo(owner_box, owner)
        self.action_table.setCellWidget(row, 1, owner_box)
        due_edit = OptionalDateEdit(self.tr("Due"), today=self.today + timedelta(days=14))
        due_edit.set_value(due or None)
        due_edit.changed.connect(self._edited)
        self.action_table.setCellWidget(row, 2, due_edit)
        done_item = QTableWidgetItem()
        done_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        done_item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.action_table.setItem(row, 3, done_item)

    def action_values(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.action_table.rowCount()):
            text_item = self.action_table.item(row, 0)
            text = text_item.text() if text_item is not None else ""
            due_edit = self.action_table.cellWidget(row, 2)
            day = due_edit.value() if isinstance(due_edit, OptionalDateEdit) else None
            due = day.isoformat() if day else ""
            if not text.strip() and not due:
                continue
            owner_box = self.action_table.cellWidget(row, 1)
            done = self.action_table.item(row, 3)
            owner = owner_box.currentData() if isinstance(owner_box, QComboBox) else None
            out.append({"text": text, "owner_id": owner,
                        "due": due or None,
                        "done": bool(done and done.checkState() == Qt.CheckState.Checked)})
        return out

    # -- drafts ----------------------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        values = self.values()
        values["on"] = values["on"].isoformat()
        values["next_date"] = values["next_date"].isoformat() if values["next_date"] else None
        return values

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self._pending_links = {
            "reflections": set(draft.get("reflection_ids") or []),
            "sessions": set(draft.get("session_ids") or []),
            "escalations": set(draft.get("escalation_ids") or [])}
        self.select_advisors(list(draft.get("advisor_ids") or []))
        if draft.get("on"):
            self.on.setDate(_qdate(date.fromisoformat(draft["on"])))
        set_combo(self.format, draft.get("format"))
        self.discussion.setPlainText(str(draft.get("discussion") or ""))
        self.shared.setPlainText(str(draft.get("shared_summary") or ""))
        self.training.setPlainText(str(draft.get("training_needs") or ""))
        self.action_table.setRowCount(0)
        for a in draft.get("actions") or []:
            self.add_action(a.get("text", ""), a.get("owner_id"), a.get("due") or "",
                            bool(a.get("done")))
        if draft.get("next_date"):
            self.has_next.setChecked(True)
            self.next_date.setDate(_qdate(date.fromisoformat(draft["next_date"])))

    # -- saving ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "advisor_ids": [i for i, b in self.advisor_boxes.items() if b.isChecked()],
            "on": _pydate(self.on.date()),
            "format": self.format.currentData(),
            "session_ids": self.sessions.checked_ids(),
            "reflection_ids": self.reflections.checked_ids(),
            "escalation_ids": self.escalations.checked_ids(),
            "discussion": self.discussion.toPlainText(),
            "shared_summary": self.shared.toPlainText(),
            "actions": self.action_values(),
            "training_needs": self.training.toPlainText(),
            "next_date": _pydate(self.next_date.date()) if self.has_next.isChecked() else None,
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        now = labels.now_of(self.ws)
        errors = dict(validate_supervision_note(
            {**values, "supervisor_id": self.ws.actor.member_id or "me"}, now=now,
            tz=labels.tz_of(self.ws)))
        if not values["advisor_ids"]:
            errors["advisor_ids"] = self.tr(
                "Tick the advisor (or advisors) this supervision was with.")
        return {k.split(".")[0].split("[")[0]: v for k, v in errors.items()}

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        supervision = self.ws.supervision
        return lambda: supervision.create(values)


__all__ = ["DRAFT_KEY", "LinkList", "QLabel", "SupervisionForm", "load_links"]
