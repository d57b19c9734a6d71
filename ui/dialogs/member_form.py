"""Add or edit a member (name, roles, active, training records), and add a login.

Passphrases never go to drafts, logs or anywhere but ``ws.members.add_account``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain import limits
from peerdesk.domain.validate import validate_account, validate_member
from peerdesk.domain.vocab import Role
from ui.dialogs.first_run import suggest_username
from ui.dialogs.history import HistoryDialog
from ui.dialogs.record_form import RecordForm
from ui.labels import ROLE_LABELS, zone
from ui.language import QT_TRANSLATE_NOOP
from ui.page_context import PageContext
from ui.translated import fill
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.passphrase import PassphraseEdit, PassphraseStrength
from ui.widgets.plain_text import plain_label, set_plain

#: What each role does, in English (translated where shown, context "MemberFormDialog").
ROLE_HINTS = {
    Role.COORDINATOR: QT_TRANSLATE_NOOP(
        "MemberFormDialog", "Coordinator — runs the group: roster, advisees, sessions, backups"),
    Role.ADVISOR: QT_TRANSLATE_NOOP("MemberFormDialog",
                                    "Advisor — holds sessions and writes reflections"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "MemberFormDialog", "Supervisor — reviews practice, reflections and escalations"),
}


class TrainingTable(QWidget):
    """Training records: name, the date it was completed (a date picker, optional), notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = True
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Training"), self.tr("Completed"),
                                              self.tr("Notes")])
        self.table.setAccessibleName(self.tr("Training records"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A cell widget does not count towards ResizeToContents: add_row widens it.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_button = QPushButton(self.tr("Add training"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, name: str = "", completed: str = "", notes: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in ((0, name), (2, notes)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, col, item)
        done = OptionalDateEdit(self.tr("Done on"), self.table)
        done.set_value(completed or None)
        done.date.setEnabled(done.check.isChecked() and self._editable)
        done.check.setEnabled(self._editable)
        self.table.setCellWidget(row, 1, done)
        done.ensurePolished()  # the style sheet's padding counts in its size
        header = self.table.horizontalHeader()
        header.resizeSection(1, max(header.sectionSize(1), header.sectionSizeHint(1),
                                    done.sizeHint().width() + 1))  # + the grid line
        first = self.table.item(row, 0)
        if not name and first is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(first)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def values(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            name, notes = (self._text(row, col) for col in (0, 2))
            done = self.table.cellWidget(row, 1)
            day = done.value() if isinstance(done, OptionalDateEdit) else None
            if not (name or notes or day):
                continue
            out.append({"name": name, "completed_on": day.isoformat() if day else None,
                        "notes": notes})
        return out

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def set_values(self, records: list[Any]) -> None:
        self.table.setRowCount(0)
        for r in records:
            get = r.get if isinstance(r, Mapping) else (lambda k, r=r: getattr(r, k, None))
            done = get("completed_on")
            self.add_row(str(get("name") or ""),
                         done.isoformat() if isinstance(done, date) else str(done or ""),
                         str(get("notes") or ""))

    def set_read_only(self, read_only: bool) -> None:
        self._editable = not read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        for row in range(self.table.rowCount()):
            done = self.table.cellWidget(row, 1)
            if isinstance(done, OptionalDateEdit):
                done.check.setEnabled(not read_only)
                done.date.setEnabled(not read_only and done.check.isChecked())
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


class MemberFormDialog(RecordForm):
    saving_label = QT_TRANSLATE_NOOP("MemberFormDialog", "Saving member…")

    def __init__(self, ws: Any, ctx: PageContext, member_id: str | None = None, *,
                 read_only: bool = False, roles_only: bool = False,
                 parent: QWidget | None = None) -> None:
        """``roles_only``: the actor may change roles only (a supervisor granting the
        supervisor role); name, status and training are shown but not editable."""
        super().__init__(ctx, parent)
        self.ws = ws
        self.member_id = member_id
        self.read_only = read_only
        self.roles_only = roles_only
        self.member: Any = None
        self.loaded = member_id is None
        self.tz = zone(getattr(ws, "timezone", "UTC"))
        self.draft_key = "" if read_only else f"member:{member_id or 'new'}"
        title = self.tr("Member") if read_only else (
            self.tr("Edit member") if member_id else self.tr("Add a member"))
        self.setWindowTitle(title)
        self.setObjectName("memberForm")
        self.heading = plain_label(title, self, wrap=False)
        self.heading.setObjectName("pageTitle")
        self.name = QLineEdit()
        self.name.setMaxLength(limits.NAME_MAX)
        self.name.setPlaceholderText(self.tr("How the group knows this person"))
        self.roles: dict[str, QCheckBox] = {}
        roles_box = QWidget()
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for role in (Role.ADVISOR, Role.COORDINATOR, Role.SUPERVISOR):
            box = QCheckBox(self.tr(ROLE_HINTS[role]), roles_box)
            box.setAccessibleName(ROLE_LABELS[role])
            self.roles[role.value] = box
            roles_layout.addWidget(box)
        self.role_reason = plain_label("", roles_box)
        self.role_reason.setObjectName("mutedText")
        self.role_reason.hide()
        roles_layout.addWidget(self.role_reason)
        roles_box.setFocusProxy(self.roles[Role.ADVISOR.value])
        self.active = QCheckBox(self.tr("Active member of the group"))
        self.active.setChecked(True)
        self.training = TrainingTable()
        self.add_field("display_name", self.tr("&Name"), self.name)
        self.add_field("roles", self.tr("&Roles (one or more)"), roles_box)
        self.add_field("active", self.tr("&Status"), self.active,
                       hint=self.tr("Inactive members keep their history but are not offered in "
                                    "lists."))
        self.add_field("training", self.tr("&Training records"), self.training,
                       hint=self.tr("Orientation, modules and the dates they were completed."))
        self.widen(self.fields["training"])  # three columns need the whole width
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setAutoDefault(False)
        self.history_button.setVisible(bool(member_id))
        self.history_button.clicked.connect(self.show_history)
        buttons = self.make_buttons(self.tr("Save member"))
        buttons.insertWidget(1, self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        for name in ("display_name", "roles", "active"):
            layout.addWidget(self.fields[name])
        layout.addWidget(self.fields["training"], 1)
        layout.addLayout(buttons)
        self.enter_moves_on([self.name, self.active, *self.roles.values()])
        chain: list[QWidget] = [self.name, *self.roles.values(), self.active,
                                self.training.table, self.training.add_button,
                                self.training.remove_button, self.save_button,
                                self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 130, self.fontMetrics().height() * 40)
        if read_only:
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self.shortcut_hint.hide()
        if member_id:
            self.save_button.setEnabled(False)
            self.task = ctx.run(ws.members.get, member_id, label=self.tr("Opening member…")).then(
                self._loaded, self.show_problem)
        else:
            self.roles[Role.ADVISOR.value].setChecked(True)
            self.load_draft_if_any()
        if not read_only:
            self.locks_task = ctx.run(ws.members.role_locks, member_id,
                                      label=self.tr("Checking roles…")).then(self.apply_role_locks,
                                                                    self.show_problem)
        self.name.setFocus()

    def apply_role_locks(self, locks: Mapping[Any, str]) -> None:
        """Offer only the role changes the acting member may make; say why not (the core's
        reasons, in the interface's language)."""
        from ui.language import message

        reasons: list[str] = []
        for role, why in locks.items():
            box = self.roles.get(getattr(role, "value", str(role)))
            if box is None:
                continue
            reason = message(why)
            box.setEnabled(not reason)
            box.setToolTip(reason)
            if reason and reason not in reasons:
                reasons.append(reason)
        set_plain(self.role_reason, " ".join(reasons))
        self.role_reason.setVisible(bool(reasons))


    def _loaded(self, member: Any) -> None:
        self.loaded = True
        self.member = member
        self.save_button.setEnabled(True)
        set_plain(self.heading, fill(self.tr("Member: %1") if self.read_only
                                    else self.tr("Edit member: %1"), member.display_name))
        self._fill(member)
        if self.read_only or self.roles_only:
            self.name.setReadOnly(True)
            self.active.setEnabled(False)
            self.training.set_read_only(True)
        if self.read_only:
            for box in self.roles.values():
                box.setEnabled(False)

    def _fill(self, m: Any) -> None:
        get = m.get if isinstance(m, Mapping) else (lambda k, d=None: getattr(m, k, d))
        self.name.setText(str(get("display_name") or ""))
        roles = {getattr(r, "value", r) for r in (get("roles") or ())}
        for key, box in self.roles.items():
            box.setChecked(key in roles)
        self.active.setChecked(bool(get("active", True)))
        self.training.set_values(list(get("training") or ()))

    def values(self) -> dict[str, Any]:
        return {
            "display_name": self.name.text(),
            "roles": [k for k, box in self.roles.items() if box.isChecked()],
            "active": self.active.isChecked(),
            "training": self.training.values(),
        }

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        return validate_member(values, now=datetime.now(UTC), tz=self.tz)

    def save(self) -> None:
        if self.loaded and not self.read_only:
            super().save()

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        members, member_id = self.ws.members, self.member_id
        if member_id:
            return lambda: members.update(member_id, values)
        return lambda: members.create(values)

    def has_typed_text(self) -> bool:
        if self.read_only or not self.loaded:
            return False
        if self.member is None:
            return bool(self.name.text().strip() or self.training.values())
        return self.name.text() != self.member.display_name or \
            len(self.training.values()) != len(self.member.training)

    def draft_values(self) -> dict[str, Any]:
        return self.values()

    def restore_draft(self, draft: Mapping[str, Any]) -> None:
        self._fill(draft)

    def show_history(self) -> HistoryDialog | None:
        if not self.member_id:
            return None
        name = self.member.display_name if self.member is not None else self.tr("this member")
        return HistoryDialog.for_record(self.ctx, name, self.ws.members, self.member_id,
                                        self.ws.members.names, self.tz, self)


class AddLoginDialog(RecordForm):
    """Give a member a login: a user name and a passphrase (with the strength meter)."""

    saving_label = QT_TRANSLATE_NOOP("AddLoginDialog",
                                     "Creating the login (this takes a few seconds)…")

    def __init__(self, ws: Any, ctx: PageContext, member_id: str, member_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws = ws
        self.member_id = member_id
        self.setWindowTitle(fill(self.tr("Add a login for %1"), member_name))
        self.setObjectName("addLogin")
        heading = plain_label(fill(self.tr("Add a login for %1"), member_name), self, wrap=False)
        heading.setObjectName("pageTitle")
        explain = plain_label(
            self.tr("Choose a user name and a passphrase together with the member, or let them "
            "type the passphrase themselves. Nobody can recover a forgotten passphrase "
            "except with the group's recovery key."), self)
        explain.setObjectName("mutedText")
        self.username = QLineEdit()
        self.username.setMaxLength(limits.USERNAME_MAX)
        self.username.setText(suggest_username(member_name))
        self.passphrase = PassphraseEdit()
        self.strength = PassphraseStrength(self.passphrase)
        self.confirm = PassphraseEdit()
        self.add_field("username", self.tr("&User name"), self.username,
                       hint=self.tr("Letters, digits, '.', '_' or '-'. Typed at every unlock."))
        self.add_field("passphrase", self.tr("&Passphrase"), self.passphrase, below=self.strength)
        self.add_field("confirm", self.tr("&Type it again"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.banner)
        for field in self.fields.values():
            layout.addWidget(field)
        layout.addStretch(1)
        layout.addLayout(self.make_buttons(self.tr("Add login")))
        self.enter_moves_on([self.username, self.passphrase])
        self.confirm.returnPressed.connect(self.save)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 90, self.fontMetrics().height() * 22)
        self.username.setFocus()
        self.username.selectAll()


    def values(self) -> dict[str, Any]:
        return {"username": self.username.text().strip(), "passphrase": self.passphrase.text()}

    def validate(self, values: dict[str, Any]) -> dict[str, str]:
        errors = validate_account({"member_id": self.member_id,
                                   "username": self.username.text()})
        strength = self.strength.strength
        if not strength.acceptable:
            errors["passphrase"] = strength.feedback
        elif self.confirm.text() != self.passphrase.text():
            errors["confirm"] = self.tr("The two passphrases are not the same.")
        return errors

    def write(self, values: dict[str, Any]) -> Callable[[], Any]:
        members, member_id = self.ws.members, self.member_id
        return lambda: members.add_account(member_id, values["username"], values["passphrase"])

    def has_typed_text(self) -> bool:
        return bool(self.passphrase.text())

    def reject(self) -> None:
        super().reject()
        if not self.isVisible():
            self.passphrase.clear()
            self.confirm.clear()

    def after_saved(self, change: Any) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()

    def _write_failed(self, message: str) -> None:
        super()._write_failed(message)


_ = Qt
