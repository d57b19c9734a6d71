"""Add or edit an entry of the group's referral directory (helplines, clinics, emergency)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from peerdesk.domain.validate import validate_referral_resource
from ui import labels
from ui.dialogs.record_form import RecordForm
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.widgets.choices import combo, note_edit, set_combo

#: Kinds of directory entry, in English (marked for translation; shown with :func:`kinds`).
KINDS = [("helpline", QT_TRANSLATE_NOOP("ReferralForm", "Helpline")),
         ("clinic", QT_TRANSLATE_NOOP("ReferralForm", "Clinic or hospital")),
         ("emergency", QT_TRANSLATE_NOOP("ReferralForm", "Emergency service")),
         ("other", QT_TRANSLATE_NOOP("ReferralForm", "Other"))]


def kinds() -> list[tuple[str, str]]:
    """The kinds with their words in the language the app speaks."""
    return [(key, QCoreApplication.translate("ReferralForm", text)) for key, text in KINDS]


class ReferralForm(RecordForm):
    save_text = QT_TRANSLATE_NOOP("ReferralForm", "Save entry")

    def __init__(self, ctx: PageContext, ws: Any, resource: Any = None,
                 parent: QWidget | None = None) -> None:
        title = (self.tr("Edit directory entry") if resource is not None
                 else self.tr("New directory entry"))
        super().__init__(ctx, parent, ws=ws, title=title)
        self.use_scrolling_body()
        self.resource = resource
        self.draft_key = f"referral:{resource.id if resource is not None else 'new'}"
        intro = QLabel(self.tr("Only add a number you or a colleague has called and checked. "
                               "Mark it "
                       "verified after each check, so people know how fresh it is."))
        intro.setWordWrap(True)
        intro.setObjectName("mutedText")
        self.add_widget(intro)
        self.name = QLineEdit()
        self.add_field("name", self.tr("&Name"), self.name)
        self.kind = combo(kinds(), empty=self.tr("Choose…"))
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("As you would dial it"))
        self.add_field("phone", self.tr("&Phone"), self.phone)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. every day 10:00-22:00"))
        self.add_field("hours", self.tr("&Hours"), self.hours)
        self.notes = note_edit(self.tr("Languages, who it is for, what to expect when calling"),
                               lines=3)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self.end_fields()
        if resource is not None:
            self.restore_draft({"name": resource.name, "kind": resource.kind.value,
                                "phone": resource.phone, "hours": resource.hours,
                                "notes": resource.notes})
        self.load_draft_if_any()

    def draft_values(self) -> dict[str, Any]:
        return self.values()

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self.name.setText(str(draft.get("name") or ""))
        set_combo(self.kind, draft.get("kind"))
        self.phone.setText(str(draft.get("phone") or ""))
        self.hours.setText(str(draft.get("hours") or ""))
        self.notes.setPlainText(str(draft.get("notes") or ""))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "kind": self.kind.currentData(),
                "phone": self.phone.text(), "hours": self.hours.text(),
                "notes": self.notes.toPlainText()}

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        return dict(validate_referral_resource(values, now=labels.now_of(self.ws)))

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        referrals = self.ws.referrals
        if self.resource is None:
            return lambda: referrals.create(values)
        resource_id = self.resource.id
        return lambda: referrals.update(resource_id, values)
