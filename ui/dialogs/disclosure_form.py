"""Log a disclosure on an escalation: who was told what, why, and whether the advisee knew."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from peerdesk.domain.validate import validate_disclosure
from ui import labels
from ui.dialogs.record_form import RecordForm
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.widgets.choices import combo, note_edit, set_combo


class DisclosureForm(RecordForm):
    save_text = QT_TRANSLATE_NOOP("DisclosureForm", "Log disclosure")

    def __init__(self, ctx: PageContext, ws: Any, escalation_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, ws=ws, title=self.tr("Log a disclosure"))
        self.use_scrolling_body()
        self.escalation_id = escalation_id
        self.draft_key = f"disclosure:{escalation_id}"
        intro = QLabel(self.tr("Record every time information about this advisee was shared "
                               "outside "
                       "the group: with a helpline, a family member, a clinic, the police."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedText")
        self.add_widget(intro)
        self.told_whom = QLineEdit()
        self.told_whom.setPlaceholderText(self.tr("A name or a role, e.g. \"Duty doctor\""))
        self.add_field("told_whom", self.tr("&Who was told"), self.told_whom)
        self.org = QLineEdit()
        self.org.setPlaceholderText(self.tr("e.g. District hospital, Tele-MANAS helpline"))
        self.add_field("role_or_organisation", self.tr("&Their role or organisation"), self.org)
        self.what = note_edit(self.tr("What exactly was shared?"), lines=3)
        self.add_field("what_was_shared", self.tr("W&hat was shared"), self.what)
        self.why = note_edit(self.tr("Why it had to be shared"), lines=3)
        self.add_field("why", self.tr("Wh&y"), self.why)
        self.knew = combo([(True, self.tr("Yes, the advisee knew")),
                           (False, self.tr("No, the advisee did not know"))],
                          empty=self.tr("Choose…"))
        self.add_field("advisee_knew", self.tr("&Did the advisee know it was shared?"), self.knew)
        self.end_fields()
        self.load_draft_if_any()

    def draft_values(self) -> dict[str, Any]:
        return {"told_whom": self.told_whom.text(), "role_or_organisation": self.org.text(),
                "what_was_shared": self.what.toPlainText(), "why": self.why.toPlainText(),
                "advisee_knew": self.knew.currentData()}

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self.told_whom.setText(str(draft.get("told_whom") or ""))
        self.org.setText(str(draft.get("role_or_organisation") or ""))
        self.what.setPlainText(str(draft.get("what_was_shared") or ""))
        self.why.setPlainText(str(draft.get("why") or ""))
        set_combo(self.knew, draft.get("advisee_knew"))

    def values(self) -> dict[str, Any]:
        return {"told_whom": self.told_whom.text(), "role_or_organisation": self.org.text(),
                "what_was_shared": self.what.toPlainText(), "why": self.why.toPlainText(),
                "advisee_knew": self.knew.currentData()}

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        now = labels.now_of(self.ws)
        errors = dict(validate_disclosure(
            {**values, "escalation_id": self.escalation_id, "at": now}, now=now))
        if values["advisee_knew"] is None:
            errors["advisee_knew"] = self.tr("Say whether the advisee knew.")
        return errors

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        escalations = self.ws.escalations
        esc_id = self.escalation_id
        return lambda: escalations.record_disclosure(esc_id, values)
