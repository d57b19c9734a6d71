"""Add or edit an advisee: pseudonymous code, optional name and contact, consent, status,
assigned advisors. Opened read-only for people who may not change advisees.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import limits
from peerdesk.domain.validate import validate_advisee
from peerdesk.domain.vocab import AdviseeStatus, ConsentScope, Role
from ui.dialogs.history import HistoryDialog
from ui.dialogs.record_form import RecordForm
from ui.labels import CONSENT_LABELS, STATUS_LABELS, zone
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.translated import fill
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.plain_text import plain_label, set_plain


def load_advisee_form(ws: Any, advisee_id: str | None) -> dict[str, Any]:
    advisors = [(m.id, m.display_name, m.active)
                for m in ws.members.all(role=Role.ADVISOR)]
    if advisee_id:
        return {"advisee": ws.advisees.get(advisee_id), "advisors": advisors, "code": ""}
    return {"advisee": None, "advisors": advisors, "code": ws.advisees.next_code()}


class CheckList(QListWidget):
    """A list of tick boxes over (id, label) pairs."""

    def set_items(self, items: list[tuple[str, str]], checked: set[str]) -> None:
        self.clear()
        for id_, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, id_)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if id_ in checked
                               else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[str]:
        out = []
        for row in range(self.count()):
            item = self.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, ids: set[str]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)


class AdviseeFormDialog(RecordForm):
    saving_label = QT_TRANSLATE_NOOP("AdviseeFormDialog", "Saving advisee…")

    def __init__(self, ws: Any, ctx: PageContext, advisee_id: str | None = None, *,
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws = ws
        self.advisee_id = advisee_id
        self.read_only = read_only
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        today = datetime.now(self.tz).date()  # the group's day, not the laptop's
        self.advisee: Any = None
        self.loaded = False
        self.draft_key = "" if read_only else f"advisee:{advisee_id or 'new'}"
        title = self.tr("Advisee") if read_only else (
            self.tr("Edit advisee") if advisee_id else self.tr("Add an advisee"))
        self.setWindowTitle(title)
        self.setObjectName("adviseeForm")
        self.heading = plain_label(title, self, wrap=False)
        self.heading.setObjectName("pageTitle")

        self.code = QLineEdit()
        self.code.setMaxLength(limits.NAME_MAX)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(limits.NAME_MAX)
        self.display_name.setPlaceholderText(self.tr("Optional"))
        self.contact = QLineEdit()
        self.contact.setMaxLength(limits.LINE_MAX)
        self.contact.setPlaceholderText(self.tr("Optional: phone, e-mail or how to reach them"))
        self.consent_date = OptionalDateEdit(self.tr("Consent recorded on"), today=today)
        self.scopes: dict[str, QCheckBox] = {}
        scopes_box = QWidget()
        scopes_row = QVBoxLayout(scopes_box)
        scopes_row.setContentsMargins(0, 0, 0, 0)
        for scope in ConsentScope:
            box = QCheckBox(CONSENT_LABELS[scope], scopes_box)
            self.scopes[scope.value] = box
            scopes_row.addWidget(box)
        scopes_box.setFocusProxy(self.scopes[ConsentScope.KEEP_RECORDS.value])
        self.withdrawn = OptionalDateEdit(self.tr("Consent withdrawn on"), today=today)
        self.status = QComboBox()
        for status in AdviseeStatus:
            self.status.addItem(STATUS_LABELS[status], status.value)
        self.status.currentIndexChanged.connect(lambda _: self._status_changed())
        self.closed_on = OptionalDateEdit(self.tr("Closed on"), today=today)
        self.closed_reason = QLineEdit()
        self.closed_reason.setMaxLength(limits.LINE_MAX)
        self.closed_reason.setPlaceholderText(self.tr("e.g. moved away; referred to a clinic"))
        self.advisors = CheckList()
        self.advisors.setMinimumHeight(self.fontMetrics().height() * 6)

        self.add_field("code", self.tr("&Code"), self.code,
                       hint=self.tr("Pseudonymous: used everywhere instead of a name."))
        self.add_field("display_name", self.tr("&Name (optional)"), self.display_name,
                       hint=self.tr("Leave empty to keep this advisee pseudonymous."))
        self.add_field("contact", self.tr("C&ontact (optional)"), self.contact)
        self.add_field("consent_date", self.tr("Consent &date"), self.consent_date)
        self.add_field("consent_scopes", self.tr("&The advisee agreed to"), scopes_box)
        self.add_field("consent_withdrawn_on", self.tr("&Withdrawal"), self.withdrawn,
                       hint=self.tr("Only if the advisee withdrew consent."))
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("closed_on", self.tr("C&losing date"), self.closed_on)
        self.add_field("closed_reason", self.tr("&Reason for closing"), self.closed_reason)
        self.add_field("advisor_ids", self.tr("&Assigned advisors"), self.advisors,
                       hint=self.tr("Advisors see only the advisees assigned to them."))

        left = QVBoxLayout()
        for name in ("code", "display_name", "contact", "status", "closed_on",
                     "closed_reason"):
            left.addWidget(self.fields[name])
        left.addStretch(1)
        right = QVBoxLayout()
        for name in ("consent_date", "consent_scopes", "consent_withdrawn_on", "advisor_ids"):
            right.addWidget(self.fields[name])
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        columns.addLayout(right, 1)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setAutoDefault(False)
        self.history_button.setVisible(bool(advisee_id))
        self.history_button.clicked.connect(self.show_history)
        buttons = self.make_buttons(self.tr("Save advisee"))
        buttons.insertWidget(1, self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.enter_moves_on([self.code, self.display_name, self.contact, self.status,
                             self.closed_reason, *self.scopes.values(),
                             self.consent_date.check, self.consent_date.date,
                             self.withdrawn.check, self.withdrawn.date,
                             self.closed_on.check, self.closed_on.date])
        chain: list[QWidget] = [self.code, self.display_name, self.contact, self.status,
                                self.closed_on.check, self.closed_on.date, self.closed_reason,
                                self.consent_date.check, self.consent_date.date,
                                *self.scopes.values(), self.withdrawn.check,
                                self.withdrawn.date, self.advisors, self.save_button,
                                self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._status_changed()
        if read_only:
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self.shortcut_hint.hide()
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 36)
        self.save_button.setEnabled(False)
        self.task = ctx.run(load_advisee_form, ws, advisee_id,
                            label=self.tr("Opening advisee…")).then(
            self._loaded, self._load_failed)
        self.code.setFocus()


    def _status_changed(self) -> None:
        closed = self.status.currentData() == AdviseeStatus.CLOSED.value
        self.fields["closed_on"].setVisible(closed)
        self.fields["closed_reason"].setVisible(closed)
        if closed and not self.closed_on.check.isChecked():
            self.closed_on.set_value(datetime.now(self.tz).date())

    # -- loading -------------------------------------------------------------------------
    def _loaded(self, result: dict[str, Any]) -> None:
        self.loaded = True
        self.save_button.setEnabled(True)
        advisee = result["advisee"]
        self.advisee = advisee
        advisors = [(id_, name if active else fill(self.tr("%1 (inactive)"), name))
                    for id_, name, active in result["advisors"]]
        assigned = set(advisee.advisor_ids) if advisee is not None else set()
        known = {id_ for id_, _ in advisors}
        advisors += [(id_, self.tr("a former member")) for id_ in assigned - known]
        self.advisors.set_items(advisors, assigned)
        if advisee is None:
            self.code.setText(result["code"])
            self.load_draft_if_any()
        else:
            set_plain(self.heading, fill(self.tr("Advisee %1") if self.read_only
                                        else self.tr("Edit advisee %1"), advisee.code))
            self._fill(advisee)
        if self.read_only:
            for field in self.fields.values():
                field.input.setEnabled(False)
        self.code.setFocus()
        self.code.selectAll()

    def _load_failed(self, message: str) -> None:
        self.show_problem(message)

    def _fill(self, a: Any) -> None:
        self.code.setText(a.code)
        self.display_name.setText(a.display_name or "")
        self.contact.setText(a.contact or "")
        self.consent_date.set_value(a.consent_date)
        chosen = {getattr(s, "value", s) for s in a.consent_scopes}
        for key, box in self.scopes.items():
            box.setChecked(key in chosen)
        self.withdrawn.set_value(a.consent_withdrawn_on)
        self.status.setCurrentIndex(self.status.findData(getattr(a.status, "value", a.status)))
        self.closed_on.set_value(a.closed_on)
        self.closed_reason.setText(a.closed_reason or "")
        self._status_changed()

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        closed = self.status.currentData() == AdviseeStatus.CLOSED.value
        return {
            "code": self.code.text(),
            "display_name": self.display_name.text(),
            "contact": self.contact.text(),
            "consent_date": self.consent_date.value(),
            "consent_scopes": [k for k, box in self.scopes.items() if box.isChecked()],
            "consent_withdrawn_on": self.withdrawn.value(),
            "status": self.status.currentData(),
            "closed_on": self.closed_on.value() if closed else None,
            "closed_reason": self.closed_reason.text() if closed else "",
            "advisor_ids": self.advisors.checked_ids(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        return validate_advisee(values, now=datetime.now(UTC), tz=self.tz)

    def save(self) -> None:
        if self.loaded and not self.read_only:
            super().save()

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        advisees, advisee_id = self.ws.advisees, self.advisee_id
        if advisee_id:
            return lambda: advisees.update(advisee_id, values)
        return lambda: advisees.create(values)

    # -- drafts --------------------------------------------------------------------------
    def has_typed_text(self) -> bool:
        if self.read_only or not self.loaded:
            return False
        if self.advisee is None:
            return bool(self.display_name.text().strip() or self.contact.text().strip()
                        or self.closed_reason.text().strip())
        a = self.advisee
        return (self.display_name.text() != (a.display_name or "")
                or self.contact.text() != (a.contact or "")
                or self.code.text() != a.code
                or self.closed_reason.text() != (a.closed_reason or ""))

    def draft_values(self) -> dict[str, Any]:
        values = self.values()
        for key in ("consent_date", "consent_withdrawn_on", "closed_on"):
            day = values[key]
            values[key] = day.isoformat() if isinstance(day, date) else None
        return values

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self.code.setText(str(draft.get("code") or self.code.text()))
        self.display_name.setText(str(draft.get("display_name") or ""))
        self.contact.setText(str(draft.get("contact") or ""))
        self.consent_date.set_value(draft.get("consent_date"))
        chosen = set(draft.get("consent_scopes") or [])
        for key, box in self.scopes.items():
            box.setChecked(key in chosen)
        self.withdrawn.set_value(draft.get("consent_withdrawn_on"))
        index = self.status.findData(draft.get("status"))
        if index >= 0:
            self.status.setCurrentIndex(index)
        self.closed_on.set_value(draft.get("closed_on"))
        self.closed_reason.setText(str(draft.get("closed_reason") or ""))
        self.advisors.set_checked(set(draft.get("advisor_ids") or []))

    def show_history(self) -> HistoryDialog | None:
        if not self.advisee_id:
            return None
        code = self.advisee.code if self.advisee is not None else self.tr("this advisee")
        return HistoryDialog.for_record(self.ctx, code, self.ws.advisees, self.advisee_id,
                                        self.ws.members.names, self.tz, self)
