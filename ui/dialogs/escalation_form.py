"""The "Raise a concern" form: advisee, level (with what each level means and its deadline),
categories, what happened, and what was done straight away.

Advisors see only their own advisees in the picker (the service refuses others anyway).
Unsaved text is kept as a vault draft under ``escalation:new``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from peerdesk.domain.validate import validate_escalation
from ui import labels
from ui.dialogs.record_form import RecordForm
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.widgets.choices import checks, combo, note_edit, set_combo
from ui.widgets.picker import AdviseePicker

DRAFT_KEY = "escalation:new"


def level_help(ws: Any) -> dict[str, str]:
    policy = getattr(getattr(ws, "ctx", None), "policy", None)
    within = getattr(policy, "ack_within", None)
    minutes = None
    if within:
        minutes = {getattr(k, "value", str(k)): int(v.total_seconds() // 60)
                   for k, v in within.items()}
    return labels.ack_explanation(minutes)


class EscalationForm(RecordForm):
    draft_key = DRAFT_KEY
    save_text = QT_TRANSLATE_NOOP("EscalationForm", "Raise concern")

    def __init__(self, ctx: PageContext, ws: Any, *, advisee_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, ws=ws, title=self.tr("Raise a concern"))
        self.use_scrolling_body()
        intro = QLabel(
            self.tr("Use this when you are worried about an advisee's safety. If someone is in "
            "danger right now, act first (call emergency services), then record it here."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedText")
        self.add_widget(intro)
        self.advisee = AdviseePicker(placeholder=self.tr("Type the advisee code, e.g. PS-0142"))
        self.add_field("advisee_id", self.tr("&Advisee"), self.advisee)
        self.level = combo([(v, labels.LEVELS[v]) for v in
                            ("concern", "moderate", "high", "imminent")],
                           empty=self.tr("Choose how serious…"))
        self._help = level_help(ws)
        self.level_field = self.add_field(
            "level", self.tr("&Level"), self.level,
            hint=self.tr("Choose a level to see what it means and how soon it must be "
                         "acknowledged."))
        self.level.currentIndexChanged.connect(self._level_changed)
        holder, self.category_boxes = checks(labels.CATEGORIES)
        for box in self.category_boxes.values():
            self.watch(box)
        self.add_field("categories", self.tr("&What kind of risk (tick all that apply)"), holder)
        self.description = note_edit(self.tr("What did the advisee say or do? What worries you?"))
        self.add_field("description", self.tr("W&hat happened"), self.description)
        self.immediate = note_edit(self.tr("For example: stayed on the phone, agreed a safety "
                                           "plan, "
                                   "called the helpline together."), lines=3)
        self.add_field("immediate_action", self.tr("Wha&t you did straight away (if anything)"),
                       self.immediate)
        self.end_fields()
        self._preselect = advisee_id
        self._load_advisees()
        self.load_draft_if_any()

    def _load_advisees(self) -> None:
        advisees = self.ws.advisees

        def arrived(rows: list[tuple[str, str, Any]]) -> None:
            self.advisee.set_items([(r[0], r[1]) for r in rows])
            if self._preselect:
                self.advisee.select_id(self._preselect)
                self._dirty = False
            elif getattr(self, "_pending_advisee", None):
                self.advisee.select_id(self._pending_advisee)

        self.ctx.run(advisees.picker, label=self.tr("Loading advisees…")).then(arrived)

    def _level_changed(self) -> None:
        value = self.level.currentData()
        self.level_field.set_hint(self._help.get(value, "") if value else "")
        if value:
            self.level_field.clear_error()

    # -- drafts ----------------------------------------------------------------------
    def draft_values(self) -> dict[str, Any]:
        return {
            "advisee_id": self.advisee.selected_id, "advisee_text": self.advisee.text(),
            "level": self.level.currentData(),
            "categories": [k for k, b in self.category_boxes.items() if b.isChecked()],
            "description": self.description.toPlainText(),
            "immediate_action": self.immediate.toPlainText(),
        }

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self._pending_advisee = draft.get("advisee_id")
        if draft.get("advisee_id"):
            self.advisee.select_id(draft["advisee_id"])
        if not self.advisee.text():
            self.advisee.setText(str(draft.get("advisee_text") or ""))
        set_combo(self.level, draft.get("level"))
        for key, box in self.category_boxes.items():
            box.setChecked(key in (draft.get("categories") or []))
        self.description.setPlainText(str(draft.get("description") or ""))
        self.immediate.setPlainText(str(draft.get("immediate_action") or ""))

    # -- saving ----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "advisee_id": self.advisee.selected_id,
            "level": self.level.currentData(),
            "categories": [k for k, b in self.category_boxes.items() if b.isChecked()],
            "description": self.description.toPlainText(),
            "immediate_action": self.immediate.toPlainText(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        now = labels.now_of(self.ws) if self.ws is not None else datetime.now(UTC)
        full = {**values, "raised_by": getattr(self.ws.actor, "member_id", "") or "me",
                "raised_at": now, "state": "open"}
        errors = dict(validate_escalation(full, now=now))
        if not values["advisee_id"]:
            errors["advisee_id"] = (
                self.tr("Choose an advisee from the list (type part of their code).")
                if self.advisee.text().strip() else self.tr("Choose the advisee."))
        return errors

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        escalations = self.ws.escalations
        return lambda: escalations.raise_(values)
