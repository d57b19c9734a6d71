"""A boundary agreement (coordinators): advisor and advisee, channels, contact days and
hours, caps, dates, standard clauses in plain language, other terms, status.

Validated with ``validate_agreement`` (the service's own rules): every message appears
beside its field. Acknowledgements are recorded from the Agreements page, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QSpinBox, QTimeEdit, QWidget

from peerdesk.domain.validate import validate_agreement
from ui import labels
from ui.dialogs.record_form import RecordForm
from ui.page_context import PageContext
from ui.widgets.choices import checks, combo, note_edit, set_combo
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.picker import AdviseePicker


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return holder


def _date_edit(d: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    if d is not None:
        edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def _py(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class AgreementForm(RecordForm):
    draft_key = "agreement:new"

    def __init__(self, ctx: PageContext, ws: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, ws=ws, title=self.tr("Boundary agreement"))
        self.use_scrolling_body()
        today = labels.now_of(ws).astimezone(labels.tz_of(ws)).date()
        self.advisor = combo([], empty=self.tr("Choose the advisor…"))
        self.add_field("advisor_id", self.tr("&Advisor"), self.advisor)
        self.advisee = AdviseePicker(placeholder=self.tr("Advisee code, e.g. PS-0142"))
        self.add_field("advisee_id", self.tr("A&dvisee"), self.advisee)
        holder, self.channel_boxes = checks(labels.CHANNEL_LABELS)
        for b in self.channel_boxes.values():
            self.watch(b)
        self.add_field("channels", self.tr("&How they may be in contact"), holder)
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes = {}
        for key, text in labels.WEEKDAYS.items():
            box = QCheckBox(text, days)
            days_row.addWidget(box)
            self.day_boxes[key] = box
            self.watch(box)
        days_row.addStretch(1)
        self.add_field("contact_days", self.tr("&Contact days"), days,
                       hint=self.tr("None ticked: any day."))
        self.hours_set = QCheckBox(self.tr("Only between"))
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(18, 0))
        for w in (self.start, self.end):
            w.setDisplayFormat("HH:mm")
        self.watch(self.hours_set)
        self.add_field("contact_start", self.tr("C&ontact hours"),
                       _row(self.hours_set, self.start, self.end))
        self.cap = QSpinBox()
        self.cap.setRange(0, 31)
        self.cap.setSpecialValueText(self.tr("No limit"))
        self.add_field("max_sessions_per_month", self.tr("&Most sessions in a month"), self.cap)
        self.length = QSpinBox()
        self.length.setRange(0, 240)
        self.length.setSingleStep(15)
        self.length.setSpecialValueText(self.tr("No limit"))
        self.length.setSuffix(self.tr(" minutes"))
        self.add_field("max_session_minutes", self.tr("&Longest session"), self.length)
        self.start_date = _date_edit(today)
        self.add_field("start_date", self.tr("&Starts on"), self.start_date)
        self.review = OptionalDateEdit(
            self.tr("Review on"), today=date(today.year + (today.month + 3 > 12),
                                    (today.month + 2) % 12 + 1, 1))
        self.add_field("review_date", self.tr("&Review date"), self.review)
        self.end_date = OptionalDateEdit(self.tr("Ends on"), today=today)
        self.add_field("end_date", self.tr("&End date"), self.end_date)
        clauses, self.clause_boxes = checks(labels.CLAUSES)
        for b in self.clause_boxes.values():
            b.setChecked(True)
            self.watch(b)
        self.add_field("clauses",
                       self.tr("S&tandard clauses (read them together with the advisee)"),
                       clauses)
        self.free_text = note_edit(self.tr("Anything else you agreed, in plain words"), lines=3)
        self.add_field("free_text", self.tr("Other terms"), self.free_text)
        self.status = combo({k: v for k, v in labels.AGREEMENT_STATUS.items() if k != "ended"})
        self.add_field("status", self.tr("Stat&us"), self.status,
                       hint=self.tr("Draft until both have acknowledged it; then Active."))
        self.end_fields()
        self._load_choices()

    def _load_choices(self) -> None:
        from peerdesk.domain.vocab import Role

        def fetch() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            advisors = [(m.id, m.display_name)
                        for m in self.ws.members.all(role=Role.ADVISOR, active_only=True)]
            return advisors, [(r[0], r[1]) for r in self.ws.advisees.picker()]

        def arrived(found: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            for member_id, name in found[0]:
                self.advisor.addItem(name, member_id)
            self.advisee.set_items(found[1])
            self._dirty = False
            self.load_draft_if_any()

        self.ctx.run(fetch, label=self.tr("Loading…")).then(arrived)

    def values(self) -> dict[str, Any]:
        hours = self.hours_set.isChecked()
        return {
            "advisor_id": self.advisor.currentData(),
            "advisee_id": self.advisee.selected_id,
            "channels": [k for k, b in self.channel_boxes.items() if b.isChecked()],
            "contact_days": [k for k, b in self.day_boxes.items() if b.isChecked()],
            "contact_start": time(self.start.time().hour(), self.start.time().minute())
            if hours else None,
            "contact_end": time(self.end.time().hour(), self.end.time().minute())
            if hours else None,
            "max_sessions_per_month": self.cap.value() or None,
            "max_session_minutes": self.length.value() or None,
            "start_date": _py(self.start_date),
            "review_date": self.review.value(),
            "end_date": self.end_date.value(),
            "clauses": [k for k, b in self.clause_boxes.items() if b.isChecked()],
            "free_text": self.free_text.toPlainText(),
            "status": self.status.currentData(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        errors = dict(validate_agreement(values, now=labels.now_of(self.ws),
                                         tz=labels.tz_of(self.ws)))
        if not values["advisor_id"]:
            errors["advisor_id"] = self.tr("Choose the advisor.")
        if not values["advisee_id"]:
            errors["advisee_id"] = self.tr("Choose the advisee from the list.")
        if "contact_end" in errors and "contact_start" not in errors:
            errors["contact_start"] = errors.pop("contact_end")
        return errors

    def draft_values(self) -> dict[str, Any]:
        v = self.values()
        for key in ("start_date", "review_date", "end_date"):
            v[key] = v[key].isoformat() if v[key] else None
        for key in ("contact_start", "contact_end"):
            v[key] = v[key].strftime("%H:%M") if v[key] else None
        return v

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        set_combo(self.advisor, draft.get("advisor_id"))
        self.advisee.select_id(draft.get("advisee_id"))
        for k, b in self.channel_boxes.items():
            b.setChecked(k in (draft.get("channels") or []))
        for k, b in self.day_boxes.items():
            b.setChecked(k in (draft.get("contact_days") or []))
        if draft.get("contact_start") and draft.get("contact_end"):
            self.hours_set.setChecked(True)
            self.start.setTime(QTime.fromString(draft["contact_start"], "HH:mm"))
            self.end.setTime(QTime.fromString(draft["contact_end"], "HH:mm"))
        self.cap.setValue(int(draft.get("max_sessions_per_month") or 0))
        self.length.setValue(int(draft.get("max_session_minutes") or 0))
        if draft.get("start_date"):
            d = date.fromisoformat(draft["start_date"])
            self.start_date.setDate(QDate(d.year, d.month, d.day))
        for key, widget in (("review_date", self.review), ("end_date", self.end_date)):
            widget.set_value(date.fromisoformat(draft[key]) if draft.get(key) else None)
        for k, b in self.clause_boxes.items():
            b.setChecked(k in (draft.get("clauses") or []))
        self.free_text.setPlainText(str(draft.get("free_text") or ""))
        set_combo(self.status, draft.get("status"))

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        agreements = self.ws.agreements
        return lambda: agreements.create(values)
